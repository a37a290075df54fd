// The child's closing ORS/CORS (#17.7). The schedule takes ORS/CORS at meetings (HLT: each
// session); when it takes them at evaluation or closing meetings, closure asks for the child's
// closing rating as it does for the SDQ: with a rating to compare it to, and never the first one.
import { addDays, compareCivilDates, type CivilDate } from "../cases/civil-date";
import type { DueMeasurement, InstrumentScheduleRules } from "./schedule";

/** The schedule takes the child's ORS/CORS at the evaluation or closing meeting. */
export function asksClosingOrs(
  rules: Pick<InstrumentScheduleRules, "sessionInstruments" | "sessionMeetingKinds">,
): boolean {
  return (
    rules.sessionInstruments.includes("ors") &&
    rules.sessionMeetingKinds.some((k) => k === "evaluation" || k === "closing")
  );
}

/**
 * Whether closing today lacks the child's closing ORS/CORS: the schedule asks for it, the child
 * gave one earlier, and none but the first was given within the closure window (the tenant's
 * `sdqClosureWindowDays`, the same window as the closing SDQ).
 */
export function closingOrsMissing(
  due: readonly DueMeasurement[],
  rules: Pick<
    InstrumentScheduleRules,
    "sessionInstruments" | "sessionMeetingKinds" | "sdqClosureWindowDays"
  >,
  today: CivilDate,
): boolean {
  if (!asksClosingOrs(rules)) return false;
  const given = due
    .filter((m) => m.instrument === "ors" && m.doneOn)
    .map((m) => m.doneOn!)
    .sort(compareCivilDates);
  if (given.length === 0) return false;
  const windowStart = addDays(today, -rules.sdqClosureWindowDays);
  return !given.slice(1).some((on) => compareCivilDates(on, windowStart) >= 0);
}
