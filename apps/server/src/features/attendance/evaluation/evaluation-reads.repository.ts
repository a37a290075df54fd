import { type Kysely, sql } from "kysely";
import type { PupilStairState } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";
import { PACKED_DAYS } from "./packed-days";

// Reads for an evaluation, a chunk of pupils at a time so that memory stays flat however large
// the municipality: never the whole term of every pupil at once. Days travel as one compact
// text per pupil (packed-days.ts), far cheaper than a row per day; sorting each pupil's days in
// the database cost more than the rest of the read (decodeSchoolDays sorts if needed).

type Db = Kysely<Database>;

export interface Pending {
  childId: string;
  fromDate: string;
  revision: number;
}

export async function pendingPupils(db: Db, tenantId: string): Promise<Pending[]> {
  const rows = await db
    .selectFrom("attendance_pending")
    .select(["child_id", "from_date", "revision"])
    .where("tenant_id", "=", tenantId)
    .orderBy("child_id")
    .execute();
  return rows.map((r) => ({ childId: r.child_id, fromDate: r.from_date, revision: r.revision }));
}

export interface StoredState {
  key: string;
  lastEvaluated: string;
  still: number | null;
  state: PupilStairState;
}

export async function statesOf(db: Db, tenantId: string, childIds: string[]) {
  if (childIds.length === 0) return new Map<string, StoredState>();
  // One index probe per pupil: the tables are rarely analysed between a full run and the next
  // increment, and without statistics a plain "in (...)" scanned every state of the tenant for
  // each chunk.
  const { rows } = await sql<{
    child_id: string;
    staircase_key: string;
    evaluated_through: string;
    still_minutes: number | null;
    state: unknown;
  }>`
    select g.child_id, g.staircase_key, g.evaluated_through, g.still_minutes, s.state
    from unnest(${childIds}::uuid[]) v(child_id)
    cross join lateral (select * from attendance_progress g
      where g.tenant_id = ${tenantId} and g.child_id = v.child_id) g
    cross join lateral (select s.state from attendance_pupil_state s
      where s.tenant_id = ${tenantId} and s.child_id = v.child_id) s`.execute(db);
  // The progress row is authoritative for "evaluated through"; the copy in `state` lags.
  return new Map(
    rows.map((r) => [
      r.child_id,
      {
        key: r.staircase_key,
        lastEvaluated: r.evaluated_through,
        still: r.still_minutes,
        state: { ...(r.state as PupilStairState), lastEvaluated: r.evaluated_through },
      },
    ]),
  );
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
