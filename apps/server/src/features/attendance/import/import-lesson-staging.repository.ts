import { type Transaction, sql } from "kysely";
import { arrayLiteral } from "../../../platform/db/array-literal";
import type { Database } from "../../../platform/db/schema";
import { PACKED_DAYS } from "../evaluation/packed-days";
import type { LessonRow } from "./import-rows";

// The hot path of a municipal import: millions of lessons. They are first staged in a temporary
// table (no WAL, no index: cheap to fill), then merged into attendance_lesson half a million at a
// time, sorted by key; the differences they make to pupils' days are gathered in another
// temporary table and written to attendance_day once, at the end of the batch (mergeDays).

type Trx = Transaction<Database>;

export async function createLessonStaging(trx: Trx) {
  await sql`create temp table if not exists import_lesson (seq bigint, file int, line int,
    path text, ext uuid, pupil text, event uuid, date date, scheduled int, present int, valid int,
    invalid int) on commit drop`.execute(trx);
  await sql`create temp table if not exists import_day_delta (child_id uuid, date date,
    scheduled int, present int, valid int, invalid int) on commit drop`.execute(trx);
}

export interface StagedOrigin {
  seq: number;
  file: number;
  line: number | null;
  path: string | null;
}

/** A chunk of lessons as the columns of the staging table, ready to send (see arrayLiteral). */
export interface EncodedLessons {
  count: number;
  columns: string[];
}

export function encodeLessons(rows: LessonRow[], origins: StagedOrigin[]): EncodedLessons {
  const col = (f: (r: LessonRow) => string | number | null) => arrayLiteral(rows.map(f));
  const o = (f: (r: StagedOrigin) => string | number | null) => arrayLiteral(origins.map(f));
  return {
    count: rows.length,
    columns: [
      o((x) => x.seq),
      o((x) => x.file),
      o((x) => x.line),
      o((x) => x.path),
      col((r) => r.ext),
      col((r) => r.pupilExt),
      col((r) => r.eventExt),
      col((r) => r.date),
      col((r) => r.scheduled),
      col((r) => r.present),
      col((r) => r.valid),
      col((r) => r.invalid),
    ],
  };
}

export async function stageLessons(trx: Trx, lessons: EncodedLessons) {
  const [seq, file, line, path, ext, pupil, event, date, scheduled, present, valid, invalid] =
    lessons.columns;
  await sql`insert into import_lesson select * from unnest(${seq}::bigint[], ${file}::int[],
    ${line}::int[], ${path}::text[], ${ext}::uuid[], ${pupil}::text[], ${event}::uuid[],
    ${date}::date[], ${scheduled}::int[], ${present}::int[], ${valid}::int[],
    ${invalid}::int[])`.execute(trx);
}

export interface UnresolvedLesson {
  file: number;
  line: number | null;
  path: string | null;
  reason: "pupil" | "event" | "minutes";
  /** How many staged lessons are unresolved in all (the list stops at the limit). */
  total: number;
}

/**
 * Statistics for the pupils and calendar events the batch has written in its transaction, once
 * before its first merge: without them the planner takes the tables for empty (before a
 * tenant's first import) and probes them once per lesson instead of hashing them.
 */
export async function refreshReferenceStatistics(trx: Trx) {
  await sql`analyze attendance_calendar_event, attendance_external_ref`.execute(trx);
}

/** Absence may not exceed the lesson (unless it was cancelled: then it counts 0 anyway). */
const overSchedule = (scheduled: ReturnType<typeof sql>, valid: string, invalid: string) =>
  sql`(${scheduled} > 0 and ${sql.ref(valid)} + ${sql.ref(invalid)} > ${scheduled})`;

/**
 * Staged lessons that are set aside, first ones first: their pupil or calendar event is unknown
 * (the pupil may have been set aside too), or their absence is longer than the lesson.
 */
export async function unresolvedLessons(trx: Trx, tenantId: string, limit: number) {
  await sql`analyze import_lesson`.execute(trx);
  const scheduled = sql`coalesce(s.scheduled, e.minutes)`;
  const rows = await sql<UnresolvedLesson>`
    select s.file, s.line, s.path,
      case when x.local_id is null then 'pupil'
        when s.date is null and e.date is null then 'event' else 'minutes' end as reason,
      count(*) over ()::int as total
    from import_lesson s
    left join attendance_external_ref x on x.tenant_id = ${tenantId} and x.kind = 'pupil'
      and x.external_id = s.pupil
    left join attendance_calendar_event e on e.tenant_id = ${tenantId}
      and e.external_id = s.event
    where x.local_id is null or (s.date is null and e.date is null)
      or ${overSchedule(scheduled, "s.valid", "s.invalid")}
    order by s.seq limit ${limit}`.execute(trx);
  return rows.rows;
}

/**
 * Merges the staged lessons: each lesson replaces its own earlier minutes (the same record twice
 * in one batch: the later counts), and the differences are kept for the pupils' days (mergeDays).
 * Returns how many lessons changed.
 */
export async function mergeLessons(trx: Trx, tenantId: string): Promise<number> {
  const merged = await sql<{ changed: number }>`
    with s as (
      select distinct on (s.ext) s.ext, x.local_id as child_id,
        coalesce(s.date, e.date) as date, coalesce(s.scheduled, e.minutes) as scheduled,
        s.present, s.valid, s.invalid
      from import_lesson s
      join attendance_external_ref x on x.tenant_id = ${tenantId} and x.kind = 'pupil'
        and x.external_id = s.pupil
      left join attendance_calendar_event e on e.tenant_id = ${tenantId}
        and e.external_id = s.event
      order by s.ext, s.seq desc),
    ok as (
      -- A cancelled lesson (0 minutes scheduled) counts neither presence nor absence.
      select ext, child_id, date, scheduled,
        case when scheduled > 0 then present else 0 end as present,
        case when scheduled > 0 then valid else 0 end as valid,
        case when scheduled > 0 then invalid else 0 end as invalid
      -- Lessons set aside (unresolvedLessons) are left out: unknown pupils by the join above,
      -- unknown calendar events by their missing date, too much absence here.
      from s where date is not null and not ${overSchedule(sql`scheduled`, "valid", "invalid")}),
    changed as (
      -- One index probe per staged lesson, in key order ("limit 1" keeps it so): a hash join
      -- would read every lesson the tenant has, once per merge, each merge dearer than the last.
      select ok.*, p.external_id is not null as known, p.child_id as was_child, p.date as was_date,
        p.scheduled_minutes as was_scheduled, p.present_minutes as was_present,
        p.valid_minutes as was_valid, p.invalid_minutes as was_invalid
      from ok left join lateral (select * from attendance_lesson l
        where l.tenant_id = ${tenantId} and l.external_id = ok.ext limit 1) p on true
      where p.external_id is null or (p.child_id, p.date, p.scheduled_minutes, p.present_minutes,
        p.valid_minutes, p.invalid_minutes) is distinct from (ok.child_id, ok.date, ok.scheduled,
        ok.present, ok.valid, ok.invalid)),
    -- The tenant's imports run one at a time (import.service.ts): a lesson the probe did not
    -- find is still not there, and goes in by a plain insert, at half the cost of an upsert.
    inserted as (
      insert into attendance_lesson (tenant_id, external_id, child_id, date, scheduled_minutes,
        present_minutes, valid_minutes, invalid_minutes)
      select ${tenantId}::uuid, ext, child_id, date, scheduled, present, valid, invalid
      from changed where not known order by ext),
    corrected as (
      insert into attendance_lesson as l (tenant_id, external_id, child_id, date,
        scheduled_minutes, present_minutes, valid_minutes, invalid_minutes)
      select ${tenantId}::uuid, ext, child_id, date, scheduled, present, valid, invalid
      from changed where known order by ext
      on conflict (tenant_id, external_id) do update set child_id = excluded.child_id,
        date = excluded.date, scheduled_minutes = excluded.scheduled_minutes,
        present_minutes = excluded.present_minutes, valid_minutes = excluded.valid_minutes,
        invalid_minutes = excluded.invalid_minutes),
    delta as (
      insert into import_day_delta
      select child_id, date, scheduled, present, valid, invalid from changed
      union all
      select was_child, was_date, -was_scheduled, -was_present, -was_valid, -was_invalid
      from changed where known)
    select count(*)::int as changed from changed`.execute(trx);
  await sql`truncate import_lesson`.execute(trx);
  return merged.rows[0]?.changed ?? 0;
}

/**
 * A mark keeps the changed days themselves only for a few days (a day's or a week's import):
 * the increment reads them from the mark instead of the day table. A term's are read from there.
 */
const PACKED_AT_MOST = 20;

/**
 * Moves pupils' days by the differences the batch's lesson merges gathered, once at the end of
 * the batch. The day table's key runs pupil by pupil and a term arrives day by day: written after
 * every merge, each merge would touch every page of the key (and the write-ahead log would take
 * a copy of each); written once, in key order, each page is written once.
 */
export async function mergeDays(trx: Trx, tenantId: string) {
  const columns = sql`(tenant_id, child_id, date, scheduled_minutes, present_minutes,
    valid_minutes, invalid_minutes)`;
  const sums = sql`select ${tenantId}::uuid, child_id, date, sum(scheduled), sum(present),
    sum(valid), sum(invalid) from import_day_delta group by child_id, date`;
  const returned = sql`child_id, date, scheduled_minutes, valid_minutes, invalid_minutes`;
  // The usual case, a new term or a new day: none of the pupils has a day yet anywhere in the
  // dates the batch changed for them. Then every day is new and goes in by one plain insert.
  const anyKnown = await sql<{ known: boolean }>`
    select exists (select 1 from (select child_id, min(date) as first, max(date) as last
        from import_day_delta group by child_id) c
      cross join lateral (select 1 from attendance_day a where a.tenant_id = ${tenantId}
        and a.child_id = c.child_id and a.date between c.first and c.last limit 1) a) as known`.execute(
    trx,
  );
  const days = anyKnown.rows[0]?.known
    ? sql`probed as (
      -- As for lessons: a probe per day along the key, then a plain insert of the new days.
      select s.*, k.known from (${sums}) s(tenant_id, child_id, date, scheduled, present, valid,
        invalid)
      left join lateral (select true as known from attendance_day a
        where a.tenant_id = ${tenantId} and a.child_id = s.child_id and a.date = s.date
        limit 1) k on true),
    added as (
      insert into attendance_day ${columns}
      select tenant_id, child_id, date, scheduled, present, valid, invalid
      from probed where known is null order by child_id, date
      returning ${returned}),
    moved as (
      insert into attendance_day as a ${columns}
      select tenant_id, child_id, date, scheduled, present, valid, invalid
      from probed where known order by child_id, date
      on conflict (tenant_id, child_id, date) do update set
        scheduled_minutes = a.scheduled_minutes + excluded.scheduled_minutes,
        present_minutes = a.present_minutes + excluded.present_minutes,
        valid_minutes = a.valid_minutes + excluded.valid_minutes,
        invalid_minutes = a.invalid_minutes + excluded.invalid_minutes
      returning ${returned}),
    days as (select * from added union all select * from moved)`
    : sql`days as (
      insert into attendance_day ${columns} ${sums} order by child_id, date
      returning ${returned})`;
  // The pupils' marks say from which date their days changed and what the changed days now
  // hold, for the next increment (evaluation/quiet-pupils.repository.ts): the last date, whether
  // any school day has absence, the fewest minutes scheduled on one, and (a few) the days.
  // A pupil no evaluation has reached yet gets a progress row with the mark alone.
  await sql`
    with ${days}
    insert into attendance_progress as g (tenant_id, child_id, staircase_key, marked_from,
      marked_through, marked_absent, marked_shortest, marked_days, mark_revision)
    select ${tenantId}::uuid, d.child_id, '', min(d.date), max(d.date),
      coalesce(bool_or(d.scheduled_minutes > 0
        and d.valid_minutes + d.invalid_minutes > 0), false),
      min(d.scheduled_minutes) filter (where d.scheduled_minutes > 0),
      case when count(*) <= ${PACKED_AT_MOST} then ${PACKED_DAYS} end, 1
    from days d group by d.child_id order by d.child_id
    on conflict (tenant_id, child_id) do update set
      marked_from = least(g.marked_from, excluded.marked_from),
      marked_through = greatest(g.marked_through, excluded.marked_through),
      marked_absent = coalesce(g.marked_absent, false) or excluded.marked_absent,
      -- least() passes over nulls: no school day before, or none now.
      marked_shortest = least(g.marked_shortest, excluded.marked_shortest),
      -- Two imports may both have changed a day: the evaluation reads the days instead.
      marked_days = case when g.marked_from is null then excluded.marked_days end,
      mark_revision = g.mark_revision + 1`.execute(trx);
  await sql`truncate import_day_delta`.execute(trx);
}
