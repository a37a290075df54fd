// The state of one collaboration case, as the state machine sees it.
import { isCivilDate, type CivilDate } from "./civil-date";
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

export const AUTHORITY_ACTION_KINDS = ["report_of_concern", "investigation", "other"] as const;
export type AuthorityActionKind = (typeof AUTHORITY_ACTION_KINDS)[number];

export const AUTHORITY_ACTION_LABELS: Record<AuthorityActionKind, { sv: string; en: string }> = {
  report_of_concern: { sv: "Orosanmälan", en: "Report of concern" },
  investigation: { sv: "Utredning av socialtjänsten", en: "Investigation by social services" },
  other: { sv: "Annan myndighetsutövning", en: "Other exercise of authority" },
};

/** Experience collected at closure, read by the steering group. */
export interface Reflection {
  whatWorked: string;
  whatGotInTheWay: string;
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
  readonly meetings: readonly { readonly kind: MeetingKind; readonly heldOn: CivilDate }[];
  /** Orthogonal to the stage: exercise of authority may start at any point. */
  readonly authorityActions: readonly AuthorityActionRecord[];
  readonly declined?: {
    readonly otherAction: string;
    readonly reason: string;
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

export function hasAuthorityAction(state: CaseState): boolean {
  return state.authorityActions.length > 0;
}
