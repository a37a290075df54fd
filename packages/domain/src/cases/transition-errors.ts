// Why a transition was refused, in English and Swedish.
import type { EligibilityReason } from "./eligibility-types";
import { CASE_EVENT_LABELS, type CaseEventType } from "./events";
import { STAGE_LABELS, type CaseStage } from "./stages";

const MESSAGES = {
  terminal_stage: {
    en: "The case is finished; nothing more can happen in it.",
    sv: "Ärendet är avslutat; inget mer kan göras i det.",
  },
  unknown_event: { en: "Unknown event.", sv: "Okänd händelse." },
  assessment_pending: {
    en: "The request has not been accepted as a collaboration case yet.",
    sv: "Förfrågan är ännu inte bedömd som samverkansärende.",
  },
  already_accepted: {
    en: "The request has already been accepted as a collaboration case.",
    sv: "Förfrågan är redan bedömd som samverkansärende.",
  },
  spokesperson_required: {
    en: "Appoint the child's spokesperson before network meeting 1.",
    sv: "Utse barnets språkrör före nätverksmöte 1.",
  },
  contact_person_required: {
    en: "Appoint the contact person before the plan is agreed.",
    sv: "Utse kontaktperson innan handlingsplanen fastställs.",
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
    en: "Continuing needs a revised plan.",
    sv: "För att fortsätta krävs en reviderad plan.",
  },
  invalid_close_reason: { en: "Unknown closing reason.", sv: "Okänt skäl för avslut." },
  evaluation_required: {
    en: "That reason can only be given after an evaluation.",
    sv: "Det skälet kan bara anges efter en utvärdering.",
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
}

export function transitionError(
  code: keyof typeof MESSAGES,
  reasons?: EligibilityReason[],
): TransitionError {
  const m = MESSAGES[code];
  return reasons
    ? { code, messageEn: m.en, messageSv: m.sv, reasons }
    : { code, messageEn: m.en, messageSv: m.sv };
}

export function eventNotAllowed(type: CaseEventType, stage: CaseStage): TransitionError {
  const event = CASE_EVENT_LABELS[type];
  const step = STAGE_LABELS[stage];
  return {
    code: "event_not_allowed",
    messageEn: `"${event.en}" is not possible at the step "${step.en}".`,
    messageSv: `"${event.sv}" går inte i steget "${step.sv}".`,
  };
}
