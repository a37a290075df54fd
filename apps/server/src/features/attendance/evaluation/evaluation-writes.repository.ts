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
  key: string;
  through: string;
  still: number | null;
  /** The school days the engine will look back on next time, packed (null: read them). */
  recent: string | null;
  /** Where the pupil now stands, with the last history entry alone; null: as before. */
  place: PupilStairState | null;
}

/**
 * What becomes of a pupil's mark once their days are evaluated (v: the evaluated mark's
 * revision and whether it has days after today; g: the progress row). Cleared, unless an
 * import has changed it again meanwhile; a mark with days after today stays, from tomorrow:
 * those days are evaluated once they are due.
 */
function markAfterEvaluation(today: string) {
  const kept = sql`(v.revision is null or g.mark_revision <> v.revision)`;
  return sql`marked_from = case when ${kept} then g.marked_from
      when v.later then greatest(g.marked_from, ${today}::date + 1) end,
    marked_through = case when ${kept} or v.later then g.marked_through end,
    marked_absent = case when ${kept} or v.later then g.marked_absent end,
    marked_shortest = case when ${kept} or v.later then g.marked_shortest end,
    marked_days = case when ${kept} then g.marked_days end`;
}

/**
 * Records how far pupils have been evaluated, and whether they stand still, and clears the
 * evaluated marks: a narrow row per pupil, the only write for most pupils of an increment.
 * Each row is written once (a second version of it in one run would seldom fit its page, and
 * the update would then write the index too), in place: the import made the rows of the
 * pupils it marked, and updating is cheaper than inserting with "on conflict", which tries
 * the insert first. Only a pupil without a row gets one inserted.
 */
export async function writeProgress(
  trx: Trx,
  tenantId: string,
  today: string,
  pupils: ProgressWrite[],
  marks: Pending[],
) {
  const markOf = new Map(marks.map((m) => [m.childId, m]));
  if (pupils.length > 0) {
    const mark = pupils.map((p) => markOf.get(p.childId));
    // The packed days travel as one text split in the database: as an array of texts, quoting
    // and parsing each element cost more than the rest of the statement.
    const updated = await sql<{ child_id: string }>`
      update attendance_progress g set staircase_key = v.key, evaluated_through = v.through,
        still_minutes = v.still, recent_days = nullif(v.packed, '-'),
        place = coalesce(v.place, g.place), ${markAfterEvaluation(today)}
      from unnest(${pupils.map((p) => p.childId)}::uuid[], ${pupils.map((p) => p.key)}::text[],
        ${pupils.map((p) => p.through)}::date[], ${pupils.map((p) => p.still)}::int[],
        string_to_array(${pupils.map((p) => p.recent ?? "-").join(";")}::text, ';'),
        ${pupils.map((p) => (p.place ? JSON.stringify(p.place) : null))}::jsonb[],
        ${mark.map((m) => m?.revision ?? null)}::bigint[],
        ${mark.map((m) => (m ? m.through > today : null))}::bool[])
        v(child_id, key, through, still, packed, place, revision, later)
      where g.tenant_id = ${tenantId} and g.child_id = v.child_id
      returning g.child_id`.execute(trx);
    const written = new Set(updated.rows.map((r) => r.child_id));
    for (const id of written) markOf.delete(id);
    const missing = pupils.filter((p) => !written.has(p.childId));
    if (missing.length > 0) {
      await sql`
        insert into attendance_progress (tenant_id, child_id, staircase_key, evaluated_through,
          still_minutes, recent_days, place)
        select ${tenantId}::uuid, v.child_id, v.key, v.through, v.still, v.recent, v.place
        from unnest(${missing.map((p) => p.childId)}::uuid[],
          ${missing.map((p) => p.key)}::text[], ${missing.map((p) => p.through)}::date[],
          ${missing.map((p) => p.still)}::int[], ${missing.map((p) => p.recent)}::text[],
          ${missing.map((p) => (p.place ? JSON.stringify(p.place) : null))}::jsonb[])
          v(child_id, key, through, still, recent, place)
        on conflict (tenant_id, child_id) do update set staircase_key = excluded.staircase_key,
          evaluated_through = excluded.evaluated_through, still_minutes = excluded.still_minutes,
          recent_days = excluded.recent_days, place = excluded.place`.execute(trx);
    }
  }
  await clearPending(trx, tenantId, today, [...markOf.values()]);
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

/** Clears the evaluated marks of pupils whose progress was not written otherwise. */
export async function clearPending(trx: Trx, tenantId: string, today: string, pending: Pending[]) {
  if (pending.length === 0) return;
  await sql`
    update attendance_progress g set ${markAfterEvaluation(today)}
    from unnest(${pending.map((p) => p.childId)}::uuid[],
      ${pending.map((p) => p.revision)}::bigint[], ${pending.map((p) => p.through > today)}::bool[])
      v(child_id, revision, later)
    where g.tenant_id = ${tenantId} and g.child_id = v.child_id
      and g.mark_revision = v.revision`.execute(trx);
}
