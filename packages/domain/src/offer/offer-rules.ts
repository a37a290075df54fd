import type { ProfessionalRole } from "../organisation/roles";

// The joint offer (insatskatalog, issue #22): who keeps an organisation's entries, and how a
// search by age matches an entry's age range.

/**
 * Who keeps the entries of their own unit besides the administrator: those who lead a unit or
 * run an activity there. A teacher or a nurse finds and uses the offer, and does not change it.
 */
export const OFFER_KEEPER_ROLES: readonly ProfessionalRole[] = [
  "principal",
  "leisure_leader",
  "association_leader",
  "parent_advisor",
  "police_officer",
];

export const OFFER_KINDS = ["individual", "group", "universal"] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const OFFER_KIND_LABELS: Record<OfferKind, { sv: string; en: string }> = {
  individual: { sv: "Individuell", en: "Individual" },
  group: { sv: "Grupp", en: "Group" },
  universal: { sv: "För alla", en: "Universal" },
};

/** Whether a child of `age` is in the range; an open end is no limit. */
export function ageInRange(age: number, from: number | null, to: number | null): boolean {
  return (from === null || age >= from) && (to === null || age <= to);
}

/** The need tags a tenant starts with, until the administrator changes the list. */
export const DEFAULT_NEED_TAGS: { code: string; sv: string; en: string }[] = [
  { code: "school_attendance", sv: "Skolnärvaro", en: "School attendance" },
  { code: "learning", sv: "Lärande och läxor", en: "Learning and homework" },
  { code: "mental_health", sv: "Psykisk hälsa", en: "Mental health" },
  { code: "parenting", sv: "Föräldraskap", en: "Parenting" },
  { code: "leisure", sv: "Meningsfull fritid", en: "Meaningful leisure" },
  { code: "physical_activity", sv: "Fysisk aktivitet", en: "Physical activity" },
  { code: "social_skills", sv: "Kamrater och samspel", en: "Friends and social skills" },
  { code: "crime_prevention", sv: "Förebygga brott", en: "Crime prevention" },
  { code: "language", sv: "Språk och läsning", en: "Language and reading" },
  { code: "neuropsychiatric", sv: "NPF", en: "Neurodevelopmental" },
];
