import { type Transaction, sql } from "kysely";
import type { PupilStairState } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";
import type { StepActor } from "../../../platform/db/tables/attendance";

type Trx = Transaction<Database>;

export interface StateWrite {
  childId: string;
  key: string;
  topStep: boolean;
  state: PupilStairState;
}

/** Upserts pupils' places on the staircase (one statement per chunk). */
export async function writeStates(trx: Trx, tenantId: string, states: StateWrite[]) {
  if (states.length === 0) return;
  const col = <T>(f: (s: StateWrite) => T) => states.map(f);
  await sql`
    insert into attendance_pupil_state as s (tenant_id, child_id, staircase_key, step, top_step,
      since, state, updated_at)
    select ${tenantId}::uuid, v.child_id, v.key, v.step, v.top, v.since, v.state::jsonb, now()
    from unnest(${col((s) => s.childId)}::uuid[], ${col((s) => s.key)}::text[],
      ${col((s) => s.state.step)}::int[], ${col((s) => s.topStep)}::bool[],
      ${col((s) => s.state.since)}::date[], ${col((s) => JSON.stringify(s.state))}::text[])
      v(child_id, key, step, top, since, state)
    on conflict (tenant_id, child_id) do update set staircase_key = excluded.staircase_key,
      step = excluded.step, top_step = excluded.top_step, since = excluded.since,
      state = excluded.state, updated_at = excluded.updated_at`.execute(trx);
}

export interface ProgressWrite {
  childId: string;
  key: string;
  through: string;
  still: number | null;
}

/**
 * Records how far pupils have been evaluated, and whether they stand still: a narrow row per
 * pupil, the only write for most pupils of an increment.
 */
export async function writeProgress(trx: Trx, tenantId: string, pupils: ProgressWrite[]) {
  if (pupils.length === 0) return;
  const col = <T>(f: (p: ProgressWrite) => T) => pupils.map(f);
  await sql`
    insert into attendance_progress as g (tenant_id, child_id, staircase_key, evaluated_through,
      still_minutes)
    select ${tenantId}::uuid, v.child_id, v.key, v.through, v.still
    from unnest(${col((p) => p.childId)}::uuid[], ${col((p) => p.key)}::text[],
      ${col((p) => p.through)}::date[], ${col((p) => p.still)}::int[]) v(child_id, key, through, still)
    on conflict (tenant_id, child_id) do update set staircase_key = excluded.staircase_key,
      evaluated_through = excluded.evaluated_through,
      still_minutes = excluded.still_minutes`.execute(trx);
}

export interface TaskWrite {
  childId: string;
  schoolUnitId: string | null;
  step: number;
  enteredOn: string;
  kind: "step_actions" | "report_to_organiser" | "report_to_social_services";
  actor: StepActor;
  title: string;
  actions: string[];
  dueDate: string;
}

/** Creates tasks; a task already created for the same step reached on the same day is kept. */
export async function insertTasks(trx: Trx, tenantId: string, tasks: TaskWrite[]) {
  if (tasks.length === 0) return 0;
  const col = <T>(f: (t: TaskWrite) => T) => tasks.map(f);
  const result = await sql`
    insert into attendance_task (tenant_id, child_id, school_unit_id, step, step_entered_on, kind,
      actor, title, actions, due_date)
    select ${tenantId}::uuid, v.child_id, v.school, v.step, v.entered, v.kind, v.actor, v.title,
      v.actions::jsonb, v.due
    from unnest(${col((t) => t.childId)}::uuid[], ${col((t) => t.schoolUnitId)}::uuid[],
      ${col((t) => t.step)}::int[], ${col((t) => t.enteredOn)}::date[], ${col((t) => t.kind)}::text[],
      ${col((t) => t.actor)}::text[], ${col((t) => t.title)}::text[],
      ${col((t) => JSON.stringify(t.actions))}::text[], ${col((t) => t.dueDate)}::date[])
      v(child_id, school, step, entered, kind, actor, title, actions, due)
    on conflict (tenant_id, child_id, step, step_entered_on, kind) do nothing`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Open tasks that no longer apply are cancelled: those from before a pupil left the staircase,
 * and, for pupils evaluated from scratch, those for a step the new history no longer holds.
 * Each pupil's open tasks are found along the child index: the planner, without fresh
 * statistics, otherwise read every open task of the tenant.
 */
export async function cancelStaleTasks(
  trx: Trx,
  tenantId: string,
  recovered: { childId: string; on: string }[],
  rewritten: { childId: string; history: { step: number; from: string }[] }[],
) {
  if (recovered.length > 0) {
    await sql`
      update attendance_task t set status = 'cancelled'
      from (select o.id from unnest(${recovered.map((r) => r.childId)}::uuid[],
          ${recovered.map((r) => r.on)}::date[]) v(child_id, on_date)
        cross join lateral (select o.id from attendance_task o where o.tenant_id = ${tenantId}
          and o.child_id = v.child_id and o.status = 'open' and o.step_entered_on < v.on_date) o
        ) stale
      where t.id = stale.id`.execute(trx);
  }
  if (rewritten.length === 0) return;
  const steps = rewritten.flatMap((r) => r.history.map((h) => ({ childId: r.childId, ...h })));
  await sql`
    update attendance_task t set status = 'cancelled'
    from (select o.id from unnest(${rewritten.map((r) => r.childId)}::uuid[]) v(child_id)
      cross join lateral (select o.id, o.step, o.step_entered_on from attendance_task o
        where o.tenant_id = ${tenantId} and o.child_id = v.child_id and o.status = 'open') o
      where not exists (select 1 from unnest(${steps.map((s) => s.childId)}::uuid[],
          ${steps.map((s) => s.step)}::int[], ${steps.map((s) => s.from)}::date[]) h(c, s, d)
        where h.c = v.child_id and h.s = o.step and h.d = o.step_entered_on)) stale
    where t.id = stale.id`.execute(trx);
}

/**
 * Clears the pupils' "changed" marks, unless an import has changed them again meanwhile. A mark
 * with days after today stays, from tomorrow: those days are evaluated once they are due.
 */
export async function clearPending(
  trx: Trx,
  tenantId: string,
  today: string,
  pending: { childId: string; revision: number }[],
) {
  if (pending.length === 0) return;
  const seen = sql`(select * from unnest(${pending.map((p) => p.childId)}::uuid[],
    ${pending.map((p) => p.revision)}::bigint[]) v(child_id, revision))`;
  await sql`
    delete from attendance_pending p using ${seen} v
    where p.tenant_id = ${tenantId} and p.child_id = v.child_id and p.revision = v.revision
      and p.through <= ${today}::date`.execute(trx);
  await sql`
    update attendance_pending p set from_date = greatest(p.from_date, ${today}::date + 1)
    from ${seen} v
    where p.tenant_id = ${tenantId} and p.child_id = v.child_id and p.revision = v.revision
      and p.through > ${today}::date`.execute(trx);
}
