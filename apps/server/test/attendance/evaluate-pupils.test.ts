import fc from "fast-check";
import { type SchoolDaySummary, addDays, prepareDays } from "@kring/domain/attendance";
import { describe, expect, it } from "vitest";
import {
  NEVER_ABSENT,
  clearDaysOf,
  decodeDays,
  decodeSchoolDays,
  encodeDays,
  recentDaysOf,
} from "../../src/features/attendance/evaluation/evaluate-pupils";

const day = (date: string, scheduled: number, valid = 0, invalid = 0) => ({
  date,
  scheduledMinutes: scheduled,
  validAbsenceMinutes: valid,
  invalidAbsenceMinutes: invalid,
});

describe("a pupil's days as the database aggregates them", () => {
  it("decodes day numbers and minutes, in date order", () => {
    // 20332 = 2025-09-01; 20333 = 2025-09-02; -1 = 1969-12-31.
    expect(decodeDays("20333,300,0,60;20332,300,45,0;-1,0,0,0")).toEqual([
      day("1969-12-31", 0),
      day("2025-09-01", 300, 45),
      day("2025-09-02", 300, 0, 60),
    ]);
    expect(decodeDays("")).toEqual([]);
  });
});

describe("a pupil's days decoded straight into the engine's school days", () => {
  // Days of a term in any order, some not school days, some with absence above the schedule.
  const termArb = fc
    .uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 })
    .chain((offsets) =>
      fc.tuple(
        ...offsets.map((offset) =>
          fc
            .tuple(
              fc.constantFrom(0, 300, 360),
              fc.integer({ min: 0, max: 400 }),
              fc.integer({ min: 0, max: 400 }),
            )
            .map(([scheduled, valid, invalid]) =>
              day(addDays("2025-08-18", offset), scheduled, valid, invalid),
            ),
        ),
      ),
    );

  it("are what the engine's own validation makes of them, up to the given day", () => {
    fc.assert(
      fc.property(termArb, fc.integer({ min: 20317, max: 20380 }), (days, until) => {
        const upTo = days.filter((d) => d.date <= addDays("1970-01-01", until));
        const { records, last } = decodeSchoolDays(encodeDays(days), until);
        expect(records).toEqual(prepareDays(upTo));
        expect(last).toBe(
          upTo
            .map((d) => d.date)
            .sort()
            .at(-1) ?? null,
        );
      }),
    );
  });
});

/** As the engine sees them: school days only, in date order. */
const schoolDays = (days: SchoolDaySummary[]) => prepareDays(days);

describe("school days in a row without absence", () => {
  const days = schoolDays([
    day("2025-09-01", 300, 30),
    day("2025-09-02", 300),
    day("2025-09-03", 0, 0, 20), // not a school day: neither counts nor breaks the run
    day("2025-09-04", 300),
  ]);

  it("counts back to the last absence", () => {
    expect(clearDaysOf(days, "first day")).toBe(2);
    expect(clearDaysOf(schoolDays([day("2025-09-05", 300, 0, 1)]), "first day")).toBe(0);
    expect(clearDaysOf([...days, ...schoolDays([day("2025-09-05", 300, 0, 1)])], "first day")).toBe(
      0,
    );
  });

  it("is unbounded for a pupil never absent since their first day", () => {
    expect(clearDaysOf(days.slice(1), "first day")).toBe(NEVER_ABSENT);
    expect(clearDaysOf([], "first day")).toBe(NEVER_ABSENT);
  });

  it("continues a stored count when every day read is clear", () => {
    const read = days.slice(1);
    // Two school days read, one of them after the stored date.
    expect(clearDaysOf(read, { lastEvaluated: "2025-09-02", clearDays: 40 })).toBe(41);
    // A stored count shorter than the days read (unknown, 0): the days read are the bound.
    expect(clearDaysOf(read, { lastEvaluated: "2025-09-02", clearDays: 0 })).toBe(2);
    expect(clearDaysOf(read, { lastEvaluated: "2025-09-02", clearDays: NEVER_ABSENT })).toBe(
      NEVER_ABSENT,
    );
    // An absence among the days read ends the run whatever was stored.
    expect(clearDaysOf(days, { lastEvaluated: "2025-09-02", clearDays: 40 })).toBe(2);
  });
});

describe("the recent days stored with a pupil's state", () => {
  it("keeps the last school days of the history window, encoded as the database does", () => {
    const days = [
      day("2025-09-01", 300, 30),
      day("2025-09-02", 300),
      day("2025-09-03", 0, 0, 20), // not a school day: neither kept nor counted
      day("2025-09-04", 300, 0, 15),
    ];
    expect(recentDaysOf(schoolDays(days), 2)).toBe("20333,300,0,0;20335,300,0,15");
    expect(decodeDays(recentDaysOf(schoolDays(days), 10))).toEqual([days[0], days[1], days[3]]);
    expect(recentDaysOf([], 21)).toBe("");
  });
});
