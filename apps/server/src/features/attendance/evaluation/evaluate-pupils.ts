import {
  type DayRecord,
  type PupilEvaluation,
  type PupilStairState,
  type Staircase,
  dayNumber,
  evaluateSchoolDays,
  fromDayNumber,
} from "@kring/domain/attendance";

// The pure middle of an evaluation: decode each pupil's days and run the domain's engine. No
// I/O, so the same code serves the nightly run, the run after an import and an administrator's
// preview of a draft staircase.

export interface PupilInput {
  childId: string;
  /** Null: evaluate from the first day of data (new pupil, changed staircase or a correction). */
  previous: PupilStairState | null;
  /** "day,scheduled,valid,invalid;…" (day: days since 1970-01-01), as the database aggregates them. */
  days: string;
  /** The stored clear-day count up to `previous.lastEvaluated` (0 when unknown). */
  clearDays?: number;
}

export interface PupilOutcome extends PupilEvaluation {
  childId: string;
  /** Evaluated from the first day: its earlier transitions may differ from what was stored. */
  fromScratch: boolean;
  /** School days in a row with no absence up to the evaluated date (see clearDaysOf). */
  clearDays: number;
}

/**
 * The clear-day count of a pupil never absent since their first day: days before it count as
 * clear, so the run is as long as any history window. Kept far below the int column's limit,
 * since each quiet increment adds to it.
 */
export const NEVER_ABSENT = 1_000_000;

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
 * prepareDays in one pass, without validating again what the database holds: decoding,
 * validating and copying each day was half of the engine's time in an increment. Read digit by
 * digit: splitting the text into arrays of strings for tens of thousands of pupils a run made
 * decoding, and the garbage it left, a fifth of the evaluation's time in Node.
 */
export function decodeSchoolDays(
  text: string,
  until: number,
): { records: DayRecord[]; last: string | null } {
  const records: DayRecord[] = [];
  let lastDay = -Infinity;
  let sorted = true;
  let at = 0;
  const next = () => {
    const negative = text.charCodeAt(at) === 45;
    if (negative) at++;
    let value = 0;
    for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) {
      value = value * 10 + (c - 48);
    }
    at++;
    return negative ? -value : value;
  };
  while (at < text.length) {
    const [day, scheduled, valid, invalid] = [next(), next(), next(), next()];
    if (day > until) continue;
    if (day > lastDay) lastDay = day;
    if (scheduled <= 0) continue;
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

/**
 * School days in a row, up to the last of `days`, with no absence of any kind: what lets the next
 * increment advance the pupil without the engine (quiet-pupils.repository.ts). Exact when `days`
 * are all the pupil's days; when they are only the window after a stored state, a lower bound,
 * extended by the stored count when the run covers every day read.
 */
export function clearDaysOf(
  days: readonly DayRecord[],
  from: { lastEvaluated: string; clearDays: number } | "first day",
): number {
  let clear = 0;
  let after = 0;
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i]!;
    if (day.any > 0) return clear;
    clear++;
    if (from !== "first day" && day.date > from.lastEvaluated) after++;
  }
  // Every day read is clear, so the run reaches back beyond them.
  if (from === "first day") return NEVER_ABSENT;
  return Math.max(clear, Math.min(NEVER_ABSENT, from.clearDays + after));
}

/** What is known of the run before the days read (without `previous`, every day was read). */
function clearFrom(pupil: PupilInput, previous: PupilStairState | null, last: string) {
  if (pupil.previous === null) return "first day";
  // A stored state beyond the days read (days since removed) says nothing about them.
  if (previous === null) return { lastEvaluated: last, clearDays: 0 };
  return { lastEvaluated: previous.lastEvaluated, clearDays: pupil.clearDays ?? 0 };
}

/**
 * Evaluates each pupil up to the last day of their data (not beyond `today`): a pupil's state
 * then says "evaluated through the last day we know", and tomorrow's data continues it.
 */
export function evaluatePupils(
  staircase: Staircase,
  pupils: PupilInput[],
  today: string,
): PupilOutcome[] {
  const outcomes: PupilOutcome[] = [];
  const until = dayNumber(today);
  if (until === null) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
  for (const pupil of pupils) {
    const { records, last } = decodeSchoolDays(pupil.days, until);
    if (!last) continue;
    const previous = pupil.previous && pupil.previous.lastEvaluated <= last ? pupil.previous : null;
    const evaluation = evaluateSchoolDays(staircase, records, previous, last);
    outcomes.push({
      childId: pupil.childId,
      fromScratch: previous === null,
      clearDays: clearDaysOf(records, clearFrom(pupil, previous, last)),
      ...evaluation,
    });
  }
  return outcomes;
}
