import { type Transaction, sql } from "kysely";
import type { PupilStairState } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";
import type { StepActor } from "../../../platform/db/tables/attendance";
import type { Pending } from "./quiet-pupils.repository";

type Trx = Transaction<Database>;

/**
 * Every write below looks up its pupils one by one along their keys. Seeing every row of a
 * one-tenant table match the tenant, the planner would rather read and hash the whole table for
 * each chunk, at two to three times the cost (measured with npm run bench:attendance:increment).
 * Call first in the transaction of the writes; it holds until the transaction ends.
 */
export async function lookUpPupilsOneByOne(trx: Trx) {
  await sql`select set_config('enable_hashjoin', 'off', true),
    set_config('enable_mergejoin', 'off', true)`.execute(trx);
}

export interface StateWrite {
  childId: string;
  key: string;
  topStep: boolean;
  /** `state.history` holds only new entries, to go after the stored ones. */
  appended: boolean;
  state: PupilStairState;
}

/** Writes pupils' places on the staircase (a statement or two per chunk). */
export async function writeStates(trx: Trx, tenantId: string, states: StateWrite[]) {
  const rows = (mine: StateWrite[]) =>
    sql`unnest(${mine.map((s) => s.childId)}::uuid[], ${mine.map((s) => s.key)}::text[],
      ${mine.map((s) => s.state.step)}::int[], ${mine.map((s) => s.topStep)}::bool[],
      ${mine.map((s) => s.state.since)}::date[], ${mine.map((s) => JSON.stringify(s.state))}::text[])
      v(child_id, key, step, top, since, state)`;
  const appended = states.filter((s) => s.appended);
  if (appended.length > 0) {
    await sql`
      update attendance_pupil_state s set staircase_key = v.key, step = v.step, top_step = v.top,
        since = v.since, updated_at = now(),
        state = jsonb_set(v.state::jsonb, '{history}',
          (s.state -> 'history') || (v.state::jsonb -> 'history'))
      from ${rows(appended)}
      where s.tenant_id = ${tenantId} and s.child_id = v.child_id`.execute(trx);
  }
  const written = states.filter((s) => !s.appended);
  if (written.length === 0) return;
  await sql`
    insert into attendance_pupil_state as s (tenant_id, child_id, staircase_key, step, top_step,
      since, state, updated_at)
    select ${tenantId}::uuid, v.child_id, v.key, v.step, v.top, v.since, v.state::jsonb, now()
    from ${rows(written)}
    on conflict (tenant_id, child_id) do update set staircase_key = excluded.staircase_key,
      step = excluded.step, top_step = excluded.top_step, since = excluded.since,
      state = excluded.state, updated_at = excluded.updated_at`.execute(trx);
}

export interface ProgressWrite {
  childId: string;
  /** No progress row yet. */
  first: boolean;
  key: string;
  through: string;
  still: number | null;
  /** The school days the engine will look back on next time, packed (null: read them). */
  recent: string | null;
  /** Where the pupil now stands, with the last history entry alone; null: as before. */
  place: PupilStairState | null;
}

/**
 * Records how far pupils have been evaluated, and whether they stand still: a narrow row per
 * pupil, the only write for most pupils of an increment. Existing rows are updated in place
 * (cheaper than inserting with "on conflict", which tries the insert first).
 */
export async function writeProgress(trx: Trx, tenantId: string, pupils: ProgressWrite[]) {
  // The packed days travel as one text split in the database: as an array of texts, quoting
  // and parsing each element cost more than the rest of the statement.
  const rows = (mine: ProgressWrite[]) =>
    sql`unnest(${mine.map((p) => p.childId)}::uuid[], ${mine.map((p) => p.key)}::text[],
      ${mine.map((p) => p.through)}::date[], ${mine.map((p) => p.still)}::int[],
      string_to_array(${mine.map((p) => p.recent ?? "-").join(";")}::text, ';'),
      ${mine.map((p) => (p.place ? JSON.stringify(p.place) : null))}::jsonb[])
      v(child_id, key, through, still, packed, place)`;
  const known = pupils.filter((p) => !p.first);
  if (known.length > 0) {
    await sql`
      update attendance_progress g set staircase_key = v.key, evaluated_through = v.through,
        still_minutes = v.still, recent_days = nullif(v.packed, '-'),
        place = coalesce(v.place, g.place)
      from ${rows(known)}
      where g.tenant_id = ${tenantId} and g.child_id = v.child_id`.execute(trx);
  }
  const first = pupils.filter((p) => p.first);
  if (first.length > 0) {
    await sql`
      insert into attendance_progress as g (tenant_id, child_id, staircase_key,
        evaluated_through, still_minutes, recent_days, place)
      select ${tenantId}::uuid, v.child_id, v.key, v.through, v.still, nullif(v.packed, '-'),
        v.place
      from ${rows(first)}
      on conflict (tenant_id, child_id) do update set staircase_key = excluded.staircase_key,
        evaluated_through = excluded.evaluated_through, still_minutes = excluded.still_minutes,
        recent_days = excluded.recent_days, place = excluded.place`.execute(trx);
  }
}

/**
 * Pupils to whom no staircase applies any more are not evaluated, and their marks are cleared:
 * their progress no longer describes their days. Should a staircase apply to them again, they
 * start over from their first day (no staircase has the empty key).
 */
export async function forgetProgress(trx: Trx, tenantId: string, childIds: string[]) {
  if (childIds.length === 0) return;
  await sql`
    update attendance_progress set staircase_key = '', still_minutes = null, recent_days = null
    where tenant_id = ${tenantId} and child_id = any(${childIds}::uuid[])
      and staircase_key <> ''`.execute(trx);
}

export interface TaskWrite {
  childId: string;
  schoolUnitId: string | null;
  step: number;
  enteredOn: string;
  kind: "step_actions" | "report_to_organiser" | "report_to_social_services";
  status: "open" | "cancelled";
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
      actor, title, actions, due_date, status)
    select ${tenantId}::uuid, v.child_id, v.school, v.step, v.entered, v.kind, v.actor, v.title,
      v.actions::jsonb, v.due, v.status
    from unnest(${col((t) => t.childId)}::uuid[], ${col((t) => t.schoolUnitId)}::uuid[],
      ${col((t) => t.step)}::int[], ${col((t) => t.enteredOn)}::date[], ${col((t) => t.kind)}::text[],
      ${col((t) => t.actor)}::text[], ${col((t) => t.title)}::text[],
      ${col((t) => JSON.stringify(t.actions))}::text[], ${col((t) => t.dueDate)}::date[],
      ${col((t) => t.status)}::text[])
      v(child_id, school, step, entered, kind, actor, title, actions, due, status)
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
export async function clearPending(trx: Trx, tenantId: string, today: string, pending: Pending[]) {
  const due = pending.filter((p) => p.through <= today);
  const later = pending.filter((p) => p.through > today);
  const seen = (marks: Pending[]) =>
    sql`unnest(${marks.map((p) => p.childId)}::uuid[], ${marks.map((p) => p.revision)}::bigint[])
      v(child_id, revision)
      where p.tenant_id = ${tenantId} and p.child_id = v.child_id and p.revision = v.revision`;
  if (due.length > 0) {
    await sql`delete from attendance_pending p using ${seen(due)}`.execute(trx);
  }
  if (later.length > 0) {
    await sql`
      update attendance_pending p set from_date = greatest(p.from_date, ${today}::date + 1),
        days = null
      from ${seen(later)}`.execute(trx);
  }
}
