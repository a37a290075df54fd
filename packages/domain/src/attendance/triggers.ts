/**
 * One function per trigger kind. Each looks only at the bounded window of recent school days
 * and at the pupil's state, which is what makes evaluation incremental (see engine.ts).
 */
import type {
  AbsenceShareTrigger,
  ConsecutiveDaysTrigger,
  NoImprovementTrigger,
  RecurringValidTrigger,
  Settings,
  ThresholdOperator,
  Trigger,
  TriggerKind,
} from "./config";
import { isAbsentDay, lastDays, sumAbsence, type DayRecord } from "./days";
import * as text from "./reasons";
import { meetsThreshold, roundedPercent } from "./share";

export interface TriggerContext {
  /** At most requiredHistoryDays school days, oldest first; the last one is being evaluated. */
  readonly window: readonly DayRecord[];
  readonly today: DayRecord;
  readonly step: number;
  /** Day number on which the current step was entered, null if never left step 0. */
  readonly sinceDay: number | null;
  readonly invalidAbsenceSeen: boolean;
  /** The percentage rule that brought the pupil to the current step, if there was one. */
  readonly inherited: { readonly percent: number; readonly operator: ThresholdOperator } | null;
  readonly settings: Settings;
}

export interface Firing {
  readonly code: TriggerKind | "recovered";
  readonly thresholdPercent: number | null;
  readonly operator: ThresholdOperator | null;
  readonly measuredPercent: number | null;
  readonly text: string;
}

const NO_PERCENT = { thresholdPercent: null, operator: null, measuredPercent: null } as const;

function absenceShare(t: AbsenceShareTrigger, ctx: TriggerContext): Firing | null {
  // A full window is required: one sick day on the first day of data is not "20 % absence".
  const days = lastDays(ctx.window, t.windowDays);
  if (!days) return null;
  const { absent, scheduled } = sumAbsence(days, t.absenceKind);
  const operator = t.operator ?? ">=";
  if (!meetsThreshold(absent, scheduled, t.thresholdPercent, operator)) return null;
  const measured = roundedPercent(absent, scheduled);
  return {
    code: t.kind,
    thresholdPercent: t.thresholdPercent,
    operator,
    measuredPercent: measured,
    text: text.absenceShareText(
      t.absenceKind,
      measured,
      t.windowDays,
      t.thresholdPercent,
      operator,
    ),
  };
}

function consecutiveDays(t: ConsecutiveDaysTrigger, ctx: TriggerContext): Firing | null {
  const days = lastDays(ctx.window, t.days);
  if (!days) return null;
  const fraction = ctx.settings.absentDayFraction;
  if (!days.every((d) => isAbsentDay(d, t.absenceKind, fraction))) return null;
  return { code: t.kind, ...NO_PERCENT, text: text.consecutiveDaysText(t.absenceKind, t.days) };
}

function firstUnexcused(ctx: TriggerContext): Firing | null {
  if (ctx.invalidAbsenceSeen || ctx.today.invalid === 0) return null;
  return { code: "first_unexcused", ...NO_PERCENT, text: text.firstUnexcusedText(ctx.today.date) };
}

/**
 * Counts school days with any valid absence, not separate episodes: the law asks for
 * investigation of "repeated or long" absence (Skollagen 7 kap. 19 a §), so three weeks off
 * sick must count at least as much as three single days. Counting days also keeps the rule
 * monotone: more absence can never make it stop firing.
 */
function recurringValid(t: RecurringValidTrigger, ctx: TriggerContext): Firing | null {
  const after = ctx.today.day - 7 * t.weeks;
  const occurrences = ctx.window.filter((d) => d.day > after && d.valid > 0).length;
  if (occurrences < t.minOccurrences) return null;
  return { code: t.kind, ...NO_PERCENT, text: text.recurringValidText(occurrences, t.weeks) };
}

function noImprovement(t: NoImprovementTrigger, ctx: TriggerContext): Firing | null {
  const since = ctx.sinceDay;
  const periodDays = 7 * t.weeksAfterPreviousStep;
  if (since === null || ctx.today.day - since < periodDays) return null;
  // Only days after the step was reached count: the question is whether the measures taken
  // at that step have helped, not what led up to it.
  const afterStep = ctx.window.filter((d) => d.day > since);
  const days =
    t.windowDays === undefined
      ? afterStep.filter((d) => d.day > ctx.today.day - periodDays)
      : afterStep.slice(-t.windowDays);
  const kind = t.absenceKind ?? "any";
  const { absent, scheduled } = sumAbsence(days, kind);
  const threshold =
    t.thresholdPercent === undefined
      ? (ctx.inherited ?? {
          percent: ctx.settings.recovery.recoveryPercent,
          operator: ">=" as const,
        })
      : { percent: t.thresholdPercent, operator: t.operator ?? ">=" };
  if (!meetsThreshold(absent, scheduled, threshold.percent, threshold.operator)) return null;
  const measured = roundedPercent(absent, scheduled);
  return {
    code: t.kind,
    thresholdPercent: threshold.percent,
    operator: threshold.operator,
    measuredPercent: measured,
    text: text.noImprovementText(
      kind,
      t.weeksAfterPreviousStep,
      ctx.step,
      measured,
      threshold.percent,
      threshold.operator,
    ),
  };
}

export function evaluateTrigger(trigger: Trigger, ctx: TriggerContext): Firing | null {
  switch (trigger.kind) {
    case "absence_share":
      return absenceShare(trigger, ctx);
    case "consecutive_days":
      return consecutiveDays(trigger, ctx);
    case "first_unexcused":
      return firstUnexcused(ctx);
    case "recurring_valid":
      return recurringValid(trigger, ctx);
    case "no_improvement":
      return noImprovement(trigger, ctx);
  }
}
