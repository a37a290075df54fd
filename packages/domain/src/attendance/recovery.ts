/** The rule for leaving the staircase, shared by every step. */
import { lastDays, sumAbsence } from "./days";
import * as text from "./reasons";
import { meetsThreshold, roundedPercent } from "./share";
import type { Firing, TriggerContext } from "./triggers";

/**
 * Leaving the staircase: over the last recovery window of school days, all spent at the current
 * step, total absence is under the recovery percent and there is no invalid absence. Requiring
 * the whole window after the step was reached stops a pupil from bouncing straight back down on
 * the day after climbing.
 */
export function recovery(ctx: TriggerContext): Firing | null {
  const { windowDays, recoveryPercent } = ctx.settings.recovery;
  const days = lastDays(ctx.window, windowDays);
  if (ctx.step === 0 || !days || ctx.sinceDay === null) return null;
  if ((days[0]?.day ?? ctx.sinceDay) <= ctx.sinceDay) return null;
  if (days.some((d) => d.invalid > 0)) return null;
  const { absent, scheduled } = sumAbsence(days, "any");
  if (meetsThreshold(absent, scheduled, recoveryPercent, ">=")) return null;
  return {
    code: "recovered",
    thresholdPercent: null,
    operator: null,
    measuredPercent: roundedPercent(absent, scheduled),
    text: text.recoveredText(recoveryPercent, windowDays),
  };
}
