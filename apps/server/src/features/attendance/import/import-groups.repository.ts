import { type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { CsvMentorRow, GroupRow, MentorRow } from "./import-rows";

// Classes and mentor groups decide which pupils a mentor follows. A group record lists all its
// members, so members missing from a re-sent group have left it.

type Trx = Transaction<Database>;

export async function writeGroups(trx: Trx, tenantId: string, rows: GroupRow[]) {
  const col = <T>(f: (r: GroupRow) => T) => rows.map(f);
  const groups = await sql`
    insert into attendance_group as g (tenant_id, external_id, unit_id, name, group_type)
    select ${tenantId}::uuid, t.ext, x.local_id, t.name, t.type
    from unnest(${col((r) => r.ext)}::text[], ${col((r) => r.schoolExt)}::text[],
      ${col((r) => r.name)}::text[], ${col((r) => r.groupType)}::text[]) t(ext, school, name, type)
    left join attendance_external_ref x on x.tenant_id = ${tenantId} and x.kind = 'organisation'
      and x.external_id = t.school
    on conflict (tenant_id, external_id) do update set unit_id = excluded.unit_id,
      name = excluded.name, group_type = excluded.group_type
    where (g.unit_id, g.name, g.group_type)
      is distinct from (excluded.unit_id, excluded.name, excluded.group_type)`.execute(trx);
  const members = rows.flatMap((r) => r.members.map((m) => ({ group: r.ext, ...m })));
  const m = <T>(f: (r: (typeof members)[number]) => T) => members.map(f);
  const result = await sql<{ n: number }>`
    with m as (
      select distinct on (g.id, x.local_id) g.id as group_id, x.local_id as child_id,
        t.from_date, t.to_date
      from unnest(${m((r) => r.group)}::text[], ${m((r) => r.personExt)}::text[],
        ${m((r) => r.from)}::date[], ${m((r) => r.to)}::date[]) t(grp, person, from_date, to_date)
      -- Index probes ("limit 1" keeps them so): the refs were written in this transaction,
      -- so their statistics are stale, and a plan that trusted them scanned every ref per member.
      cross join lateral (select id from attendance_group where tenant_id = ${tenantId}
        and external_id = t.grp limit 1) g
      cross join lateral (select local_id from attendance_external_ref where tenant_id = ${tenantId}
        and kind = 'pupil' and external_id = t.person limit 1) x
      order by g.id, x.local_id, t.from_date desc nulls last),
    removed as (
      delete from attendance_group_member gm
      where gm.group_id in (select id from attendance_group where tenant_id = ${tenantId}
          and external_id = any(${rows.filter((r) => r.replaceMembers).map((r) => r.ext)}::text[]))
        and not exists (select 1 from m where m.group_id = gm.group_id
          and m.child_id = gm.child_id)
      returning 1),
    written as (
      insert into attendance_group_member as gm (tenant_id, group_id, child_id, from_date, to_date)
      select ${tenantId}::uuid, group_id, child_id, from_date, to_date from m
      on conflict (group_id, child_id) do update set from_date = excluded.from_date,
        to_date = excluded.to_date
      where (gm.from_date, gm.to_date) is distinct from (excluded.from_date, excluded.to_date)
      returning 1)
    select (select count(*) from removed)::int + (select count(*) from written)::int as n
  `.execute(trx);
  return { groups: Number(groups.numAffectedRows ?? 0), members: result.rows[0]?.n ?? 0 };
}

/**
 * Mentor assignments (SS 12000 Duty with assignmentRole Mentor, or the CSV mentor column).
 * Assignments to groups Kring does not keep (teaching groups) or to people without a Kring
 * account are skipped and counted: they are normal, not errors.
 */
export async function writeMentors(trx: Trx, tenantId: string, rows: (MentorRow | CsvMentorRow)[]) {
  const person = (r: MentorRow | CsvMentorRow) => (r.kind === "mentor" ? r.personExt : null);
  const login = (r: MentorRow | CsvMentorRow) =>
    r.kind === "csv_mentor" ? r.login.toLowerCase() : null;
  const dates = (r: MentorRow | CsvMentorRow) =>
    r.kind === "mentor" ? r : { from: null, to: null };
  const result = await sql<{ written: number; skipped: number }>`
    with t as (
      select * from unnest(${rows.map((r) => r.groupExt)}::text[], ${rows.map(person)}::text[],
        ${rows.map(login)}::text[], ${rows.map((r) => dates(r).from)}::date[],
        ${rows.map((r) => dates(r).to)}::date[]) t(grp, person, login, from_date, to_date)),
    r as (
      select g.id as group_id, coalesce(x.local_id, (select u.id from app_user u
          where u.tenant_id = ${tenantId} and t.login is not null
            and (lower(u.username) = t.login or lower(u.email) = t.login)
          order by u.created_at limit 1)) as user_id, t.from_date, t.to_date
      from t left join attendance_group g on g.tenant_id = ${tenantId} and g.external_id = t.grp
      left join attendance_external_ref x on x.tenant_id = ${tenantId} and x.kind = 'staff'
        and x.external_id = t.person),
    written as (
      insert into attendance_group_mentor as gm (tenant_id, group_id, user_id, from_date, to_date)
      select distinct on (group_id, user_id) ${tenantId}::uuid, group_id, user_id, from_date,
        to_date from r where group_id is not null and user_id is not null
      order by group_id, user_id, from_date desc nulls last
      on conflict (group_id, user_id) do update set from_date = excluded.from_date,
        to_date = excluded.to_date
      where (gm.from_date, gm.to_date) is distinct from (excluded.from_date, excluded.to_date)
      returning 1)
    select (select count(*) from written)::int as written,
      (select count(*) from r where group_id is null or user_id is null)::int as skipped
  `.execute(trx);
  return result.rows[0] ?? { written: 0, skipped: 0 };
}
