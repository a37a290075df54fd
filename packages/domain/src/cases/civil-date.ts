// Civil (calendar) dates as "YYYY-MM-DD" strings, the way Swedish case work counts days: a date in
// Europe/Stockholm, with no time of day and no time zone. All arithmetic is on the proleptic
// Gregorian calendar via day numbers, so daylight-saving changes can never shift a deadline.

/** A civil date "YYYY-MM-DD" (year 0001-9999). Validate untrusted input with `isCivilDate`. */
export type CivilDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parts(date: CivilDate): Ymd | null {
  const m = PATTERN.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function strictParts(date: CivilDate): Ymd {
  const p = parts(date);
  if (!p) throw new RangeError(`Not a civil date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return p;
}

export function isCivilDate(value: unknown): value is CivilDate {
  return typeof value === "string" && parts(value) !== null;
}

function format({ year, month, day }: Ymd): CivilDate {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Days since 1970-01-01 (H. Hinnant's days_from_civil / civil_from_days).
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function checkedFormat(p: Ymd): CivilDate {
  if (p.year < 1 || p.year > 9999) throw new RangeError("Civil date out of range (0001-9999)");
  return format(p);
}

/** `date` plus `days` (may be negative). */
export function addDays(date: CivilDate, days: number): CivilDate {
  if (!Number.isInteger(days)) throw new RangeError("days must be an integer");
  return checkedFormat(fromDayNumber(toDayNumber(strictParts(date)) + days));
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the target month is clamped
 * to its last day (2025-08-31 + 6 months = 2026-02-28; 2027-08-31 + 6 = 2028-02-29).
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  if (!Number.isInteger(months)) throw new RangeError("months must be an integer");
  const { year, month, day } = strictParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return checkedFormat({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** `date` plus whole years (29 February falls back to 28 February in common years). */
export function addYears(date: CivilDate, years: number): CivilDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(strictParts(to)) - toDayNumber(strictParts(from));
}

/** Negative, zero or positive like a sort comparator. */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return daysBetween(b, a);
}

const STOCKHOLM = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The civil date in Europe/Stockholm at an instant (e.g. 2025-03-30T22:30Z is 2025-03-31). */
export function stockholmDate(instant: Date): CivilDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid Date");
  const fields = STOCKHOLM.formatToParts(instant);
  const get = (type: string) => Number(fields.find((f) => f.type === type)?.value);
  return checkedFormat({ year: get("year"), month: get("month"), day: get("day") });
}
