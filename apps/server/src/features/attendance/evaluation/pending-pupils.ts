import { type PupilStairState, type SchoolDaySummary, addDays } from "@kring/domain/attendance";
import { NEVER_ABSENT, decodeDays, encodeDays } from "./evaluate-pupils";
import type { ChunkPupil, EvaluationContext } from "./evaluation-chunk";
import type { PendingRow, StoredState } from "./evaluation-reads.repository";
import type { Advance } from "./evaluation-writes.repository";
import { staircaseFor } from "./staircase-config.repository";

// How a day's increment treats each pupil marked as changed (pure: the rows are already read).
//
// Quiet pupils: after a day's import nearly every pupil is marked, and most of them are not on
// the staircase and were not away at all. The engine cannot move a pupil at step 0 with no
// absence in the history window of any new day (every trigger of a valid staircase needs
// absence, and recovery only applies above step 0; see "Standing still" in the domain's
// engine.ts), so only their "evaluated through" date and clear-day count move.
//
// The others continue from their stored state with the stored window of recent days and the new
// days, or, when the window is unknown or the stored state cannot be continued, with days read
// again per pupil (`needDays`).

export interface SortedPending {
  /** For the engine; their day text is in `days`, or is to be read (`needDays`). */
  pupils: ChunkPupil[];
  days: Map<string, string>;
  needDays: { childId: string; after: string | null }[];
  /** Pupils whose stored state was left out of the read (see PendingRow.state). */
  needStates: string[];
  /** Quiet pupils, advanced without the engine. */
  quiet: Advance[];
}

/**
 * How far behind the latest evaluated pupil of a chunk another may be and still have their new
 * days read with the chunk's: the read covers every pupil of the chunk on each date after the
 * earliest, so one pupil evaluated months ago must not stretch it over months.
 */
const LAG_DAYS = 14;

/**
 * The date after which the chunk's new days are read: the earliest "evaluated through" among
 * the pupils who continue and are not far behind the others (null: none continues).
 */
export function newDaysAfter(rows: PendingRow[]): string | null {
  const continuing = rows.filter(
    (r) => r.last_evaluated !== null && r.from_date > r.last_evaluated,
  );
  if (continuing.length === 0) return null;
  const latest = continuing.reduce(
    (max, r) => (r.last_evaluated! > max ? r.last_evaluated! : max),
    "",
  );
  const cutoff = addDays(latest, -LAG_DAYS);
  return continuing.reduce(
    (min, r) => (r.last_evaluated! >= cutoff && r.last_evaluated! < min ? r.last_evaluated! : min),
    latest,
  );
}

function storedOf(row: PendingRow): StoredState | undefined {
  if (row.state === null || row.last_evaluated === null) return undefined;
  const lastEvaluated = row.last_evaluated;
  return {
    key: row.staircase_key!,
    lastEvaluated,
    clearDays: row.clear_days ?? 0,
    recentDays: row.recent_days,
    // The column is authoritative for "evaluated through" (see advanceStates).
    state: { ...(JSON.parse(row.state) as PupilStairState), lastEvaluated },
  };
}

/** A quiet pupil's advance: every new school day without absence, else null. */
function quietAdvance(row: PendingRow, days: SchoolDaySummary[]): Advance | null {
  let schoolDays = 0;
  for (const day of days) {
    if (day.scheduledMinutes <= 0) continue;
    if (day.validAbsenceMinutes > 0 || day.invalidAbsenceMinutes > 0) return null;
    schoolDays++;
  }
  return {
    childId: row.child_id,
    through: days.at(-1)!.date,
    clearDays: Math.min(NEVER_ABSENT, (row.clear_days ?? 0) + schoolDays),
    // Their window moved on; it is read from the days if they are ever evaluated again.
    recentDays: null,
  };
}

/**
 * Sorts a chunk's pupils. `newDays`: each pupil's days after `newDays.after` (newDaysAfter)
 * up to today, as day text.
 */
export function sortPending(
  ctx: EvaluationContext,
  rows: PendingRow[],
  schools: Map<string, string>,
  newDays: { after: string | null; days: Map<string, string> },
): SortedPending {
  const sorted: SortedPending = {
    pupils: [],
    days: new Map(),
    needDays: [],
    needStates: [],
    quiet: [],
  };
  for (const row of rows) {
    const childId = row.child_id;
    const active = staircaseFor(ctx.staircases, schools.get(childId) ?? null);
    if (!active) continue;
    const last = row.last_evaluated;
    // Continue from the stored state only when it is this staircase's and no day it has
    // already judged has changed since; otherwise start over from the first day.
    if (last === null || row.staircase_key !== active.key || row.from_date <= last) {
      sorted.pupils.push({ childId, after: null, stored: storedOf(row), active });
      sorted.needDays.push({ childId, after: null });
      if (last !== null && row.state === null) sorted.needStates.push(childId);
      continue;
    }
    if (newDays.after === null || last < newDays.after) {
      // Far behind the others: their days are read on their own.
      sorted.pupils.push({ childId, after: last, stored: storedOf(row), active });
      sorted.needDays.push({ childId, after: last });
      if (row.state === null) sorted.needStates.push(childId);
      continue;
    }
    const text = newDays.days.get(childId) ?? "";
    const read = decodeDays(text);
    const days = read.filter((d) => d.date > last);
    // Changed only after today, or days removed: nothing new to judge.
    if (days.length === 0) continue;
    if (row.step === 0 && (row.clear_days ?? 0) >= active.history) {
      const quiet = quietAdvance(row, days);
      if (quiet) {
        sorted.quiet.push(quiet);
        continue;
      }
    }
    sorted.pupils.push({ childId, after: last, stored: storedOf(row), active });
    if (row.state === null) sorted.needStates.push(childId);
    if (row.recent_days === null) {
      sorted.needDays.push({ childId, after: last });
    } else {
      const fresh = days.length === read.length ? text : encodeDays(days);
      sorted.days.set(childId, row.recent_days === "" ? fresh : `${row.recent_days};${fresh}`);
    }
  }
  return sorted;
}
