import { type Kysely, type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { EvaluationContext } from "./evaluation-chunk";
import { type ProgressRow, type StoredState, storedOf } from "./evaluation-reads.repository";

// After a day's import nearly every pupil is marked as changed, and most of them stand at step 0
// and were not away that day. The engine cannot move such a pupil while each new school day is
// without absence and has the minutes the domain's stillMinutes asked for when the engine last
// evaluated them (packages/domain/src/attendance/still.ts), so evaluating them would only move
// their "evaluated through" date. That is done here in one statement, from their marks and
// progress alone (the import keeps what the changed days hold with the mark), while the engine
// evaluates the rest (evaluation.service.ts).
//
// That a mark describes every day after the pupil's "evaluated through" date holds because
// marks come only from imports, a mark is cleared only by the run that evaluated its days, one
// with days after today is kept until they are due (clearPending), and a pupil whose mark is
// cleared without evaluation (no staircase applies) starts over next time (forgetProgress).

type Trx = Transaction<Database>;

/**
 * The key of the staircase that applies to the pupil: the school's own, else the tenant's (as
 * staircaseFor and schoolsOf decide it), or null when none applies.
 */
function activeKey(q: EvaluationContext) {
  const tenantKey = q.staircases.find((s) => s.unitId === null)?.key ?? null;
  if (!q.perSchool) return sql`${tenantKey}::text`;
  const own = q.staircases.filter((s) => s.unitId !== null);
  return sql`coalesce((select k.key from unnest(${own.map((s) => s.unitId)}::uuid[],
      ${own.map((s) => s.key)}::text[]) k(unit_id, key)
    where k.unit_id = (select cu.unit_id from child_unit cu
      join unit u on u.id = cu.unit_id and u.kind = 'school'
      where cu.tenant_id = p.tenant_id and cu.child_id = p.child_id
        and (cu.to_date is null or cu.to_date >= current_date)
      order by cu.from_date desc limit 1)), ${tenantKey}::text)`;
}

/**
 * Whether the marked pupil (p: their mark, g: their progress) is quiet: they stand still at
 * their own staircase (g.still_minutes set for it), their changes all lie after the last
 * evaluated day and up to today, and the changed days are without absence and each have at
 * least those minutes scheduled.
 */
function isQuiet(q: EvaluationContext) {
  return sql`(g.still_minutes is not null and g.staircase_key = ${activeKey(q)}
    and p.from_date > g.evaluated_through and p.through <= ${q.today}::date and not p.absent
    and coalesce(p.shortest >= g.still_minutes, true))`;
}

/**
 * Advances every quiet pupil in one statement: their "evaluated through" date moves to their
 * last changed day and their mark is cleared. Nothing of them travels to Node. Returns how many
 * pupils were advanced.
 */
export async function advanceQuietPupils(trx: Trx, q: EvaluationContext): Promise<number> {
  const result = await sql<{ n: number }>`
    with cleared as (
      delete from attendance_pending p using attendance_progress g
      where p.tenant_id = ${q.tenantId} and g.tenant_id = p.tenant_id
        and g.child_id = p.child_id and ${isQuiet(q)}
      returning p.child_id, p.through),
    advanced as (
      update attendance_progress g set evaluated_through = c.through
      from cleared c
      where g.tenant_id = ${q.tenantId} and g.child_id = c.child_id
      returning 1)
    select count(*)::int as n from advanced`.execute(trx);
  return result.rows[0]?.n ?? 0;
}

export interface Pending {
  childId: string;
  fromDate: string;
  revision: number;
  /** The last changed day. */
  through: string;
  /** The changed days, packed, when one import made the mark (the import keeps them). */
  days: string | null;
}

const pendingOf = (r: PendingRow): Pending => ({
  childId: r.child_id,
  fromDate: r.from_date,
  revision: r.revision,
  through: r.through,
  days: r.days,
});

interface PendingRow {
  child_id: string;
  from_date: string;
  revision: number;
  through: string;
  days: string | null;
}

/** Every mark, by pupil (a full run evaluates every pupil and clears their marks). */
export async function allPending(db: Kysely<Database>, tenantId: string): Promise<Pending[]> {
  const { rows } = await sql<PendingRow>`
    select p.child_id, p.from_date, p.revision, p.through, p.days from attendance_pending p
    where p.tenant_id = ${tenantId} order by p.child_id`.execute(db);
  return rows.map(pendingOf);
}

/**
 * The next marked pupils after `after` that the engine has to evaluate (those who are not
 * quiet: the statement above advances those, meanwhile), by pupil, each with their progress
 * and place: all an increment reads of a pupil but the days the mark and progress lack.
 * The progress is looked up per mark along its key ("limit 1" keeps the planner from hashing
 * every pupil of the tenant for each chunk).
 */
export async function markedForEngine(
  db: Kysely<Database>,
  q: EvaluationContext,
  after: string,
  limit: number,
): Promise<{ mark: Pending; stored: StoredState | undefined }[]> {
  const { rows } = await sql<PendingRow & ProgressRow>`
    select p.child_id, p.from_date, p.revision, p.through, p.days, g.staircase_key,
      g.evaluated_through, g.still_minutes, g.recent_days, g.place as state
    from attendance_pending p
    left join lateral (select * from attendance_progress g where g.tenant_id = p.tenant_id
      and g.child_id = p.child_id limit 1) g on true
    where p.tenant_id = ${q.tenantId} and p.child_id > ${after}::uuid
      and not coalesce(${isQuiet(q)}, false)
    order by p.child_id limit ${limit}`.execute(db);
  return rows.map((r) => ({
    mark: pendingOf(r),
    stored: r.staircase_key === null ? undefined : storedOf(r, false),
  }));
}
