import { type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { AbsenceRow, EventRow } from "./import-rows";

// Calendar events and reported absences, a few thousand per statement. Lookups into the big
// tables are lateral subqueries with "limit 1": PostgreSQL then probes the index once per row
// instead of hashing the whole table per chunk, whatever its (possibly stale) statistics say.

type Trx = Transaction<Database>;

export async function writeEvents(trx: Trx, tenantId: string, rows: EventRow[]) {
  const result = await sql`
    insert into attendance_calendar_event as e (tenant_id, external_id, date, minutes)
    select ${tenantId}::uuid, * from unnest(${rows.map((r) => r.ext)}::uuid[],
      ${rows.map((r) => r.date)}::date[], ${rows.map((r) => r.minutes)}::int[])
    on conflict (tenant_id, external_id) do update set date = excluded.date,
      minutes = excluded.minutes
    where (e.date, e.minutes) is distinct from (excluded.date, excluded.minutes)`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

export async function writeAbsences(trx: Trx, tenantId: string, rows: AbsenceRow[]) {
  const col = <T>(f: (r: AbsenceRow, i: number) => T) => rows.map(f);
  const result = await sql<{ changed: number; unknown_pupil: number[] }>`
    with s as (
      select s.*, x.local_id as child_id from unnest(${col((_, i) => i)}::int[],
        ${col((r) => r.ext)}::uuid[], ${col((r) => r.pupilExt)}::text[],
        ${col((r) => r.startsAt)}::timestamptz[], ${col((r) => r.endsAt)}::timestamptz[],
        ${col((r) => r.absenceKind)}::text[]) s(i, ext, pupil, starts_at, ends_at, kind)
      left join lateral (select local_id from attendance_external_ref
        where tenant_id = ${tenantId} and kind = 'pupil' and external_id = s.pupil limit 1) x on true),
    written as (
      insert into attendance_reported_absence as a (tenant_id, external_id, child_id, starts_at,
        ends_at, kind)
      select ${tenantId}::uuid, ext, child_id, starts_at, ends_at, kind from s
      where child_id is not null
      on conflict (tenant_id, external_id) do update set child_id = excluded.child_id,
        starts_at = excluded.starts_at, ends_at = excluded.ends_at, kind = excluded.kind
      where (a.child_id, a.starts_at, a.ends_at, a.kind)
        is distinct from (excluded.child_id, excluded.starts_at, excluded.ends_at, excluded.kind)
      returning 1)
    select (select count(*) from written)::int as changed,
      array(select i from s where child_id is null order by i) as unknown_pupil`.execute(trx);
  return {
    changed: result.rows[0]?.changed ?? 0,
    unknownPupil: result.rows[0]?.unknown_pupil ?? [],
  };
}
