// Why a transition was refused, in English and Swedish.
import type { EligibilityReason } from "./eligibility-types";
import { CASE_EVENT_LABELS, type CaseEventType } from "./events";
import type { CaseState } from "./case-state";
import { MEETING_KIND_LABELS, MEETING_RULES, type MeetingKind } from "./meetings";
import {
  MISSING_STEP_ACTORS,
  type MissingStep,
  type StepActor,
  missingSentence,
  nextStep,
} from "./next-step";
import type { ProcessRules } from "./events";
import { CASE_STAGES, STAGE_LABELS, type CaseStage } from "./stages";

const MESSAGES = {
  terminal_stage: {
    en: "The case is finished; nothing more can happen in it.",
    sv: "Ärendet är avslutat; inget mer kan göras i det.",
  },
  unknown_event: { en: "Unknown event.", sv: "Okänd händelse." },
  assessment_pending: {
    en: "The request has not been accepted as a collaboration case yet – that is done by a central coordinator or social secretary (intake).",
    sv: "Förfrågan är ännu inte bedömd som samverkansärende – det gör en central samordnare eller socialsekreterare (intaget).",
  },
  already_accepted: {
    en: "The request has already been accepted as a collaboration case.",
    sv: "Förfrågan är redan bedömd som samverkansärende.",
  },
  spokesperson_required: {
    en: "The child's spokesperson is missing: appoint one before network meeting 1 – done by the case's coordinators (at the pre-meeting).",
    sv: "Barnets språkrör saknas: det utses före nätverksmöte 1 – det gör ärendets koordinatorer (vid förmötet).",
  },
  contact_person_required: {
    en: 'The contact person is missing: one is appointed before the action plan is agreed – done by the principal in the network (or the case\'s coordinators) with "Appoint contact person" on the case page.',
    sv: 'Kontaktperson saknas: den utses innan handlingsplanen fastställs – det gör rektorn i nätverket (eller ärendets koordinatorer) med "Utse kontaktperson" på ärendesidan.',
  },
  meeting_not_allowed: {
    en: "That meeting cannot be held at this step.",
    sv: "Det mötet kan inte hållas i det här steget.",
  },
  other_action_required: {
    en: "State the other action taken instead.",
    sv: "Ange vilken annan åtgärd som vidtas.",
  },
  reason_required: { en: "State the reason.", sv: "Ange skälet." },
  note_required: { en: "Write a note.", sv: "Skriv en anteckning." },
  reflection_required: {
    en: "Record what worked and what got in the way.",
    sv: "Beskriv vad som fungerade och vad som var i vägen.",
  },
  revised_plan_required: {
    en: "Continuing needs a revised plan – agreed by the guardians (and the child) on the plan page.",
    sv: "För att fortsätta krävs en reviderad plan – den godkänns av vårdnadshavarna (och barnet) på plansidan.",
  },
  invalid_close_reason: { en: "Unknown closing reason.", sv: "Okänt skäl för avslut." },
  evaluation_required: {
    en: "That reason can only be given after an evaluation – the contact person or the case's coordinators start it.",
    sv: "Det skälet kan bara anges efter en utvärdering – det gör kontaktpersonen eller ärendets koordinatorer.",
  },
  evaluation_form_required: {
    en: "Fill in the evaluation: how far the goals were met, the family's view and the child's view.",
    sv: "Fyll i utvärderingen: hur långt målen nåddes, familjens syn och barnets syn.",
  },
  evaluation_meeting_required: {
    en: "First, the evaluation meeting must be held – done by the contact person or the case's coordinators. The evaluation is recorded from it.",
    sv: "Först behöver utvärderingsmötet hållas – det gör kontaktpersonen eller ärendets koordinatorer. Utvärderingen registreras från mötet.",
  },
  goals_not_met: {
    en: '"Goals met" needs an evaluation that found the goals met. Choose another reason, or continue with a revised plan.',
    sv: '"Målen uppnådda" kräver en utvärdering där målen är uppnådda. Välj ett annat skäl eller fortsätt med en reviderad plan.',
  },
  evaluation_goals_disagree: {
    en: "The goals cannot be met as a whole while one of them is not. Change the whole or the goal's outcome.",
    sv: "Målen kan inte vara uppnådda som helhet när ett av dem inte är det. Ändra helheten eller målets bedömning.",
  },
  evaluation_goal_unknown: {
    en: "Evaluate each goal of the plan once, and only the plan's goals.",
    sv: "Bedöm varje mål i planen en gång, och bara planens mål.",
  },
  goals_open: {
    en: '"Goals met" cannot be given while goals of the plan are not achieved at the latest follow-up.',
    sv: '"Målen uppnådda" kan inte anges när mål i planen inte är uppnådda vid senaste uppföljningen.',
  },
  early_close_reason_required: {
    en: "The case closes before the minimum follow-up time. Write why it ends early.",
    sv: "Ärendet avslutas före den minsta uppföljningstiden. Skriv varför det avslutas i förtid.",
  },
  closing_measurement_required: {
    en: "The closing measurement (SDQ, or the child's ORS/CORS) is missing. Send it and wait for the answer, or write why it is not taken.",
    sv: "Den avslutande mätningen (SDQ, eller barnets ORS/CORS) saknas. Skicka den och invänta svaret, eller skriv varför den inte görs.",
  },
  early_evaluation_reason_required: {
    en: "The evaluation is not due yet. Write why it starts early.",
    sv: "Utvärderingen är inte aktuell än. Skriv varför den påbörjas tidigt.",
  },
  invalid_authority_kind: {
    en: "Unknown kind of authority action.",
    sv: "Okänd typ av myndighetsutövning.",
  },
  invalid_date: { en: "Not a valid date (YYYY-MM-DD).", sv: "Ogiltigt datum (ÅÅÅÅ-MM-DD)." },
  date_in_future: { en: "The date is in the future.", sv: "Datumet ligger i framtiden." },
  date_before_request: {
    en: "The date is before the request was registered.",
    sv: "Datumet ligger före förfrågan.",
  },
  date_before_plan: {
    en: "The date is before the plan was agreed.",
    sv: "Datumet ligger före handlingsplanen.",
  },
  person_required: { en: "Choose a person.", sv: "Välj en person." },
  facts_missing: {
    en: "The facts needed to check this appointment are missing.",
    sv: "Uppgifter som behövs för att pröva utseendet saknas.",
  },
  coordinator_ineligible: {
    en: "The coordinators cannot be appointed.",
    sv: "Koordinatorerna kan inte utses.",
  },
  contact_person_ineligible: {
    en: "The contact person cannot be appointed.",
    sv: "Kontaktpersonen kan inte utses.",
  },
  spokesperson_ineligible: {
    en: "The spokesperson cannot be appointed.",
    sv: "Språkröret kan inte utses.",
  },
} as const satisfies Record<string, { en: string; sv: string }>;

export type TransitionErrorCode = keyof typeof MESSAGES | "event_not_allowed";

export interface TransitionError {
  code: TransitionErrorCode;
  messageEn: string;
  messageSv: string;
  /** Eligibility reasons behind an `*_ineligible` error. */
  reasons?: EligibilityReason[];
  /** For a gate: the step that is missing and who does it (the server may add their names). */
  missing?: { step: MissingStep; by: StepActor };
}

/** The gates whose refusal is a missing step of someone's (issue 17.6). */
const CODE_MISSING: Partial<Record<keyof typeof MESSAGES, MissingStep>> = {
  assessment_pending: "assess",
  spokesperson_required: "appoint_spokesperson",
  contact_person_required: "appoint_contact_person",
  revised_plan_required: "agree_plan",
  evaluation_required: "start_evaluation",
  evaluation_meeting_required: "hold_evaluation_meeting",
};

const missingOf = (step: MissingStep) => ({ step, by: MISSING_STEP_ACTORS[step] });

export function transitionError(
  code: keyof typeof MESSAGES,
  reasons?: EligibilityReason[],
): TransitionError {
  const m = MESSAGES[code];
  const step = CODE_MISSING[code];
  return {
    code,
    messageEn: m.en,
    messageSv: m.sv,
    ...(reasons ? { reasons } : {}),
    ...(step ? { missing: missingOf(step) } : {}),
  };
}

/** The first stage at which each event can apply: before it the step comes later, after it earlier. */
const EVENT_FROM: Record<CaseEventType, CaseStage> = {
  submit: "request",
  accept: "assessment",
  decline: "assessment",
  appoint_coordinators: "assessment",
  record_first_contact: "coordinators_appointed",
  appoint_spokesperson: "coordinators_appointed",
  appoint_contact_person: "coordinators_appointed",
  close: "assessment",
  hold_meeting: "first_contact",
  agree_plan: "network_meeting_2",
  record_eht_review: "interventions",
  start_evaluation: "interventions",
  record_evaluation: "evaluation",
  continue: "evaluation",
  record_authority_action: "request",
};

const order = (stage: CaseStage) => CASE_STAGES.indexOf(stage);

/**
 * A step out of order. Too early, it names what is missing first and who does it ('"Fastställ
 * handlingsplan" går inte ännu … Först behöver nätverksmöte 2 hållas – det gör ärendets
 * koordinatorer.'); too late, it says the step is behind the case.
 */
export function eventNotAllowed(
  type: CaseEventType,
  state: CaseState,
  rules: ProcessRules,
): TransitionError {
  // No meeting is held at some steps (network meeting 2, waiting for the plan): what comes next.
  const from = type === "hold_meeting" ? CASE_STAGES.at(-1)! : EVENT_FROM[type];
  return notYet(CASE_EVENT_LABELS[type], from, state, rules);
}

/** A meeting of a kind the case is not at: what must happen first, or that it is behind. */
export function meetingNotAllowed(
  kind: MeetingKind,
  state: CaseState,
  rules: ProcessRules,
): TransitionError {
  const error = notYet(MEETING_KIND_LABELS[kind], MEETING_RULES[kind].heldIn, state, rules);
  return { ...error, code: "meeting_not_allowed" };
}

function notYet(
  what: { sv: string; en: string },
  from: CaseStage,
  state: CaseState,
  rules: ProcessRules,
): TransitionError {
  const step = STAGE_LABELS[state.stage];
  const next = nextStep(state, rules);
  if (order(state.stage) >= order(from) || !next)
    return {
      code: "event_not_allowed",
      messageEn: `"${what.en}" belongs to an earlier step: the case is already at "${step.en}".`,
      messageSv: `"${what.sv}" hör till ett tidigare steg: ärendet står redan i steget "${step.sv}".`,
    };
  const first = missingSentence(next);
  return {
    code: "event_not_allowed",
    messageEn: `"${what.en}" is not possible yet at the step "${step.en}". ${first.en}`,
    messageSv: `"${what.sv}" går inte ännu i steget "${step.sv}". ${first.sv}`,
    missing: missingOf(next),
  };
}
