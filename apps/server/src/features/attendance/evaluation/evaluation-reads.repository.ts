import { type Kysely, sql } from "kysely";
import type { PupilStairState } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";
import { PACKED_DAYS } from "./packed-days";

// Reads for an evaluation, a chunk of pupils at a time so that memory stays flat however large
// the municipality: never the whole term of every pupil at once. Days travel as one compact
// text per pupil (packed-days.ts), far cheaper than a row per day; sorting each pupil's days in
// the database cost more than the rest of the read (decodeSchoolDays sorts if needed).

type Db = Kysely<Database>;

export interface StoredState {
  key: string;
  lastEvaluated: string;
  still: number | null;
  /** The school days the engine looks back on from lastEvaluated, packed (null: read them). */
  recent: string | null;
  /** With its whole history, or only the last entry (all the engine reads to continue it). */
  whole: boolean;
  state: PupilStairState;
}

/**
 * Pupils' stored places and progress. `history: "last"`: the place kept with the progress, with
 * the last history entry alone (continuing a pupil the engine reads no more); "whole": the
 * state row with its whole history.
 */
export async function statesOf(
  db: Db,
  tenantId: string,
  childIds: string[],
  history: "whole" | "last",
) {
  if (childIds.length === 0) return new Map<string, StoredState>();
  const whole = history === "whole";
  const state = whole
    ? sql`(select s.state from attendance_pupil_state s where s.tenant_id = ${tenantId}
        and s.child_id = v.child_id limit 1)`
    : sql`g.place`;
  // Each pupil's rows along their keys ("limit 1" keeps it so): with "any" or a join to the list
  // the planner read every pupil of the tenant, for each chunk.
  const { rows } = await sql<ProgressRow>`
    select g.child_id, g.staircase_key, g.evaluated_through, g.still_minutes, g.recent_days,
      ${state} as state
    from unnest(${childIds}::uuid[]) v(child_id)
    cross join lateral (select * from attendance_progress g where g.tenant_id = ${tenantId}
      and g.child_id = v.child_id and g.place is not null limit 1) g`.execute(db);
  return new Map(rows.map((r) => [r.child_id, storedOf(r, whole)]));
}

export interface ProgressRow {
  child_id: string;
  staircase_key: string;
  evaluated_through: string;
  still_minutes: number | null;
  recent_days: string | null;
  state: unknown;
}

/** A pupil's progress with their place; the progress is authoritative for "evaluated through". */
export function storedOf(r: ProgressRow, whole: boolean): StoredState {
  return {
    key: r.staircase_key,
    lastEvaluated: r.evaluated_through,
    still: r.still_minutes,
    recent: r.recent_days,
    whole,
    state: { ...(r.state as PupilStairState), lastEvaluated: r.evaluated_through },
  };
}

/**
 * Days per pupil: everything after `after` plus the `history` school days up to it, or every
 * day when `after` is null.
 */
export async function daysOf(
  db: Db,
  tenantId: string,
  pupils: { childId: string; after: string | null }[],
  history: number,
): Promise<Map<string, string>> {
  if (pupils.length === 0) return new Map();
  const rows = await sql<{ child_id: string; days: string | null }>`
    select r.child_id, (select ${PACKED_DAYS} from (
        (select * from attendance_day a where a.tenant_id = ${tenantId}
          and a.child_id = r.child_id and r.after is not null and a.date <= r.after
          and a.scheduled_minutes > 0 order by a.date desc limit ${history})
        union all
        (select * from attendance_day a where a.tenant_id = ${tenantId}
          and a.child_id = r.child_id and a.date > coalesce(r.after, '-infinity'))) d) as days
    from unnest(${pupils.map((p) => p.childId)}::uuid[], ${pupils.map((p) => p.after)}::date[])
      r(child_id, after)`.execute(db);
  return new Map(rows.rows.map((r) => [r.child_id, r.days ?? ""]));
}

/**
 * The next children by id, for walking every pupil a chunk at a time (those without attendance
 * come back with no days). Keyed on the child table: one index range per chunk.
 */
export async function childrenAfter(db: Db, tenantId: string, afterChildId: string, limit: number) {
  const rows = await db
    .selectFrom("child")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("id", ">", afterChildId)
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Every day of the pupils whose ids lie from `first` to `last` (a chunk of the child table in id
 * order): one range of the day index rather than one lookup per pupil.
 */
export async function daysInRange(db: Db, tenantId: string, first: string, last: string) {
  const rows = await sql<{ child_id: string; days: string }>`
    select d.child_id, ${PACKED_DAYS} as days from attendance_day d
    where d.tenant_id = ${tenantId} and d.child_id between ${first}::uuid and ${last}::uuid
    group by d.child_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.child_id, r.days]));
}

/** Pupils reported dead or emigrated (child.attendance_gone_on): off the staircase. */
export async function goneOf(db: Kysely<Database>, tenantId: string, childIds: string[]) {
  if (childIds.length === 0) return new Set<string>();
  const rows = await sql<{ id: string }>`select id from child
    where tenant_id = ${tenantId} and id = any(${childIds}::uuid[])
      and attendance_gone_on is not null`.execute(db);
  return new Set(rows.rows.map((r) => r.id));
}
