/** What the engine remembers about one pupil between evaluations, and what it reports. */
import type { Actor, ThresholdOperator, TriggerKind } from "./config";
import type { IsoDate } from "./dates";

/** Why a pupil moved: machine-readable fields plus a Swedish sentence for staff. */
export interface TransitionReason {
  /** The trigger kind that fired, or "recovered" for a return to step 0. */
  readonly code: TriggerKind | "recovered";
  /** Index of the fired trigger in the step's `triggers`; null for recovery. */
  readonly triggerIndex: number | null;
  /** The threshold applied, when the rule is a percentage (no_improvement reuses it). */
  readonly thresholdPercent: number | null;
  readonly operator: ThresholdOperator | null;
  /** The measured share, rounded to two decimals, when the rule is a percentage. */
  readonly measuredPercent: number | null;
  /** Swedish, e.g. "Första ogiltiga frånvaron 2025-09-03." */
  readonly text: string;
}

export interface StepHistoryEntry {
  /** The step entered. */
  readonly step: number;
  /** The date it was entered. */
  readonly from: IsoDate;
  readonly reason: TransitionReason;
}

/** JSON-serialisable; store it per pupil and pass it back as `previous`. */
export interface PupilStairState {
  readonly staircaseId: string;
  /** 0 = not on the staircase; otherwise 1..steps.length. */
  readonly step: number;
  /** When the current step was entered; null while the pupil has never left step 0. */
  readonly since: IsoDate | null;
  readonly history: readonly StepHistoryEntry[];
  /** Every school day up to and including this date has been evaluated. */
  readonly lastEvaluated: IsoDate;
  /**
   * Whether invalid absence has occurred since the start of data or the last return to step 0.
   * Kept in the state, not re-derived from days, so the caller only needs a bounded window.
   */
  readonly invalidAbsenceSeen: boolean;
}

export interface Transition {
  readonly from: number;
  readonly to: number;
  readonly on: IsoDate;
  readonly reason: TransitionReason;
  /** `on` + the step's deadlineDays; null when returning to step 0. */
  readonly dueDate: IsoDate | null;
  /** Who acts at the new step; null when returning to step 0. */
  readonly actor: Actor | null;
  readonly reportToOrganiser: boolean;
  readonly reportToSocialServices: boolean;
}

export interface PupilEvaluation {
  readonly state: PupilStairState;
  /** Only the transitions made by this evaluation, oldest first. */
  readonly transitions: readonly Transition[];
}
