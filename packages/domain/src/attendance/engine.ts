/**
 * The staircase engine.
 *
 * Semantics:
 * - Every school day (scheduledMinutes > 0) after `previous.lastEvaluated` and up to `asOf` is
 *   evaluated in date order, as if the engine ran once at the end of each school day.
 * - Climbing: on each school day the triggers of the next step are checked (any one suffices,
 *   the first in config order is reported). A pupil climbs at most one step per school day, so
 *   a step is never skipped and every step's actions are assigned.
 * - Leaving: when no trigger fires and the recovery rule holds (see recovery.ts), the pupil
 *   returns to step 0 directly rather than one step down. The steps are a chain of escalating
 *   measures, not a severity scale: once attendance is good, the measures of lower steps have
 *   no purpose, and a new problem starts again at step 1.
 * - Only the last `requiredHistoryDays` school days are read per evaluated date, plus the
 *   state; so evaluating day by day with the previous state gives exactly the state that one
 *   evaluation of the whole term gives.
 * - Of `previous.history` only the last entry is read (its threshold carries over to
 *   no_improvement); the result's history is `previous.history` followed by the new entries.
 *   A caller may pass the last entry alone and append the new ones to what it stored.
 * - Days already evaluated are not re-judged when corrected later; to apply corrections,
 *   evaluate again from an earlier state (or from null with the whole term).
 * - Standing still: a pupil at step 0 does not move on a day with no absence in that day's
 *   window. Every trigger needs absence (validation forbids thresholds met by 0 %, an absent-day
 *   fraction of 0 and no_improvement on step 1) and recovery applies only above step 0. Only
 *   lastEvaluated changes, so a caller may advance such pupils without running the engine;
 *   stillMinutes (still.ts) extends this to windows that hold absence.
 */
import { resolveSettings, type Settings, type Staircase } from "./config";
import { addDays, dayNumber, type IsoDate } from "./dates";
import { prepareDays, requireDate, type DayRecord, type SchoolDaySummary } from "./days";
import { requiredHistoryDays } from "./history";
import { checkPreviousState } from "./state-check";
import type { PupilEvaluation, PupilStairState, StepHistoryEntry, Transition } from "./state";
import { recovery } from "./recovery";
import { evaluateTrigger, type Firing, type TriggerContext } from "./triggers";
import { parseStaircase } from "./validate-staircase";

interface Walk {
  step: number;
  since: IsoDate | null;
  invalidAbsenceSeen: boolean;
  history: StepHistoryEntry[];
}

function inheritedThreshold(walk: Walk): TriggerContext["inherited"] {
  const reason = walk.history.at(-1)?.reason;
  if (walk.step === 0 || !reason || reason.thresholdPercent === null) return null;
  return { percent: reason.thresholdPercent, operator: reason.operator ?? ">=" };
}

function transitionFor(
  staircase: Staircase,
  walk: Walk,
  today: DayRecord,
  to: number,
  firing: Firing,
  triggerIndex: number | null,
): Transition {
  const { code, thresholdPercent, operator, measuredPercent, text } = firing;
  const step = to > 0 ? staircase.steps[to - 1] : undefined;
  return {
    from: walk.step,
    to,
    on: today.date,
    reason: { code, triggerIndex, thresholdPercent, operator, measuredPercent, text },
    dueDate: step ? addDays(today.date, step.deadlineDays) : null,
    actor: step ? step.actor : null,
    reportToOrganiser: step?.reportToOrganiser ?? false,
    reportToSocialServices: step?.reportToSocialServices ?? false,
  };
}

function evaluateDay(staircase: Staircase, walk: Walk, ctx: TriggerContext): Transition | null {
  const next = staircase.steps[walk.step];
  if (next) {
    for (const [index, trigger] of next.triggers.entries()) {
      const firing = evaluateTrigger(trigger, ctx);
      if (firing) return transitionFor(staircase, walk, ctx.today, walk.step + 1, firing, index);
    }
  }
  const recovered = recovery(ctx);
  return recovered ? transitionFor(staircase, walk, ctx.today, 0, recovered, null) : null;
}

/**
 * Staircases already validated, with what the engine derives from them. A staircase is data that
 * is never changed once built, and one evaluation runs the same object for every pupil of a
 * municipality: validating it again per pupil cost more than evaluating the pupil.
 */
const prepared = new WeakMap<Staircase, { settings: Settings; keep: number }>();

function prepare(staircase: Staircase) {
  let known = prepared.get(staircase);
  if (!known) {
    parseStaircase(staircase);
    known = { settings: resolveSettings(staircase), keep: requiredHistoryDays(staircase) };
    prepared.set(staircase, known);
  }
  return known;
}

/**
 * Evaluates one pupil from `previous` (null: a pupil with no state yet) up to `asOf`.
 * `days` must hold the school days described by `requiredHistoryDays`; days after `asOf` are
 * ignored. Throws StaircaseConfigError or AttendanceInputError on unusable input.
 */
export function evaluatePupil(
  staircase: Staircase,
  days: readonly SchoolDaySummary[],
  previous: PupilStairState | null,
  asOf: IsoDate,
): PupilEvaluation {
  return evaluateSchoolDays(staircase, prepareDays(days), previous, asOf);
}

/**
 * evaluatePupil for days already normalised: school days only, in date order, one per date, as
 * prepareDays makes them. For a caller that decodes days it trusts straight into records:
 * validating and copying each day again was a third of the engine's time in an increment.
 */
export function evaluateSchoolDays(
  staircase: Staircase,
  records: readonly DayRecord[],
  previous: PupilStairState | null,
  asOf: IsoDate,
): PupilEvaluation {
  const { settings, keep } = prepare(staircase);
  const asOfDay = requireDate(asOf, "asOf");
  if (previous) checkPreviousState(staircase, previous, asOfDay);
  const startAfter = previous ? (dayNumber(previous.lastEvaluated) ?? asOfDay) : -Infinity;

  const walk: Walk = {
    step: previous?.step ?? 0,
    since: previous?.since ?? null,
    invalidAbsenceSeen: previous?.invalidAbsenceSeen ?? false,
    history: [...(previous?.history ?? [])],
  };
  const transitions: Transition[] = [];

  for (const [i, today] of records.entries()) {
    if (today.day <= startAfter || today.day > asOfDay) continue;
    const ctx: TriggerContext = {
      window: records.slice(Math.max(0, i - keep + 1), i + 1),
      today,
      step: walk.step,
      sinceDay: walk.since === null ? null : dayNumber(walk.since),
      invalidAbsenceSeen: walk.invalidAbsenceSeen,
      inherited: inheritedThreshold(walk),
      settings,
    };
    const transition = evaluateDay(staircase, walk, ctx);
    if (transition) {
      transitions.push(transition);
      walk.history.push({ step: transition.to, from: today.date, reason: transition.reason });
      walk.step = transition.to;
      walk.since = today.date;
      // Returning to step 0 starts a new "term" for first_unexcused.
      if (transition.to === 0) walk.invalidAbsenceSeen = false;
    }
    walk.invalidAbsenceSeen ||= today.invalid > 0;
  }

  const state: PupilStairState = {
    staircaseId: staircase.id,
    step: walk.step,
    since: walk.since,
    history: walk.history,
    lastEvaluated: asOf,
    invalidAbsenceSeen: walk.invalidAbsenceSeen,
  };
  return { state, transitions };
}
