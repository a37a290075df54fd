// Calendar dates as "YYYY-MM-DD" strings with no time of day or zone: attendance is reported per
// school day, and deadlines are counted in whole calendar days, so daylight-saving changes must
// never move a date. Arithmetic goes through UTC day numbers for that reason.
//
// Kept local to the attendance rules so the staircase has no dependency on another feature's
// date module; the two can be merged once the shared one is settled.

/** A calendar date "YYYY-MM-DD". */
export type IsoDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Dates already parsed. An evaluation parses the same few hundred school days for every pupil
 * of a municipality (millions of calls, most of the engine's time otherwise); the cap only
 * guards against a caller that feeds endless distinct strings.
 */
const parsed = new Map<string, number | null>();
const MAX_PARSED = 50_000;

/** Days since 1970-01-01 for a valid date, otherwise null (e.g. "2025-02-30"). */
export function dayNumber(date: unknown): number | null {
  if (typeof date !== "string") return null;
  const known = parsed.get(date);
  if (known !== undefined) return known;
  const day = parseDayNumber(date);
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(date, day);
  return day;
}

function parseDayNumber(date: string): number | null {
  const m = PATTERN.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC silently rolls 30 February into March and maps years 0-99 to 1900-1999; a
  // round trip rejects both.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null;
  if (back.getUTCDate() !== day) return null;
  return time / MS_PER_DAY;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return dayNumber(value) !== null;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function strictDayNumber(date: IsoDate): number {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return n;
}

/** `date` plus a whole number of calendar days (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError("days must be an integer");
  return fromDayNumber(strictDayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return strictDayNumber(to) - strictDayNumber(from);
}
