import { type Kysely, type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { EvaluationContext } from "./evaluation-chunk";
import { type ProgressRow, type StoredState, storedOf } from "./evaluation-reads.repository";

// After a day's import nearly every pupil is marked as changed, and most of them stand at step 0
// and were not away that day. The engine cannot move such a pupil while each new school day is
// without absence and has the minutes the domain's stillMinutes asked for when the engine last
// evaluated them (packages/domain/src/attendance/still.ts), so evaluating them would only move
// their "evaluated through" date. That is done here in one statement, from their progress row
// alone (the import keeps with the mark what the changed days hold), while the engine evaluates
// the rest (evaluation.service.ts).
//
// That a mark describes every day after the pupil's "evaluated through" date holds because
// marks come only from imports, a mark is cleared only by the run that evaluated its days, one
// with days after today is kept until they are due (clearMarks), and a pupil whose mark is
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
      where cu.tenant_id = g.tenant_id and cu.child_id = g.child_id
        and (cu.to_date is null or cu.to_date >= (now() at time zone 'Europe/Stockholm')::date)
      order by cu.from_date desc limit 1)), ${tenantKey}::text)`;
}

/**
 * Whether the marked pupil (g: their progress with the mark) is quiet: they stand still at
 * their own staircase (still minutes set for it), their changes all lie after the last
 * evaluated day and up to today, and the changed days are without absence and each have at
 * least those minutes scheduled.
 */
function isQuiet(q: EvaluationContext) {
  return sql`(g.still_minutes is not null and g.staircase_key = ${activeKey(q)}
    and g.marked_from > g.evaluated_through and g.marked_through <= ${q.today}::date
    and not g.marked_absent and coalesce(g.marked_shortest >= g.still_minutes, true))`;
}

/**
 * Advances every quiet pupil in one statement: their "evaluated through" date moves to their
 * last changed day and their mark is cleared, one row each. Nothing of them travels to Node.
 * An import that widens a mark meanwhile waits for the row, and the row is judged again as the
 * import left it. Returns how many pupils were advanced.
 */
export async function advanceQuietPupils(trx: Trx, q: EvaluationContext): Promise<number> {
  const result = await sql`
    update attendance_progress g set evaluated_through = g.marked_through, marked_from = null,
      marked_through = null, marked_absent = null, marked_shortest = null, marked_days = null
    where g.tenant_id = ${q.tenantId} and g.marked_from is not null and ${isQuiet(q)}`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
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

interface MarkRow {
  child_id: string;
  marked_from: string;
  mark_revision: number;
  marked_through: string;
  marked_days: string | null;
}

const MARK_KEYS = sql`g.child_id, g.marked_from, g.mark_revision, g.marked_through`;
const MARK = sql`${MARK_KEYS}, g.marked_days`;

const pendingOf = (r: MarkRow): Pending => ({
  childId: r.child_id,
  fromDate: r.marked_from,
  revision: r.mark_revision,
  through: r.marked_through,
  days: r.marked_days,
});

/**
 * Every mark, by pupil (a full run evaluates every pupil and clears their marks). Without the
 * packed days: a full run reads every pupil's days, and after a term's import they are the term.
 */
export async function allPending(db: Kysely<Database>, tenantId: string): Promise<Pending[]> {
  const { rows } = await sql<MarkRow>`
    select ${MARK_KEYS}, null as marked_days from attendance_progress g
    where g.tenant_id = ${tenantId} and g.marked_from is not null order by g.child_id`.execute(db);
  return rows.map(pendingOf);
}

/**
 * The next marked pupils after `after` that the engine has to evaluate (those who are not
 * quiet: the statement above advances those, meanwhile), by pupil, each with their progress
 * and place: all an increment reads of a pupil but the days the mark and progress lack.
 */
export async function markedForEngine(
  db: Kysely<Database>,
  q: EvaluationContext,
  after: string,
  limit: number,
): Promise<{ mark: Pending; stored: StoredState | undefined }[]> {
  const { rows } = await sql<MarkRow & ProgressRow>`
    select ${MARK}, g.staircase_key, g.evaluated_through, g.still_minutes, g.recent_days,
      g.place as state
    from attendance_progress g
    where g.tenant_id = ${q.tenantId} and g.child_id > ${after}::uuid
      and g.marked_from is not null and not coalesce(${isQuiet(q)}, false)
    order by g.child_id limit ${limit}`.execute(db);
  return rows.map((r) => ({
    mark: pendingOf(r),
    stored: r.state === null ? undefined : storedOf(r, false),
  }));
}
