import fc from "fast-check";
import { type SchoolDaySummary, addDays, prepareDays } from "@kring/domain/attendance";
import { describe, expect, it } from "vitest";
import { decodeSchoolDays, packDay } from "../../src/features/attendance/evaluation/packed-days";

const day = (date: string, scheduled: number, valid = 0, invalid = 0) => ({
  date,
  scheduledMinutes: scheduled,
  validAbsenceMinutes: valid,
  invalidAbsenceMinutes: invalid,
});

/** Days as the database aggregates them (packed-days.ts). */
const encodeDays = (days: SchoolDaySummary[]) =>
  days
    .map((d) => {
      const dayNumber = Date.parse(`${d.date}T00:00:00Z`) / 86_400_000;
      return packDay(dayNumber, d.scheduledMinutes, d.validAbsenceMinutes, d.invalidAbsenceMinutes);
    })
    .join(",");

describe("a pupil's days as the database aggregates them", () => {
  it("decodes day numbers and minutes into school days in date order", () => {
    // 20332 = 2025-09-01; 20333 = 2025-09-02; -1 = 1969-12-31 (not a school day).
    const text = [packDay(20333, 300, 0, 60), packDay(20332, 300, 45, 0), packDay(-1, 0, 0, 0)];
    const { records, last } = decodeSchoolDays(text.join(","), 20333);
    expect(records).toEqual([
      { date: "2025-09-01", day: 20332, scheduled: 300, valid: 45, invalid: 0, any: 45 },
      { date: "2025-09-02", day: 20333, scheduled: 300, valid: 0, invalid: 60, any: 60 },
    ]);
    expect(last).toBe("2025-09-02");
    expect(decodeSchoolDays(packDay(20333, 300, 0, 60), 20332)).toEqual({
      records: [],
      last: null,
    });
    expect(decodeSchoolDays("", 20333)).toEqual({ records: [], last: null });
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
