// The stages of a collaboration case (Västbas process, with HLT/HUB deadlines on top).

export const CASE_STAGES = [
  "request",
  "assessment",
  "declined",
  "coordinators_appointed",
  "first_contact",
  "pre_meeting",
  "network_meeting_1",
  "network_meeting_2",
  "interventions",
  "evaluation",
  "closed",
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** Stages no event can leave. */
export const TERMINAL_STAGES: readonly CaseStage[] = ["declined", "closed"];

/** Stages of a case still open: every stage but the terminal ones, in process order. */
export const OPEN_STAGES: readonly CaseStage[] = CASE_STAGES.filter(
  (stage) => !TERMINAL_STAGES.includes(stage),
);

/** Stages in the intake queue (seen by central coordinators and social services). */
export const INTAKE_STAGES: readonly CaseStage[] = ["request", "assessment"];

/** Stages of an accepted, running collaboration case (coordinators are in place). */
export const ACTIVE_STAGES: readonly CaseStage[] = [
  "coordinators_appointed",
  "first_contact",
  "pre_meeting",
  "network_meeting_1",
  "network_meeting_2",
  "interventions",
  "evaluation",
];

export function isTerminalStage(stage: CaseStage): boolean {
  return TERMINAL_STAGES.includes(stage);
}

export function isActiveStage(stage: CaseStage): boolean {
  return ACTIVE_STAGES.includes(stage);
}

export const STAGE_LABELS: Record<CaseStage, { sv: string; en: string }> = {
  request: { sv: "Förfrågan registrerad", en: "Request registered" },
  assessment: { sv: "Bedömning (intagskö)", en: "Assessment (intake queue)" },
  declined: { sv: "Ej samverkansärende", en: "Not a collaboration case" },
  coordinators_appointed: { sv: "Koordinatorer utsedda", en: "Coordinators appointed" },
  first_contact: { sv: "Familjen kontaktad", en: "Family contacted" },
  pre_meeting: { sv: "Förmöte hållet", en: "Pre-meeting held" },
  network_meeting_1: { sv: "Nätverksmöte 1 hållet", en: "Network meeting 1 held" },
  network_meeting_2: {
    sv: "Nätverksmöte 2 (handlingsplan)",
    en: "Network meeting 2 (action plan)",
  },
  interventions: { sv: "Insatser pågår (uppföljning)", en: "Interventions under way (follow-up)" },
  evaluation: { sv: "Utvärdering", en: "Evaluation" },
  closed: { sv: "Avslutat", en: "Closed" },
};
