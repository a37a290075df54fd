import { describe, expect, it } from "vitest";
import {
  DEFAULT_INSTRUMENT_SCHEDULE,
  type DueMeasurement,
  asksClosingOrs,
  closingOrsMissing,
} from "../../src/instruments";

// #17.7: closure asks for the child's closing ORS/CORS when the schedule takes it at the
// evaluation or closing meeting, as it does for the SDQ: never the first rating, only with one to
// compare it to, within the closure window.
const ors = (doneOn?: string): DueMeasurement => ({
  instrument: "ors",
  informant: "self",
  version: "CORS",
  occasion: "meeting",
  dueDate: doneOn ?? "2026-12-01",
  status: doneOn ? "done" : "overdue",
  requested: false,
  ...(doneOn ? { doneOn } : {}),
});
const rules = DEFAULT_INSTRUMENT_SCHEDULE;
const today = "2026-12-08";

describe("the child's closing ORS/CORS", () => {
  it("is asked for by the default schedule, which takes ORS at evaluation and closing meetings", () => {
    expect(asksClosingOrs(rules)).toBe(true);
    expect(asksClosingOrs({ ...rules, sessionInstruments: ["srs"] })).toBe(false);
    expect(asksClosingOrs({ ...rules, sessionMeetingKinds: ["network_meeting_1"] })).toBe(false);
  });

  it("is missing when only the first rating was given, or none lately", () => {
    expect(closingOrsMissing([ors("2026-12-07")], rules, today)).toBe(true);
    expect(closingOrsMissing([ors("2026-03-01"), ors("2026-06-01")], rules, today)).toBe(true);
  });

  it("is not missing with a later rating in the window, nor without any rating to compare to", () => {
    expect(closingOrsMissing([ors("2026-03-01"), ors("2026-11-20")], rules, today)).toBe(false);
    expect(closingOrsMissing([ors()], rules, today)).toBe(false);
    expect(closingOrsMissing([], rules, today)).toBe(false);
    expect(
      closingOrsMissing([ors("2026-12-07")], { ...rules, sessionMeetingKinds: [] }, today),
    ).toBe(false);
  });
});
