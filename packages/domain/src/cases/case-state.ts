// The state of one collaboration case, as the state machine sees it.
import { compareCivilDates, isCivilDate, type CivilDate } from "./civil-date";
import type { MeetingKind } from "./meetings";
import type { CaseStage } from "./stages";

export const CLOSE_REASONS = [
  "goals_met",
  "family_declined",
  "consent_withdrawn",
  "moved_away",
  "authority_action",
  "other",
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Reasons a `close` event may give: authority action closes through its own event. */
export type CloseEventReason = Exclude<CloseReason, "authority_action">;

/** Reasons that need an evaluation first (a case closed early gives another reason). */
export const CLOSE_REASONS_AFTER_EVALUATION: readonly CloseReason[] = ["goals_met"];

export const CLOSE_REASON_LABELS: Record<CloseReason, { sv: string; en: string }> = {
  goals_met: { sv: "Målen uppnådda", en: "Goals met" },
  family_declined: { sv: "Familjen avböjer fortsatt samverkan", en: "Family declines to continue" },
  consent_withdrawn: { sv: "Samtycket återkallat", en: "Consent withdrawn" },
  moved_away: { sv: "Barnet har flyttat", en: "The child has moved" },
  authority_action: { sv: "Myndighetsutövning tar vid", en: "Exercise of authority takes over" },
  other: { sv: "Annat skäl", en: "Other reason" },
};

// An application (ansökan) is the family itself asking social services for support; HLT compares
// applications with reports of concern, more applications meaning families ask for help earlier.
export const AUTHORITY_ACTION_KINDS = [
  "report_of_concern",
  "application",
  "investigation",
  "other",
] as const;
export type AuthorityActionKind = (typeof AUTHORITY_ACTION_KINDS)[number];

export const AUTHORITY_ACTION_LABELS: Record<AuthorityActionKind, { sv: string; en: string }> = {
  report_of_concern: { sv: "Orosanmälan", en: "Report of concern" },
  application: {
    sv: "Ansökan om stöd hos socialtjänsten",
    en: "Application for support to social services",
  },
  investigation: { sv: "Utredning av socialtjänsten", en: "Investigation by social services" },
  other: { sv: "Annan myndighetsutövning", en: "Other exercise of authority" },
};

// Why intake did not make a request a collaboration case, as a code the steering group can count
// (issue 20: declined requests by reason); the free text still says why in this case's words.
export const DECLINE_REASONS = [
  "single_organisation",
  "authority_action",
  "family_not_consenting",
  "outside_target_group",
  "already_supported",
  "other",
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const DECLINE_REASON_LABELS: Record<DeclineReason, { sv: string; en: string }> = {
  single_organisation: {
    sv: "Behovet kan mötas av en verksamhet",
    en: "One organisation can meet the need",
  },
  authority_action: {
    sv: "Socialtjänstens myndighetsutövning tar vid",
    en: "Social services' exercise of authority takes over",
  },
  family_not_consenting: {
    sv: "Familjen vill inte eller samtycker inte",
    en: "The family does not want it or does not consent",
  },
  outside_target_group: { sv: "Utanför målgruppen", en: "Outside the target group" },
  already_supported: {
    sv: "Samverkan finns redan (t.ex. SIP)",
    en: "Collaboration already exists (e.g. a SIP)",
  },
  other: { sv: "Annat skäl", en: "Other reason" },
};

/** How far the goals were reached, as an evaluation judges it (per plan or overall). */
export const EVALUATION_OUTCOMES = ["met", "partly", "not_met"] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

export const EVALUATION_OUTCOME_LABELS: Record<EvaluationOutcome, { sv: string; en: string }> = {
  met: { sv: "Målen är uppnådda", en: "The goals are met" },
  partly: { sv: "Målen är delvis uppnådda", en: "The goals are partly met" },
  not_met: { sv: "Målen är inte uppnådda", en: "The goals are not met" },
};

/** How far one goal of the plan was reached. */
export interface GoalOutcome {
  goalId: string;
  outcome: EvaluationOutcome;
}

/**
 * The short evaluation form: the goals as a whole, each goal of the plan (when given, every goal
 * of the latest plan once), the family's view and the child's own view.
 */
export interface EvaluationForm {
  goals: EvaluationOutcome;
  goalOutcomes?: GoalOutcome[];
  familyView: string;
  childView: string;
  /** What worked and what got in the way so far, for the experience log (optional). */
  reflection?: Reflection;
}

export interface EvaluationRecord extends EvaluationForm {
  /** Each goal with its text as the plan had it when evaluated (plans are revised later). */
  goalOutcomes?: (GoalOutcome & { goal: string })[];
  on: CivilDate;
  /** Recorded at an evaluation meeting (the evaluation step), or with a closure that ended early. */
  atMeeting: boolean;
}

/**
 * Experience collected at closure and at evaluations, read by the steering group in the
 * experience log without names (issue 20.3).
 */
export interface Reflection {
  whatWorked: string;
  whatGotInTheWay: string;
  /** The tenant's experience themes the point is about (ids of the tenant's theme list). */
  themeIds?: string[];
  /** The organisation the point is about (the municipality, the region, …). */
  organisationId?: string;
}

export interface AuthorityActionRecord {
  kind: AuthorityActionKind;
  note: string;
  on: CivilDate;
  stage: CaseStage;
  closedCase: boolean;
}

export interface Closure {
  reason: CloseReason;
  note?: string;
  /** Always present after `close`; optional when an authority action closed the case. */
  reflection?: Reflection;
  on: CivilDate;
  /** Why the case closed before the tenant's minimum follow-up time (HUB: two years). */
  earlyReason?: string;
  /** Why the closing measurement the schedule asked for was not taken. */
  measurementSkipReason?: string;
}

export interface CaseState {
  readonly stage: CaseStage;
  readonly acute: boolean;
  readonly requestedOn: CivilDate;
  /** The intake decision: a collaboration case (stage stays `assessment` until coordinators). */
  readonly accepted: boolean;
  readonly coordinators?: { readonly leadId: string; readonly documentingId: string };
  readonly spokespersonId?: string;
  readonly contactPerson?: { readonly personId: string; readonly appointedById: string };
  readonly firstContactOn?: CivilDate;
  /** The first agreed plan (the 30-day goal is measured on this date). */
  readonly planAgreedOn?: CivilDate;
  readonly planRevisedOn?: CivilDate;
  /** 0 before a plan, 1 for the first plan, +1 per revision on `continue`. */
  readonly planVersion: number;
  readonly ehtReviewedOn?: CivilDate;
  readonly lastEvaluationOn?: CivilDate;
  /** When the current evaluation step started (and why, if it started early). */
  readonly evaluationStartedOn?: CivilDate;
  readonly evaluationEarlyReason?: string;
  /** Evaluation meetings held before the current evaluation step (its own come after). */
  readonly evaluationMeetingsBefore?: number;
  /** Every evaluation recorded; absent in states saved before evaluations were recorded. */
  readonly evaluations?: readonly EvaluationRecord[];
  readonly meetings: readonly { readonly kind: MeetingKind; readonly heldOn: CivilDate }[];
  /** Orthogonal to the stage: exercise of authority may start at any point. */
  readonly authorityActions: readonly AuthorityActionRecord[];
  readonly declined?: {
    readonly otherAction: string;
    readonly reason: string;
    /** Absent in decisions made before reason codes (counted as `other`). */
    readonly reasonCode?: DeclineReason;
    readonly on: CivilDate;
  };
  readonly closure?: Closure;
}

/** A newly registered request. */
export function createCase(input: { requestedOn: CivilDate; acute: boolean }): CaseState {
  if (!isCivilDate(input.requestedOn)) throw new RangeError("requestedOn must be YYYY-MM-DD");
  return {
    stage: "request",
    acute: input.acute,
    requestedOn: input.requestedOn,
    accepted: false,
    planVersion: 0,
    meetings: [],
    authorityActions: [],
  };
}

/** The evaluation recorded in the current evaluation step, if any. */
export function currentEvaluation(state: CaseState): EvaluationRecord | undefined {
  if (state.stage !== "evaluation") return undefined;
  const last = state.evaluations?.at(-1);
  if (!last?.atMeeting) return undefined;
  const since = state.evaluationStartedOn;
  return since === undefined || compareCivilDates(last.on, since) >= 0 ? last : undefined;
}

export function hasAuthorityAction(state: CaseState): boolean {
  return state.authorityActions.length > 0;
}
