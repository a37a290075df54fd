import {
  type PupilEvaluation,
  type PupilStairState,
  type Staircase,
  dayNumber,
  evaluateSchoolDays,
  requiredHistoryDays,
  stillMinutes,
} from "@kring/domain/attendance";
import { decodeSchoolDays, packSchoolDays } from "./packed-days";

// The pure middle of an evaluation: decode each pupil's days and run the domain's engine. No
// I/O, so the same code serves the nightly run, the run after an import and an administrator's
// preview of a draft staircase.

export interface PupilInput {
  childId: string;
  /** Null: evaluate from the first day of data (new pupil, changed staircase or a correction). */
  previous: PupilStairState | null;
  /** The pupil's days packed as the database aggregates them (packed-days.ts). */
  days: string;
}

export interface PupilOutcome extends PupilEvaluation {
  childId: string;
  /** Evaluated from the first day: its earlier transitions may differ from what was stored. */
  fromScratch: boolean;
  /** The domain's stillMinutes: what lets the next increment advance the pupil without the
   *  engine (quiet-pupils.repository.ts). */
  still: number | null;
  /** Without still minutes, the school days the engine will look back on next time, packed as
   *  the database packs them, so that the next increment need not read them (else null). */
  recent: string | null;
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
  const keep = requiredHistoryDays(staircase);
  for (const pupil of pupils) {
    const { records, last } = decodeSchoolDays(pupil.days, until);
    if (!last) continue;
    const previous = pupil.previous && pupil.previous.lastEvaluated <= last ? pupil.previous : null;
    const evaluation = evaluateSchoolDays(staircase, records, previous, last);
    const still = stillMinutes(staircase, records, evaluation.state);
    outcomes.push({
      childId: pupil.childId,
      fromScratch: previous === null,
      still,
      recent: still === null ? packSchoolDays(records.slice(-keep)) : null,
      ...evaluation,
    });
  }
  return outcomes;
}
