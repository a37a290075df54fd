import { describe, expect, it } from "vitest";
import {
  absenceBand,
  absenceShare,
  addDays,
  AttendanceInputError,
  daysBetween,
  isIsoDate,
  sameDayNotices,
  schoolDaysBetween,
} from "@kring/domain/attendance";
import { day, term } from "./fixtures";

describe("dates", () => {
  it("validates calendar dates strictly", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("0099-01-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });

  it("gives the same answers when asked again, however many dates it has seen", () => {
    // Dates are remembered once parsed; compare with Date's own arithmetic, then ask again
    // after more distinct dates than are remembered.
    const sample = ["2024-02-29", "2025-02-29", "2025-12-31", "0099-01-01", "2025-1-01", "x"];
    const expected = (d: string) =>
      isIsoDate(d) ? Date.parse(`${d}T00:00:00Z`) / 86_400_000 : null;
    const answers = () => sample.map((d) => (isIsoDate(d) ? daysBetween("1970-01-01", d) : null));
    expect(answers()).toEqual([19782, null, 20453, null, null, null]);
    expect(answers()).toEqual(sample.map(expected));
    let valid = 0;
    for (let i = 0; i < 60_000; i++) if (isIsoDate(addDays("2000-01-01", i))) valid++;
    expect(valid).toBe(60_000);
    expect(answers()).toEqual([19782, null, 20453, null, null, null]);
    expect(daysBetween("2000-01-01", "2164-04-09")).toBe(59_999);
  });

  it("adds and counts calendar days across month, year and DST changes", () => {
    expect(addDays("2025-03-28", 3)).toBe("2025-03-31");
    expect(addDays("2025-12-25", 14)).toBe("2026-01-08");
    expect(daysBetween("2025-10-20", "2025-10-27")).toBe(7);
    expect(() => addDays("2025-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("schoolDaysBetween", () => {
  it("counts only scheduled days, both ends included", () => {
    const days = term("..-.. .....");
    expect(schoolDaysBetween(days, "2025-08-18", "2025-08-22")).toBe(4);
    expect(schoolDaysBetween(days, "2025-08-19", "2025-08-25")).toBe(4);
    expect(schoolDaysBetween(days, "2025-09-01", "2025-09-30")).toBe(0);
  });
});

describe("absenceShare", () => {
  const days = term(".V.I. vvvvv"); // week 1: 2 full absences; week 2: 60 min valid daily

  it("measures the last N school days ending on a date, per kind", () => {
    const end = "2025-08-22";
    expect(absenceShare(days, { end, schoolDays: 5 }, "any").percent).toBe(40);
    expect(absenceShare(days, { end, schoolDays: 5 }, "valid").percent).toBe(20);
    expect(absenceShare(days, { end, schoolDays: 5 }, "invalid").percent).toBe(20);
    expect(absenceShare(days, { end, schoolDays: 2 }, "any").percent).toBe(50);
  });

  it("measures a date range and reports fewer days at the start of data", () => {
    const range = absenceShare(days, { from: "2025-08-25", to: "2025-08-29" }, "valid");
    expect(range).toEqual({
      schoolDays: 5,
      scheduledMinutes: 1800,
      absentMinutes: 300,
      percent: expect.closeTo(16.667, 3),
    });
    expect(absenceShare(days, { end: "2025-08-19", schoolDays: 20 }, "any").schoolDays).toBe(2);
    expect(absenceShare(days, { end: "2025-08-01", schoolDays: 5 }, "any").percent).toBeNull();
  });

  it("clamps absence reported above the schedule", () => {
    const share = absenceShare(
      [day("2025-08-18", 300, 300)],
      { end: "2025-08-18", schoolDays: 1 },
      "any",
    );
    expect(share.percent).toBe(100);
  });

  it("rejects unusable input with an English and Swedish message", () => {
    const bad = [day("2025-08-18"), { ...day("2025-08-19"), validAbsenceMinutes: -1 }];
    const error = catchError(() => absenceShare(bad, { end: "2025-08-19", schoolDays: 5 }, "any"));
    expect(error).toBeInstanceOf(AttendanceInputError);
    expect(error).toMatchObject({ field: "days[1].validAbsenceMinutes" });
    expect((error as AttendanceInputError).messageSv).toMatch(/minuter/);
    expect(() =>
      absenceShare(
        [day("2025-08-18"), day("2025-08-18")],
        { end: "2025-08-18", schoolDays: 1 },
        "any",
      ),
    ).toThrow(/same date/);
    expect(() =>
      absenceShare([day("2025-02-30")], { end: "2025-03-01", schoolDays: 1 }, "any"),
    ).toThrow(/YYYY-MM-DD/);
    expect(() => absenceShare([], { end: "2025-03-01", schoolDays: 0 }, "any")).toThrow(
      AttendanceInputError,
    );
  });
});

describe("sameDayNotices", () => {
  it("lists every date with invalid absence, however short, in date order", () => {
    const days = [day("2025-08-20", 0, 5), day("2025-08-18", 0, 60), day("2025-08-19", 360, 0)];
    expect(sameDayNotices(days)).toEqual([
      { date: "2025-08-18", invalidAbsenceMinutes: 60 },
      { date: "2025-08-20", invalidAbsenceMinutes: 5 },
    ]);
    expect(sameDayNotices(term("..V.."))).toEqual([]);
  });
});

describe("absenceBand", () => {
  it("lists the thresholds strictly exceeded", () => {
    expect(absenceBand(0)).toEqual([]);
    expect(absenceBand(10)).toEqual([]);
    expect(absenceBand(10.01)).toEqual([">10"]);
    expect(absenceBand(15)).toEqual([">10"]);
    expect(absenceBand(20)).toEqual([">10", ">15"]);
    expect(absenceBand(20.5)).toEqual([">10", ">15", ">20"]);
    expect(absenceBand(100)).toEqual([">10", ">15", ">20"]);
  });

  it("rejects a share that is not a percentage", () => {
    expect(() => absenceBand(Number.NaN)).toThrow(AttendanceInputError);
    expect(() => absenceBand(-1)).toThrow(AttendanceInputError);
    expect(() => absenceBand(101)).toThrow(AttendanceInputError);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
