/** How much attendance history the engine needs, so callers can stream a bounded window. */
import { resolveSettings, type Staircase, type Trigger } from "./config";

function triggerDays(trigger: Trigger): number {
  switch (trigger.kind) {
    case "absence_share":
      return trigger.windowDays;
    case "consecutive_days":
      return trigger.days;
    case "first_unexcused":
      return 1;
    // A calendar window of N weeks holds at most 7·N school days (some schools teach on
    // Saturdays), so that many school days always cover it.
    case "recurring_valid":
      return 7 * trigger.weeks;
    case "no_improvement":
      return trigger.windowDays ?? 7 * trigger.weeksAfterPreviousStep;
  }
}

/**
 * The number of most recent school days (days with scheduledMinutes > 0) the engine looks at
 * when it evaluates one date. To evaluate the dates after `previous.lastEvaluated` up to `asOf`,
 * pass every school day in that range plus at least this many minus one school days before it;
 * anything older is never read. Days with scheduledMinutes 0 may be passed or left out.
 */
export function requiredHistoryDays(staircase: Staircase): number {
  const settings = resolveSettings(staircase);
  let needed = Math.max(1, settings.recovery.windowDays);
  for (const step of staircase.steps) {
    for (const trigger of step.triggers) needed = Math.max(needed, triggerDays(trigger));
  }
  return needed;
}
