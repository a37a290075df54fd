import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  compareCivilDates,
  daysBetween,
  daysInMonth,
  isCivilDate,
  stockholmDate,
} from "../../src/cases";

// Civil dates 1900-2200 as strings, built independently of the code under test.
const civilDate = fc
  .date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("2200-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const offset = fc.integer({ min: -20_000, max: 20_000 });

describe("civil dates", () => {
  it("validates the format and the calendar", () => {
    for (const ok of ["2026-01-01", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"]) {
      expect(isCivilDate(ok)).toBe(true);
    }
    for (const bad of [
      "2026-02-29",
      "1900-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "2026-1-01",
      "26-01-01",
      "",
      20260101,
    ]) {
      expect(isCivilDate(bad)).toBe(false);
    }
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2026-02-01", 1.5)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-03-02", 7)).toBe("2026-03-09");
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-01-15", 30)).toBe("2026-02-14");
    // Daylight saving starts 2026-03-29 in Stockholm: no effect on civil dates.
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
  });

  it("adds months, clamping to the end of shorter months", () => {
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-02-28", 6)).toBe("2026-08-28");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
    expect(addMonths("2026-10-15", 6)).toBe("2027-04-15");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addYears("2024-02-29", 2)).toBe("2026-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("counts and compares days", () => {
    expect(daysBetween("2026-03-02", "2026-03-09")).toBe(7);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(compareCivilDates("2026-03-02", "2026-03-09")).toBeLessThan(0);
    expect(compareCivilDates("2026-03-09", "2026-03-09")).toBe(0);
  });

  it("takes the Stockholm civil date of an instant, in winter and summer time", () => {
    expect(stockholmDate(new Date("2026-01-15T22:59:59Z"))).toBe("2026-01-15");
    expect(stockholmDate(new Date("2026-01-15T23:00:00Z"))).toBe("2026-01-16");
    expect(stockholmDate(new Date("2026-06-15T21:59:59Z"))).toBe("2026-06-15");
    expect(stockholmDate(new Date("2026-06-15T22:00:00Z"))).toBe("2026-06-16");
    expect(() => stockholmDate(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("civil date properties", () => {
  it("addDays(addDays(d, a), b) = addDays(d, a + b)", () => {
    fc.assert(
      fc.property(
        civilDate,
        offset,
        offset,
        (d, a, b) => addDays(addDays(d, a), b) === addDays(d, a + b),
      ),
    );
  });

  it("addDays agrees with UTC millisecond arithmetic and daysBetween inverts it", () => {
    fc.assert(
      fc.property(civilDate, offset, (d, n) => {
        const oracle = new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(addDays(d, n)).toBe(oracle);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it("addMonths lands in the right month on the same day or the month's last day", () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const r = addMonths(d, n);
        const [y, m, day] = d.split("-").map(Number) as [number, number, number];
        const [ry, rm, rday] = r.split("-").map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(n);
        expect(rday).toBe(Math.min(day, daysInMonth(ry, rm)));
        expect(isCivilDate(r)).toBe(true);
      }),
    );
  });
});
