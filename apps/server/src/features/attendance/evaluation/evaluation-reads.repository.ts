import { type Kysely, sql } from "kysely";
import type { PupilStairState } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";

// Reads for an evaluation, a chunk of pupils at a time so that memory stays flat however large
// the municipality: never the whole term of every pupil at once. Days travel as one compact
// text per pupil ("day,scheduled,valid,invalid;…", the day as days since 1970-01-01), which is
// far cheaper than a row per day; formatting each date as text and sorting each pupil's days
// in the database took twice as long as the rest of the read (decodeSchoolDays sorts if needed).

type Db = Kysely<Database>;

const DAY_TEXT = sql`string_agg((d.date - date '1970-01-01') || ',' || d.scheduled_minutes
  || ',' || d.valid_minutes || ',' || d.invalid_minutes, ';')`;

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
  clearDays: number;
  state: PupilStairState;
}

export async function statesOf(db: Db, tenantId: string, childIds: string[]) {
  if (childIds.length === 0) return new Map<string, StoredState>();
  // One index probe per pupil: the table is rarely analysed between a full run and the next
  // increment, and without statistics a plain "in (...)" scanned every state of the tenant for
  // each chunk.
  const { rows } = await sql<{
    child_id: string;
    staircase_key: string;
    last_evaluated: string;
    clear_days: number;
    state: unknown;
  }>`
    select s.child_id, s.staircase_key, s.last_evaluated, s.clear_days, s.state
    from unnest(${childIds}::uuid[]) v(child_id)
    cross join lateral (select * from attendance_pupil_state s
      where s.tenant_id = ${tenantId} and s.child_id = v.child_id) s`.execute(db);
  // The column is authoritative for "evaluated through" (see advanceStates).
  return new Map(
    rows.map((r) => [
      r.child_id,
      {
        key: r.staircase_key,
        lastEvaluated: r.last_evaluated,
        clearDays: r.clear_days,
        state: { ...(r.state as PupilStairState), lastEvaluated: r.last_evaluated },
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
    select r.child_id, (select ${DAY_TEXT} from (
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
    select d.child_id, ${DAY_TEXT} as days from attendance_day d
    where d.tenant_id = ${tenantId} and d.child_id between ${first}::uuid and ${last}::uuid
    group by d.child_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.child_id, r.days]));
}
