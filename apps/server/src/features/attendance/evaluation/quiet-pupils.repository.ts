import { type Kysely, type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import { NEVER_ABSENT } from "./evaluate-pupils";
import type { EvaluationContext } from "./evaluation-chunk";

// After a day's import nearly every pupil is marked as changed, and most of them are not on the
// staircase and were not away at all. The engine cannot move such a pupil (every trigger of a
// valid staircase needs absence, and recovery only applies above step 0; see "Standing still"
// in the domain's engine.ts), so evaluating them would only move their "evaluated through" date.
// That is done here in two statements instead of reading and evaluating them one by one: one
// finds them reading only their new days, the other advances them while the engine evaluates the
// rest (evaluation.service.ts).

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

export interface QuietPupil {
  childId: string;
  revision: number;
  /** Their last day up to today: the new "evaluated through". */
  through: string;
  /** School days among the new days, all without absence. */
  schoolDays: number;
}

/**
 * Pupils marked as changed who stand at step 0 of their own staircase, whose changes all lie
 * after the last evaluated day, who had at least the history window of absence-free school days
 * up to it, or none since their first day (clear_days, kept by the engine, see clearDaysOf in
 * evaluate-pupils.ts, and by advanceQuietPupils), and who have no absence in the new days up to
 * today. Only the new days are read, along the day index.
 */
export async function findQuietPupils(
  db: Kysely<Database>,
  q: EvaluationContext,
): Promise<QuietPupil[]> {
  const { rows } = await sql<{
    child_id: string;
    revision: number;
    through: string;
    school: number;
  }>`
    select p.child_id, p.revision, t.through, t.school
    from attendance_pending p
    join attendance_pupil_state s on s.tenant_id = p.tenant_id and s.child_id = p.child_id
    cross join lateral (select max(a.date) as through,
        count(*) filter (where a.scheduled_minutes > 0)::int as school,
        bool_or(a.scheduled_minutes > 0 and (a.valid_minutes > 0 or a.invalid_minutes > 0))
          as absent
      from attendance_day a
      where a.tenant_id = p.tenant_id and a.child_id = p.child_id
        and a.date > s.last_evaluated and a.date <= ${q.today}::date) t
    where p.tenant_id = ${q.tenantId} and s.step = 0 and p.from_date > s.last_evaluated
      and s.clear_days >= ${q.history} and s.staircase_key = ${activeKey(q)}
      and t.through is not null and not t.absent`.execute(db);
  return rows.map((r) => ({
    childId: r.child_id,
    revision: r.revision,
    through: r.through,
    schoolDays: r.school,
  }));
}

/**
 * Moves quiet pupils' "evaluated through" date to their last day, adds the new school days to
 * their clear days and clears their mark, in one statement. A pupil changed again by an import
 * since they were found keeps the mark and their state: the next run decides. Returns how many
 * pupils were advanced.
 */
export async function advanceQuietPupils(
  trx: Trx,
  tenantId: string,
  pupils: QuietPupil[],
): Promise<number> {
  if (pupils.length === 0) return 0;
  const col = <T>(f: (p: QuietPupil) => T) => pupils.map(f);
  const result = await sql<{ n: number }>`
    with cleared as (
      delete from attendance_pending p
      using unnest(${col((p) => p.childId)}::uuid[], ${col((p) => p.revision)}::bigint[],
        ${col((p) => p.through)}::date[], ${col((p) => p.schoolDays)}::int[])
        q(child_id, revision, through, school)
      where p.tenant_id = ${tenantId} and p.child_id = q.child_id and p.revision = q.revision
      returning q.child_id, q.through, q.school),
    advanced as (
      update attendance_pupil_state s set last_evaluated = c.through,
        clear_days = least(s.clear_days + c.school, ${NEVER_ABSENT}::int)
      from cleared c
      where s.tenant_id = ${tenantId} and s.child_id = c.child_id
      returning 1)
    select count(*)::int as n from advanced`.execute(trx);
  return result.rows[0]?.n ?? 0;
}
