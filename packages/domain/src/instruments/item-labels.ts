// Neutral names of the impact questions and the visual-analogue lines, in both languages: what
// the form shows when the tenant has not loaded the licensed wording, and what lists call them.
// They name what a question is about (domain.md section 6); they are not the licensed wording.
import type { SdqImpactItem } from "./sdq-forms";

type Text = { sv: string; en: string };

export const SDQ_IMPACT_ITEM_LABELS: Record<SdqImpactItem, Text> = {
  distress: { sv: "oro eller lidande", en: "distress" },
  home: { sv: "livet hemma", en: "home life" },
  friendships: { sv: "kamratrelationer", en: "friendships" },
  classroom: { sv: "skolarbetet", en: "classroom learning" },
  leisure: { sv: "fritiden", en: "leisure activities" },
};

/** The four lines of ORS, CORS, SRS and CSRS by their keys. */
export const VAS_ITEM_LABELS: Record<string, Text> = {
  individually: { sv: "personligt", en: "individually" },
  interpersonally: { sv: "nära relationer", en: "interpersonally" },
  socially: { sv: "socialt (skola, arbete, vänner)", en: "socially" },
  overall: { sv: "överlag", en: "overall" },
  me: { sv: "jag", en: "me" },
  family: { sv: "familjen", en: "family" },
  school: { sv: "skolan", en: "school" },
  everything: { sv: "allt", en: "everything" },
  relationship: { sv: "relationen", en: "relationship" },
  goalsAndTopics: { sv: "mål och ämnen", en: "goals and topics" },
  approach: { sv: "arbetssätt", en: "approach or method" },
};

/** The four answers to the SDQ's overall question, neutrally named, 0 no to 3 severe. */
export const SDQ_DIFFICULTIES_LABELS: Text[] = [
  { sv: "Nej", en: "No" },
  { sv: "Ja, små svårigheter", en: "Yes, minor difficulties" },
  { sv: "Ja, tydliga svårigheter", en: "Yes, definite difficulties" },
  { sv: "Ja, stora svårigheter", en: "Yes, severe difficulties" },
];
