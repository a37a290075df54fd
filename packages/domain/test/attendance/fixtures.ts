// Readable attendance scenarios for the tests: one character per weekday (weekends skipped).
import { addDays, type IsoDate, type SchoolDaySummary } from "@kring/domain/attendance";

export const FULL_DAY = 360;

/**
 * Pattern characters:
 *   "."  present all day        "-"  no school (scheduledMinutes 0)
 *   "V"  valid absence all day  "v"  valid absence 60 min
 *   "I"  invalid absence all day "i" invalid absence 60 min
 *   "H"  half valid, half invalid
 */
const CHAR: Record<string, [number, number, number]> = {
  ".": [FULL_DAY, 0, 0],
  "-": [0, 0, 0],
  V: [FULL_DAY, FULL_DAY, 0],
  v: [FULL_DAY, 60, 0],
  I: [FULL_DAY, 0, FULL_DAY],
  i: [FULL_DAY, 0, 60],
  H: [FULL_DAY, FULL_DAY / 2, FULL_DAY / 2],
};

/** Weekday dates from `start` (which should be a Monday for readable patterns). */
export function weekdays(start: IsoDate, count: number): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = start; dates.length < count; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) dates.push(date);
  }
  return dates;
}

export function day(date: IsoDate, valid = 0, invalid = 0, scheduled = FULL_DAY): SchoolDaySummary {
  return {
    date,
    scheduledMinutes: scheduled,
    presentMinutes: Math.max(0, scheduled - valid - invalid),
    validAbsenceMinutes: valid,
    invalidAbsenceMinutes: invalid,
  };
}

/** Spaces in the pattern are ignored, so weeks can be written "..... .....". */
export function term(pattern: string, start: IsoDate = TERM_START): SchoolDaySummary[] {
  const chars = [...pattern.replaceAll(" ", "")];
  return weekdays(start, chars.length).map((date, i) => {
    const spec = CHAR[chars[i] ?? "."];
    if (!spec) throw new Error(`unknown pattern character ${chars[i]}`);
    return day(date, spec[1], spec[2], spec[0]);
  });
}

/** Monday 18 August 2025, the first week of the autumn term. */
export const TERM_START = "2025-08-18";

export function lastDate(days: readonly SchoolDaySummary[]): IsoDate {
  const last = days.at(-1);
  if (!last) throw new Error("no days");
  return last.date;
}

/** The date of the n-th (1-based) weekday of the term. */
export function nth(n: number, start: IsoDate = TERM_START): IsoDate {
  const date = weekdays(start, n).at(-1);
  if (!date) throw new Error("n must be ≥ 1");
  return date;
}
