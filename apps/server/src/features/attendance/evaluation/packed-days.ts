import { sql } from "kysely";
import { type DayRecord, fromDayNumber } from "@kring/domain/attendance";

// How a pupil's days travel from the database to the engine: one number per day, the date and
// its three minute counts packed into 53 bits, joined by commas into one text per pupil. A row
// per day, or a text with four numbers per day, cost far more: in an increment, formatting the
// four numbers and the separators of every day took two thirds of the database's time reading
// them, where one integer per day is a single conversion.
//
//   bits 36..52  the date, as days since 1900-01-01 (17 bits: until the year 2258)
//   bits 24..35  scheduled minutes   ┐
//   bits 12..23  valid absence       ├ 12 bits each, at most 4095: a day has 1 440 minutes, so
//   bits  0..11  invalid absence     ┘ only nonsense is clamped (the engine clamps absence to
//                                      the schedule anyway)

const MINUTES = 4096;
const DATE_FACTOR = MINUTES ** 3;
/** 1900-01-01 in days since 1970-01-01. */
const BASE_DAY = -25_567;
const MAX_MINUTES = MINUTES - 1;

/** The aggregate over day rows `d` (date and minute columns of attendance_day). */
export const PACKED_DAYS = sql<string>`string_agg(((d.date - date '1900-01-01')::int8
  * ${sql.lit(DATE_FACTOR)} + least(d.scheduled_minutes, ${sql.lit(MAX_MINUTES)})::int8
  * ${sql.lit(MINUTES ** 2)} + least(d.valid_minutes, ${sql.lit(MAX_MINUTES)}) * ${sql.lit(MINUTES)}
  + least(d.invalid_minutes, ${sql.lit(MAX_MINUTES)}))::text, ',')`;

/** One day as PACKED_DAYS writes it. */
export function packDay(day: number, scheduled: number, valid: number, invalid: number): string {
  // No closures here: this runs for every day looked back on of every pupil of an increment.
  const packed =
    (day - BASE_DAY) * DATE_FACTOR +
    Math.min(scheduled, MAX_MINUTES) * MINUTES ** 2 +
    Math.min(valid, MAX_MINUTES) * MINUTES +
    Math.min(invalid, MAX_MINUTES);
  return String(packed);
}

/** School days as PACKED_DAYS writes them (already clamped as the engine reads them). */
export function packSchoolDays(records: readonly DayRecord[]): string {
  let text = "";
  for (const r of records) {
    text += (text === "" ? "" : ",") + packDay(r.day, r.scheduled, r.valid, r.invalid);
  }
  return text;
}

/** Dates by day number: a term has a few hundred, shared by every pupil. */
const dates = new Map<number, string>();

function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    if (dates.size >= 50_000) dates.clear();
    date = fromDayNumber(day);
    dates.set(day, date);
  }
  return date;
}

/**
 * A pupil's school days up to `until` (a day number) as the engine's records, and the last date
 * of any day up to it, a weekend's included (null: none). Decoding and the engine's
 * prepareDays in one pass, without validating again what the database holds. Read digit by
 * digit: splitting texts into arrays of strings for tens of thousands of pupils a run made
 * decoding, and the garbage it left, a fifth of the evaluation's time in Node.
 */
export function decodeSchoolDays(
  text: string,
  until: number,
): { records: DayRecord[]; last: string | null } {
  const records: DayRecord[] = [];
  let lastDay = -Infinity;
  let sorted = true;
  for (let at = 0; at < text.length; at++) {
    // Below 2^53: exact in a double, digit by digit.
    let packed = 0;
    for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) {
      packed = packed * 10 + (c - 48);
    }
    const day = Math.floor(packed / DATE_FACTOR) + BASE_DAY;
    if (day > until) continue;
    if (day > lastDay) lastDay = day;
    const invalid = packed % MINUTES;
    const valid = Math.floor(packed / MINUTES) % MINUTES;
    const scheduled = Math.floor(packed / MINUTES ** 2) % MINUTES;
    if (scheduled === 0) continue;
    if (records.length > 0 && day <= records.at(-1)!.day) sorted = false;
    // Clamped as prepareDays does: a share never exceeds 100 %.
    records.push({
      date: dateOf(day),
      day,
      scheduled,
      valid: Math.min(valid, scheduled),
      invalid: Math.min(invalid, scheduled),
      any: Math.min(valid + invalid, scheduled),
    });
  }
  if (!sorted) {
    records.sort((a, b) => a.day - b.day);
    for (let i = 1; i < records.length; i++) {
      // The window and the new days never overlap; two rows of one date would be a fault here.
      if (records[i]!.day === records[i - 1]!.day) {
        throw new Error(`two summaries of ${records[i]!.date} for one pupil`);
      }
    }
  }
  return { records, last: lastDay === -Infinity ? null : dateOf(lastDay) };
}
