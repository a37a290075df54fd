import {
  type PupilEvaluation,
  type PupilStairState,
  type SchoolDaySummary,
  type Staircase,
  addDays,
  evaluatePupil,
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
}

export interface PupilOutcome extends PupilEvaluation {
  childId: string;
  /** Evaluated from the first day: its earlier transitions may differ from what was stored. */
  fromScratch: boolean;
}

/** Dates by day number: a term has a few hundred, shared by every pupil. */
const dates = new Map<number, string>();

function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    if (dates.size >= 50_000) dates.clear();
    date = addDays("1970-01-01", day);
    dates.set(day, date);
  }
  return date;
}

/** A pupil's days in date order. */
export function decodeDays(text: string): SchoolDaySummary[] {
  if (!text) return [];
  let sorted = true;
  let previous = -Infinity;
  const days = text.split(";").map((item) => {
    const [number, scheduled, valid, invalid] = item.split(",");
    const day = Number(number);
    if (day < previous) sorted = false;
    previous = day;
    return {
      date: dateOf(day),
      scheduledMinutes: Number(scheduled),
      validAbsenceMinutes: Number(valid),
      invalidAbsenceMinutes: Number(invalid),
    };
  });
  // Usually in order already (read along the index); ISO dates sort as text.
  if (!sorted) days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return days;
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
  for (const pupil of pupils) {
    const days = decodeDays(pupil.days).filter((d) => d.date <= today);
    const last = days.at(-1)?.date;
    if (!last) continue;
    const previous = pupil.previous && pupil.previous.lastEvaluated <= last ? pupil.previous : null;
    const evaluation = evaluatePupil(staircase, days, previous, last);
    outcomes.push({ childId: pupil.childId, fromScratch: previous === null, ...evaluation });
  }
  return outcomes;
}
