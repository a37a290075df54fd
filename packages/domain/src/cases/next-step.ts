// What a case waits for, and who does it (issue 17.6). A refused step names what is missing and
// whose turn it is, and the people whose turn it is find it in their worklist, so that no one
// is left wondering why "Fastställ handlingsplan" does not go through.
import type { CaseState } from "./case-state";
import type { ProcessRules } from "./events";
import type { CaseStage } from "./stages";

/** Who does a step: named by their part in the case, never by a person (the server adds names). */
export type StepActor = "raiser" | "intake" | "coordinators" | "principal" | "family" | "follow_up";

export const STEP_ACTOR_LABELS: Record<StepActor, { sv: string; en: string }> = {
  raiser: { sv: "den som registrerade förfrågan", en: "the person who registered the request" },
  intake: {
    sv: "en central samordnare eller socialsekreterare (intaget)",
    en: "a central coordinator or social secretary (intake)",
  },
  coordinators: { sv: "ärendets koordinatorer", en: "the case's coordinators" },
  principal: {
    sv: "rektorn i nätverket (eller ärendets koordinatorer)",
    en: "the principal in the network (or the case's coordinators)",
  },
  family: {
    sv: "vårdnadshavarna (och barnet) på plansidan",
    en: "the guardians (and the child) on the plan page",
  },
  // After network meeting 2 the contact person leads the follow-up (ADR 0026).
  follow_up: {
    sv: "kontaktpersonen eller ärendets koordinatorer",
    en: "the contact person or the case's coordinators",
  },
};

export type MissingStep =
  | "submit"
  | "assess"
  | "appoint_coordinators"
  | "record_first_contact"
  | "hold_pre_meeting"
  | "appoint_spokesperson"
  | "hold_network_meeting_1"
  | "hold_network_meeting_2"
  | "appoint_contact_person"
  | "agree_plan"
  | "start_evaluation"
  | "hold_evaluation_meeting"
  | "decide_after_evaluation";

/** What is missing, as the end of a sentence: "Först behöver …" / "First …". */
export const MISSING_STEP_LABELS: Record<MissingStep, { sv: string; en: string }> = {
  submit: { sv: "förfrågan skickas till bedömning", en: "the request must be sent for assessment" },
  assess: {
    sv: "förfrågan bedömas som samverkansärende",
    en: "the request must be accepted as a collaboration case",
  },
  appoint_coordinators: { sv: "koordinatorer utses", en: "coordinators must be appointed" },
  record_first_contact: {
    sv: "kontakten med familjen registreras",
    en: "the contact with the family must be recorded",
  },
  hold_pre_meeting: { sv: "förmötet hållas", en: "the pre-meeting must be held" },
  appoint_spokesperson: {
    sv: "barnets språkrör utses",
    en: "the child's spokesperson must be appointed",
  },
  hold_network_meeting_1: { sv: "nätverksmöte 1 hållas", en: "network meeting 1 must be held" },
  hold_network_meeting_2: { sv: "nätverksmöte 2 hållas", en: "network meeting 2 must be held" },
  appoint_contact_person: {
    sv: "en kontaktperson utses",
    en: "a contact person must be appointed",
  },
  agree_plan: {
    sv: "handlingsplanen godkännas",
    en: "the action plan must be agreed",
  },
  start_evaluation: {
    sv: "utvärderingen påbörjas",
    en: "the evaluation must be started",
  },
  hold_evaluation_meeting: {
    sv: "utvärderingsmötet hållas",
    en: "the evaluation meeting must be held",
  },
  decide_after_evaluation: {
    sv: "ärendet avslutas eller fortsätta med en reviderad plan",
    en: "the case must be closed or continue with a revised plan",
  },
};

export const MISSING_STEP_ACTORS: Record<MissingStep, StepActor> = {
  submit: "raiser",
  assess: "intake",
  appoint_coordinators: "intake",
  record_first_contact: "coordinators",
  hold_pre_meeting: "coordinators",
  appoint_spokesperson: "coordinators",
  hold_network_meeting_1: "coordinators",
  hold_network_meeting_2: "coordinators",
  appoint_contact_person: "principal",
  agree_plan: "family",
  start_evaluation: "follow_up",
  hold_evaluation_meeting: "follow_up",
  decide_after_evaluation: "follow_up",
};

const spokespersonMissing = (state: CaseState, rules: ProcessRules) =>
  rules.spokespersonBeforeNetworkMeeting1 && state.spokespersonId === undefined;
const contactPersonMissing = (state: CaseState, rules: ProcessRules) =>
  rules.contactPersonBeforePlan && state.contactPerson === undefined;

/** The step that moves the case on from where it stands (null when it is finished). */
export function nextStep(state: CaseState, rules: ProcessRules): MissingStep | null {
  const byStage: Record<CaseStage, MissingStep | null> = {
    request: "submit",
    assessment: state.accepted ? "appoint_coordinators" : "assess",
    declined: null,
    coordinators_appointed: "record_first_contact",
    first_contact: "hold_pre_meeting",
    pre_meeting: spokespersonMissing(state, rules)
      ? "appoint_spokesperson"
      : "hold_network_meeting_1",
    network_meeting_1: "hold_network_meeting_2",
    network_meeting_2: contactPersonMissing(state, rules) ? "appoint_contact_person" : "agree_plan",
    interventions: "start_evaluation",
    evaluation: "decide_after_evaluation",
    closed: null,
  };
  return byStage[state.stage];
}

export type CaseDuty = "appoint_contact_person" | "appoint_spokesperson";

/**
 * Appointments the case needs before a later step can pass, as soon as the case reaches the
 * point where they are due (so the person can act before anyone is refused): the spokesperson
 * from the family's first contact (appointed at the pre-meeting), the contact person once
 * network meeting 1 is held (presented at network meeting 2 with the plan).
 */
export function openDuties(state: CaseState, rules: ProcessRules): CaseDuty[] {
  const out: CaseDuty[] = [];
  if (
    (state.stage === "first_contact" || state.stage === "pre_meeting") &&
    spokespersonMissing(state, rules)
  )
    out.push("appoint_spokesperson");
  if (
    (state.stage === "network_meeting_1" || state.stage === "network_meeting_2") &&
    contactPersonMissing(state, rules)
  )
    out.push("appoint_contact_person");
  return out;
}

/** "Först behöver X – det gör Y." in both languages. */
export function missingSentence(step: MissingStep): { sv: string; en: string } {
  const what = MISSING_STEP_LABELS[step];
  const who = STEP_ACTOR_LABELS[MISSING_STEP_ACTORS[step]];
  return {
    sv: `Först behöver ${what.sv} – det gör ${who.sv}.`,
    en: `First, ${what.en} – done by ${who.en}.`,
  };
}
