import {
  type PupilEvaluation,
  type PupilStairState,
  type SchoolDaySummary,
  type Staircase,
  evaluatePupil,
} from "@kring/domain/attendance";

// The pure middle of an evaluation: decode each pupil's days and run the domain's engine. No
// I/O, so the same code serves the nightly run, the run after an import and an administrator's
// preview of a draft staircase.

export interface PupilInput {
  childId: string;
  /** Null: evaluate from the first day of data (new pupil, changed staircase or a correction). */
  previous: PupilStairState | null;
  /** "date,scheduled,valid,invalid;…" in date order, as the database aggregates them. */
  days: string;
}

export interface PupilOutcome extends PupilEvaluation {
  childId: string;
  /** Evaluated from the first day: its earlier transitions may differ from what was stored. */
  fromScratch: boolean;
}

export function decodeDays(text: string): SchoolDaySummary[] {
  if (!text) return [];
  return text.split(";").map((day) => {
    const [date, scheduled, valid, invalid] = day.split(",");
    return {
      date: date!,
      scheduledMinutes: Number(scheduled),
      validAbsenceMinutes: Number(valid),
      invalidAbsenceMinutes: Number(invalid),
    };
  });
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
