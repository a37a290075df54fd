// The content of a child's plan (SIP / barnets plan): what the network writes together at
// network meeting 2 and at every revision. Ids are stable across versions, so follow-up notes,
// assessments and version comparisons can refer to the same goal or action over time.
import type { CivilDate } from "../cases/civil-date";

/** An organisation (unit) named in the plan; unitId is null for one outside the system. */
export interface UnitRef {
  unitId: string | null;
  name: string;
}

/**
 * A member of the child's family named as responsible for an action. Västbas has the family take
 * actions too ("vem gör vad och när"): a guardian of the child, or the child.
 */
export type FamilyRef = { kind: "guardian"; guardianId: string } | { kind: "child" };

/**
 * A person named in the plan; userId is null for someone without an account. A guardian or the
 * child carries `family` (and no userId).
 */
export interface PersonRef {
  userId: string | null;
  name: string;
  family?: FamilyRef | null;
}

export const FAMILY_ROLE_WORDS = {
  guardian: { sv: "vårdnadshavare", en: "guardian" },
  child: { sv: "barnet", en: "the child" },
} as const;

/** A person as the plan names them: "Anna Ek (vårdnadshavare)", "Elias Ek (barnet)". */
export function personLabel(p: PersonRef | null | undefined, lang: "sv" | "en" = "sv"): string {
  const name = p?.name?.trim() ?? "";
  if (!name || !p?.family) return name;
  return `${name} (${FAMILY_ROLE_WORDS[p.family.kind][lang]})`;
}

/** An intervention (insats/åtgärd) that serves a goal. */
export interface PlanAction {
  id: string;
  description: string;
  responsibleUnit: UnitRef | null;
  responsiblePerson: PersonRef | null;
  startDate: CivilDate | null;
  endDate: CivilDate | null;
  followUpDate: CivilDate | null;
  /** The joint offer's entry this action was chosen from (issue #22); absent when typed freely. */
  offerEntryId?: string | null;
}

export interface PlanGoal {
  id: string;
  text: string;
  /** The goal as the child puts it, in the child's own words. */
  childWords: string;
  actions: PlanAction[];
}

/** Measures taken by others than the municipality and region (e.g. an independent school). */
export interface OtherMeasure {
  id: string;
  description: string;
  by: UnitRef;
}

export interface PlanContent {
  needs: string;
  goals: PlanGoal[];
  measuresByOthers: OtherMeasure[];
  /** The network states explicitly that no one else takes measures (the law asks either way). */
  noMeasuresByOthers: boolean;
  /** The organisation with overall responsibility for the plan (huvudansvar). */
  leadUnit: UnitRef | null;
  childView: string;
  guardiansView: string;
  /** For the professionals only: never in the family's view or print. */
  internalNotes: string;
}

export function emptyPlan(): PlanContent {
  return {
    needs: "",
    goals: [],
    measuresByOthers: [],
    noMeasuresByOthers: false,
    leadUnit: null,
    childView: "",
    guardiansView: "",
    internalNotes: "",
  };
}

export function allActions(plan: PlanContent): (PlanAction & { goalId: string })[] {
  return plan.goals.flatMap((g) => g.actions.map((a) => ({ ...a, goalId: g.id })));
}

export const isBlank = (s: string | null | undefined) => !s || s.trim() === "";
