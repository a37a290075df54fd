/**
 * Standing still: when a pupil at step 0 certainly stays there over school days without absence.
 *
 * After a day's import most pupils are at step 0 and were not away. Running the engine over each
 * of them, with their window of recent days, is most of an increment's work and can change only
 * the evaluated date. `stillMinutes` tells a caller, from the window the engine has just read,
 * for which such days the engine would find nothing, so that the caller can advance the pupil
 * over them without reading the window again.
 *
 * Per trigger of step 1, on a later school day with no absence:
 * - first_unexcused and consecutive_days need absence on that day: never.
 * - recurring_valid counts days with valid absence in a calendar window that only moves on, and
 *   the new days add none: it fires only if the days already read hold enough.
 * - absence_share: the absence in the window can only leave it, but the share can still rise
 *   when short days replace long ones. With at least M scheduled minutes on each new day the
 *   share after j new days is at most the absence of the last windowDays - j days read over
 *   their minutes plus j·M, which gives the M needed.
 * - no_improvement is not allowed on step 1 (validate-staircase.ts); if met, no promise.
 * Recovery applies only above step 0.
 */
import type { Staircase, Trigger } from "./config";
import { dayNumber } from "./dates";
import { sumAbsence, type DayRecord } from "./days";
import { requiredHistoryDays } from "./history";
import { meetsThreshold } from "./share";
import type { PupilStairState } from "./state";

/** A school day never has more minutes than this: a bound above it is no promise at all. */
const DAY_MINUTES = 24 * 60;

/**
 * The fewest scheduled minutes each later school day must have for a pupil in `state` to stay
 * at step 0 over any run of such days without absence: 1 when any school day will do; null
 * when the pupil is not at step 0 or no such bound exists. `records` are the pupil's school
 * days up to `state.lastEvaluated` (at least the staircase's required history, or all of them),
 * as the engine was given them.
 */
export function stillMinutes(
  staircase: Staircase,
  records: readonly DayRecord[],
  state: PupilStairState,
): number | null {
  if (state.step !== 0) return null;
  const first = staircase.steps[0];
  if (!first) return 1;
  const lastDay = dayNumber(state.lastEvaluated);
  if (lastDay === null) return null;
  const window = records.filter((d) => d.day <= lastDay).slice(-requiredHistoryDays(staircase));
  let minutes = 1;
  for (const trigger of first.triggers) {
    const needed = minutesFor(trigger, window, lastDay);
    if (needed === null || needed > DAY_MINUTES) return null;
    minutes = Math.max(minutes, needed);
  }
  return minutes;
}

function minutesFor(trigger: Trigger, window: readonly DayRecord[], lastDay: number) {
  switch (trigger.kind) {
    case "first_unexcused":
    case "consecutive_days":
      return 1;
    case "recurring_valid": {
      // The first new day is at least a day later; later ones only shorten the calendar window.
      const after = lastDay + 1 - 7 * trigger.weeks;
      const counted = window.filter((d) => d.day > after && d.valid > 0).length;
      return counted < trigger.minOccurrences ? 1 : null;
    }
    case "absence_share": {
      const { windowDays, absenceKind, thresholdPercent } = trigger;
      const operator = trigger.operator ?? ">=";
      if (!(thresholdPercent > 0)) return null;
      let minutes = 1;
      // j new days: the rule reads the last windowDays - j days read, if the window is full.
      for (let j = 1; j < windowDays; j++) {
        if (window.length + j < windowDays) continue;
        const kept = window.slice(window.length - (windowDays - j));
        const { absent, scheduled } = sumAbsence(kept, absenceKind);
        if (absent === 0) continue;
        // The least M with absent / (scheduled + j·M) under the threshold: from the algebra,
        // then settled with the very comparison the engine makes.
        const estimate = (100 * absent - thresholdPercent * scheduled) / (thresholdPercent * j);
        let m = Math.max(minutes, Math.floor(estimate) - 1);
        while (
          m <= DAY_MINUTES &&
          meetsThreshold(absent, scheduled + j * m, thresholdPercent, operator)
        ) {
          m++;
        }
        minutes = m;
      }
      return minutes;
    }
    case "no_improvement":
      return null;
  }
}
