import { type Transaction, sql } from "kysely";
import type { PupilStairState } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";
import type { StepActor } from "../../../platform/db/tables/attendance";

type Trx = Transaction<Database>;

export interface StateWrite {
  childId: string;
  key: string;
  topStep: boolean;
  clearDays: number;
  state: PupilStairState;
}

/** Upserts pupils' places on the staircase (one statement per chunk). */
export async function writeStates(trx: Trx, tenantId: string, states: StateWrite[]) {
  if (states.length === 0) return;
  const col = <T>(f: (s: StateWrite) => T) => states.map(f);
  await sql`
    insert into attendance_pupil_state as s (tenant_id, child_id, staircase_key, step, top_step,
      since, last_evaluated, clear_days, state, updated_at)
    select ${tenantId}::uuid, v.child_id, v.key, v.step, v.top, v.since, v.last, v.clear,
      v.state::jsonb, now()
    from unnest(${col((s) => s.childId)}::uuid[], ${col((s) => s.key)}::text[],
      ${col((s) => s.state.step)}::int[], ${col((s) => s.topStep)}::bool[],
      ${col((s) => s.state.since)}::date[], ${col((s) => s.state.lastEvaluated)}::date[],
      ${col((s) => s.clearDays)}::int[], ${col((s) => JSON.stringify(s.state))}::text[])
      v(child_id, key, step, top, since, last, clear, state)
    on conflict (tenant_id, child_id) do update set staircase_key = excluded.staircase_key,
      step = excluded.step, top_step = excluded.top_step, since = excluded.since,
      last_evaluated = excluded.last_evaluated, clear_days = excluded.clear_days,
      state = excluded.state,
      updated_at = excluded.updated_at`.execute(trx);
}

/**
 * Moves only the "evaluated through" date (and the count of clear days up to it) of pupils whose
 * place did not change: a narrow update instead of rewriting their state. The column is
 * authoritative; the copy inside `state` may lag.
 */
export async function advanceStates(
  trx: Trx,
  tenantId: string,
  pupils: { childId: string; through: string; clearDays: number }[],
) {
  if (pupils.length === 0) return;
  await sql`
    update attendance_pupil_state s set last_evaluated = v.through, clear_days = v.clear
    from unnest(${pupils.map((p) => p.childId)}::uuid[], ${pupils.map((p) => p.through)}::date[],
      ${pupils.map((p) => p.clearDays)}::int[]) v(child_id, through, clear)
    where s.tenant_id = ${tenantId} and s.child_id = v.child_id
      and s.child_id = any(${pupils.map((p) => p.childId)}::uuid[])`.execute(trx);
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

/** Clears the pupils' "changed" marks, unless an import has changed them again meanwhile. */
export async function clearPending(
  trx: Trx,
  tenantId: string,
  pending: { childId: string; revision: number }[],
) {
  if (pending.length === 0) return;
  await sql`
    delete from attendance_pending p
    using unnest(${pending.map((p) => p.childId)}::uuid[], ${pending.map((p) => p.revision)}::bigint[])
      v(child_id, revision)
    where p.tenant_id = ${tenantId} and p.child_id = v.child_id and p.revision = v.revision
      and p.child_id = any(${pending.map((p) => p.childId)}::uuid[])`.execute(trx);
}
