/**
 * The staircase configuration. The law (Skollagen 7 kap.) sets no percentages, so each
 * municipality writes its own staircase; everything here is plain JSON data that an
 * administrator can edit and `validateStaircase` can check.
 */

export type AbsenceKind = "valid" | "invalid" | "any";
export const ABSENCE_KINDS: readonly AbsenceKind[] = ["valid", "invalid", "any"];

export type Actor =
  "mentor" | "student_health" | "principal" | "attendance_team" | "social_services";
export const ACTORS: readonly Actor[] = [
  "mentor",
  "student_health",
  "principal",
  "attendance_team",
  "social_services",
];

/** How a measured share is compared with a threshold: "at least" (default) or "over". */
export type ThresholdOperator = ">=" | ">";
export const THRESHOLD_OPERATORS: readonly ThresholdOperator[] = [">=", ">"];

/** Share of scheduled minutes absent over the last `windowDays` school days (see engine docs). */
export interface AbsenceShareTrigger {
  readonly kind: "absence_share";
  /** School days, not calendar days: holidays must not dilute the share. */
  readonly windowDays: number;
  readonly thresholdPercent: number;
  readonly absenceKind: AbsenceKind;
  readonly operator?: ThresholdOperator;
}

/** At least `days` consecutive school days each absent (per the staircase's absentDayFraction). */
export interface ConsecutiveDaysTrigger {
  readonly kind: "consecutive_days";
  readonly days: number;
  readonly absenceKind: AbsenceKind;
}

/** The first invalid absence since the start of data or since the pupil returned to step 0. */
export interface FirstUnexcusedTrigger {
  readonly kind: "first_unexcused";
}

/** Valid absence on at least `minOccurrences` school days within the last `weeks` calendar weeks. */
export interface RecurringValidTrigger {
  readonly kind: "recurring_valid";
  readonly weeks: number;
  readonly minOccurrences: number;
}

/**
 * `weeksAfterPreviousStep` weeks after the pupil reached the current step, absence is still at
 * the threshold. Without `thresholdPercent` the threshold that brought the pupil to the current
 * step is reused, or the recovery percent when that step had none.
 */
export interface NoImprovementTrigger {
  readonly kind: "no_improvement";
  readonly weeksAfterPreviousStep: number;
  readonly thresholdPercent?: number;
  /** Only together with thresholdPercent. */
  readonly operator?: ThresholdOperator;
  /** School days; default: the school days of the last `weeksAfterPreviousStep` weeks. */
  readonly windowDays?: number;
  /** Default "any". */
  readonly absenceKind?: AbsenceKind;
}

export type Trigger =
  | AbsenceShareTrigger
  | ConsecutiveDaysTrigger
  | FirstUnexcusedTrigger
  | RecurringValidTrigger
  | NoImprovementTrigger;

export type TriggerKind = Trigger["kind"];
export const TRIGGER_KINDS: readonly TriggerKind[] = [
  "absence_share",
  "consecutive_days",
  "first_unexcused",
  "recurring_valid",
  "no_improvement",
];

export interface Step {
  /** 1, 2, 3… in order. Step 0 is implicit: the pupil is not on the staircase. */
  readonly number: number;
  /** Swedish, shown to staff. */
  readonly title: string;
  readonly actor: Actor;
  /** Calendar days from reaching the step until its actions are due. */
  readonly deadlineDays: number;
  /** Swedish descriptions of what to do. */
  readonly actions: readonly string[];
  /** Any one of them moves the pupil from the previous step to this one. */
  readonly triggers: readonly Trigger[];
  /** Skollagen 7 kap. 19 a §: the principal reports to the school's organiser. */
  readonly reportToOrganiser?: boolean;
  readonly reportToSocialServices?: boolean;
}

/** When a pupil leaves the staircase (returns to step 0). */
export interface RecoveryRule {
  /** School days at the current step whose absence is measured. */
  readonly windowDays: number;
  /** All absence over the window must be under this share, with no invalid absence at all. */
  readonly recoveryPercent: number;
}

export interface Staircase {
  readonly id: string;
  readonly name: string;
  readonly steps: readonly Step[];
  /** Share of the scheduled minutes a day must be absent to count as an absent day; default 1. */
  readonly absentDayFraction?: number;
  readonly recovery?: Partial<RecoveryRule>;
}

export const DEFAULT_ABSENT_DAY_FRACTION = 1;
/** 4 weeks of 5 school days under 5 %: about one lesson-free hour a week is tolerated. */
export const DEFAULT_RECOVERY: RecoveryRule = { windowDays: 20, recoveryPercent: 5 };

/** The staircase-wide settings with defaults filled in. */
export interface Settings {
  readonly absentDayFraction: number;
  readonly recovery: RecoveryRule;
}

export function resolveSettings(staircase: Staircase): Settings {
  return {
    absentDayFraction: staircase.absentDayFraction ?? DEFAULT_ABSENT_DAY_FRACTION,
    recovery: { ...DEFAULT_RECOVERY, ...staircase.recovery },
  };
}
