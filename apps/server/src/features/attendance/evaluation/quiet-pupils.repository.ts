import { type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { EvaluationContext } from "./evaluation-chunk";

// After a day's import nearly every pupil is marked as changed, and most of them are not on the
// staircase and were not away at all. The engine cannot move such a pupil (every trigger of a
// valid staircase needs absence, and recovery only applies above step 0; see "Standing still"
// in the domain's engine.ts), so evaluating them would only move their "evaluated through" date.
// That is done here in one statement instead of reading and evaluating them one by one.

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
 * Pupils marked as changed who stand at step 0 of their own staircase, whose changes all lie
 * after the last evaluated day, and who have no absence in the new days up to today nor in the
 * history window before them: their "evaluated through" date moves to their last day up to
 * today and their mark is cleared (unless an import changed them again meanwhile). Returns how
 * many pupils were advanced.
 */
export async function advanceQuietPupils(trx: Trx, q: EvaluationContext): Promise<number> {
  const absent = sql`(a.valid_minutes > 0 or a.invalid_minutes > 0)`;
  const result = await sql<{ n: number }>`
    with quiet as (
      select p.child_id, p.revision, t.through
      from attendance_pending p
      join attendance_pupil_state s on s.tenant_id = p.tenant_id and s.child_id = p.child_id
      cross join lateral (select max(a.date) as through from attendance_day a
        where a.tenant_id = p.tenant_id and a.child_id = p.child_id
          and a.date <= ${q.today}::date) t
      where p.tenant_id = ${q.tenantId} and s.step = 0 and p.from_date > s.last_evaluated
        and s.staircase_key = ${activeKey(q)} and t.through > s.last_evaluated
        and not exists (select 1 from attendance_day a where a.tenant_id = p.tenant_id
          and a.child_id = p.child_id and a.date > s.last_evaluated and a.date <= t.through
          and a.scheduled_minutes > 0 and ${absent})
        and not exists (select 1 from (select a.valid_minutes, a.invalid_minutes
            from attendance_day a where a.tenant_id = p.tenant_id and a.child_id = p.child_id
              and a.date <= s.last_evaluated and a.scheduled_minutes > 0
            order by a.date desc limit ${q.history}) a
          where ${absent})),
    cleared as (
      delete from attendance_pending p using quiet q
      where p.tenant_id = ${q.tenantId} and p.child_id = q.child_id and p.revision = q.revision
      returning q.child_id, q.through),
    advanced as (
      update attendance_pupil_state s set last_evaluated = c.through from cleared c
      where s.tenant_id = ${q.tenantId} and s.child_id = c.child_id
      returning 1)
    select count(*)::int as n from advanced`.execute(trx);
  return result.rows[0]?.n ?? 0;
}
