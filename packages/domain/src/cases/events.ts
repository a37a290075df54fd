// Events that move a case, and what a transition needs to know besides the state.
import type {
  AuthorityActionKind,
  CloseEventReason,
  DeclineReason,
  EvaluationForm,
  Reflection,
} from "./case-state";
import type { CivilDate } from "./civil-date";
import type { DeadlineRules } from "./deadline-rules";
import type { ChildRelations, PersonFacts } from "./eligibility-types";
import type { MeetingKind } from "./meetings";

export type CaseEvent =
  | { type: "submit" }
  | { type: "accept" }
  | { type: "decline"; otherAction: string; reason: string; reasonCode?: DeclineReason }
  | { type: "appoint_coordinators"; leadId: string; documentingId: string }
  | { type: "record_first_contact"; on?: CivilDate }
  | { type: "appoint_spokesperson"; personId: string }
  | { type: "appoint_contact_person"; personId: string; appointedById: string }
  | { type: "hold_meeting"; kind: MeetingKind; on?: CivilDate }
  | { type: "agree_plan"; on?: CivilDate }
  | { type: "record_eht_review"; on?: CivilDate }
  | { type: "start_evaluation"; earlyReason?: string }
  | { type: "record_evaluation"; evaluation: EvaluationForm }
  | { type: "continue"; revisedPlan: true }
  | {
      type: "close";
      reason: CloseEventReason;
      note?: string;
      reflection: Reflection;
      /** The short evaluation, when none was recorded at an evaluation meeting in this step. */
      evaluation?: EvaluationForm;
      /** Required when closing before the minimum follow-up time (see `close`). */
      earlyReason?: string;
      /** Required when a closing measurement the schedule asks for is missing. */
      measurementSkipReason?: string;
    }
  | {
      type: "record_authority_action";
      kind: AuthorityActionKind;
      note: string;
      closesCase: boolean;
      reflection?: Reflection;
    };

export type CaseEventType = CaseEvent["type"];

export const CASE_EVENT_TYPES = [
  "submit",
  "accept",
  "decline",
  "appoint_coordinators",
  "record_first_contact",
  "appoint_spokesperson",
  "appoint_contact_person",
  "hold_meeting",
  "agree_plan",
  "record_eht_review",
  "start_evaluation",
  "record_evaluation",
  "continue",
  "close",
  "record_authority_action",
] as const satisfies readonly CaseEventType[];

export const CASE_EVENT_LABELS: Record<CaseEventType, { sv: string; en: string }> = {
  submit: { sv: "Skicka till bedömning", en: "Send for assessment" },
  accept: { sv: "Bedöm som samverkansärende", en: "Accept as collaboration case" },
  decline: { sv: "Ej samverkansärende", en: "Not a collaboration case" },
  appoint_coordinators: { sv: "Utse koordinatorer", en: "Appoint coordinators" },
  record_first_contact: { sv: "Registrera kontakt med familjen", en: "Record contact with family" },
  appoint_spokesperson: { sv: "Utse språkrör", en: "Appoint spokesperson" },
  appoint_contact_person: { sv: "Utse kontaktperson", en: "Appoint contact person" },
  hold_meeting: { sv: "Registrera möte", en: "Record meeting" },
  agree_plan: { sv: "Fastställ handlingsplan", en: "Agree action plan" },
  record_eht_review: { sv: "Registrera EHT-genomgång", en: "Record EHT review" },
  start_evaluation: { sv: "Påbörja utvärdering", en: "Start evaluation" },
  record_evaluation: { sv: "Registrera utvärdering", en: "Record the evaluation" },
  continue: { sv: "Fortsätt med reviderad plan", en: "Continue with revised plan" },
  close: { sv: "Avsluta ärendet", en: "Close the case" },
  record_authority_action: { sv: "Registrera myndighetsutövning", en: "Record authority action" },
};

/** Process choices a tenant may switch off (both on by default, as in Västbas). */
export interface ProcessRules {
  /** The spokesperson is appointed at the pre-meeting and presented at network meeting 1. */
  spokespersonBeforeNetworkMeeting1: boolean;
  /** The contact person follows the plan, so is in place when the plan is agreed. */
  contactPersonBeforePlan: boolean;
}

export const DEFAULT_PROCESS_RULES: ProcessRules = {
  spokespersonBeforeNetworkMeeting1: true,
  contactPersonBeforePlan: true,
};

/** What closing needs to know beyond the case state (read by the server from plan and schedule). */
export interface ClosingFacts {
  /** Goals of the current plan whose latest follow-up is not "achieved". */
  openGoals: number;
  /** Closing measurements the schedule asks for and that are not taken. */
  missingClosingMeasurements: number;
}

export interface TransitionContext {
  /** Today's civil date in Europe/Stockholm; stamps the event unless it carries `on`. */
  today: CivilDate;
  /** Needed to appoint coordinators. */
  child?: ChildRelations;
  /** Facts about the people named in appointment events, by person id. */
  people?: Readonly<Record<string, PersonFacts>>;
  processRules?: Partial<ProcessRules>;
  /** The tenant's timing rules for evaluation and follow-up; the defaults when absent. */
  deadlineRules?: Pick<DeadlineRules, "evaluationEveryMonths" | "followUpYears">;
  /** Needed to close; without it no goals are open and no measurement is missing. */
  closing?: ClosingFacts;
  /**
   * The goals of the latest agreed plan, to evaluate one by one. Without it goal outcomes are
   * taken as given (their texts left blank).
   */
  planGoals?: readonly { id: string; text: string }[];
}
