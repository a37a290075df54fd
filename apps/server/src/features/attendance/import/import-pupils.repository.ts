import { type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { PupilRow, SchoolRow } from "./import-rows";

// Schools and pupils, written set-based (one statement per chunk of rows) because a large
// municipality sends tens of thousands of pupils. Every write only happens when something
// differs, so a re-import of the same data changes no row.

type Trx = Transaction<Database>;

/**
 * An SS 12000 school unit becomes a Kring unit of kind school, matched by name the first time.
 * "conflict": a unit of another kind already has the name (unit names are unique per tenant).
 */
export async function writeSchool(
  trx: Trx,
  tenantId: string,
  row: SchoolRow,
): Promise<"known" | "created" | "conflict"> {
  const ref = await trx
    .selectFrom("attendance_external_ref")
    .select("local_id")
    .where("tenant_id", "=", tenantId)
    .where("kind", "=", "organisation")
    .where("external_id", "=", row.ext)
    .executeTakeFirst();
  if (ref) return "known";
  const existing = await trx
    .selectFrom("unit")
    .select(["id", "kind"])
    .where("tenant_id", "=", tenantId)
    .where("name", "=", row.name)
    .executeTakeFirst();
  if (existing && existing.kind !== "school") return "conflict";
  let unitId = existing?.id;
  if (!unitId) {
    const organisation = await trx
      .selectFrom("organisation")
      .select("id")
      .where("tenant_id", "=", tenantId)
      .orderBy(sql`kind = 'municipality'`, "desc")
      .orderBy("created_at")
      .executeTakeFirstOrThrow();
    const unit = await trx
      .insertInto("unit")
      .values({
        tenant_id: tenantId,
        organisation_id: organisation.id,
        area_id: null,
        name: row.name,
        kind: "school",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    unitId = unit.id;
  }
  await trx
    .insertInto("attendance_external_ref")
    .values({ tenant_id: tenantId, kind: "organisation", external_id: row.ext, local_id: unitId })
    .execute();
  return "created";
}

/**
 * Pupils are looked up by personal number all through a batch. Statistics that predate its
 * first pupils (a tenant's first import: an empty table) let the planner pick the name index,
 * which starts with the tenant too, and filter all of the tenant's pupils on every lookup.
 */
export async function refreshPupilStatistics(trx: Trx) {
  await sql`analyze child`.execute(trx);
}

/** Upserts the pupils of one chunk; returns how many were created or changed. */
export async function writePupils(trx: Trx, tenantId: string, rows: PupilRow[]) {
  const col = <T>(f: (r: PupilRow) => T) => rows.map(f);
  const changed = await sql<{ n: number }>`
    with written as (
      insert into child as c (tenant_id, personal_number, given_name, family_name, birth_date,
        protected_identity)
      select ${tenantId}::uuid, t.pnr, t.given, t.family, t.birth,
        coalesce(t.protected, e.protected_identity, false)
      from unnest(${col((r) => r.personalNumber)}::text[], ${col((r) => r.givenName)}::text[],
        ${col((r) => r.familyName)}::text[], ${col((r) => r.birthDate)}::date[],
        ${col((r) => r.protectedIdentity)}::bool[]) t(pnr, given, family, birth, protected)
      left join lateral (select protected_identity from child where tenant_id = ${tenantId}
        and personal_number = t.pnr limit 1) e on true
      on conflict (tenant_id, personal_number) do update set given_name = excluded.given_name,
        family_name = excluded.family_name, protected_identity = excluded.protected_identity
      where (c.given_name, c.family_name, c.protected_identity)
        is distinct from (excluded.given_name, excluded.family_name, excluded.protected_identity)
      returning 1)
    select count(*)::int as n from written`.execute(trx);
  await sql`
    insert into attendance_external_ref as x (tenant_id, kind, external_id, local_id)
    select ${tenantId}::uuid, 'pupil', e.ext, c.id
    from unnest(${col((r) => r.ext)}::text[], ${col((r) => r.personalNumber)}::text[]) e(ext, pnr)
    cross join lateral (select id from child where tenant_id = ${tenantId}
      and personal_number = e.pnr limit 1) c
    on conflict (tenant_id, kind, external_id) do update set local_id = excluded.local_id
    where x.local_id <> excluded.local_id`.execute(trx);
  return changed.rows[0]?.n ?? 0;
}

/**
 * The schools each pupil is enrolled at become child_unit rows (what a principal's view and the
 * case process already use). Returns the indexes of enrolments at a school not imported.
 */
export async function writeEnrolments(trx: Trx, tenantId: string, rows: PupilRow[]) {
  const list = rows.flatMap((r, index) =>
    r.enrolments.map((e) => ({ index, pnr: r.personalNumber, ...e })),
  );
  if (list.length === 0) return { changed: 0, unknownSchool: [] as number[] };
  const col = <T>(f: (e: (typeof list)[number]) => T) => list.map(f);
  const result = await sql<{ changed: number; unknown: number[] }>`
    with e as (
      select * from unnest(${col((e) => e.index)}::int[], ${col((e) => e.pnr)}::text[],
        ${col((e) => e.schoolExt)}::text[], ${col((e) => e.schoolYear)}::int[],
        ${col((e) => e.from)}::date[], ${col((e) => e.to)}::date[],
        ${col((e) => e.ensureOnly ?? false)}::bool[])
        as e(i, pnr, school, school_year, from_date, to_date, ensure_only)),
    r as (
      select e.*, c.id as child_id, x.local_id as unit_id from e
      cross join lateral (select id from child where tenant_id = ${tenantId}
        and personal_number = e.pnr limit 1) c
      left join lateral (select local_id from attendance_external_ref where tenant_id = ${tenantId}
        and kind = 'organisation' and external_id = e.school limit 1) x on true),
    updated as (
      update child_unit cu set to_date = r.to_date, school_year = r.school_year from r
      where not r.ensure_only and cu.tenant_id = ${tenantId} and cu.child_id = r.child_id and cu.unit_id = r.unit_id
        and cu.from_date = r.from_date
        and (cu.to_date, cu.school_year) is distinct from (r.to_date, r.school_year)
      returning 1),
    inserted as (
      insert into child_unit (tenant_id, child_id, unit_id, from_date, to_date, school_year)
      select distinct on (r.child_id, r.unit_id, r.from_date)
        ${tenantId}::uuid, r.child_id, r.unit_id, r.from_date, r.to_date, r.school_year from r
      where r.unit_id is not null and not exists (select 1 from child_unit cu
        where cu.tenant_id = ${tenantId} and cu.child_id = r.child_id and cu.unit_id = r.unit_id
          and (cu.from_date = r.from_date or (r.ensure_only and cu.from_date <= r.from_date
            and (cu.to_date is null or cu.to_date >= r.from_date))))
      returning 1)
    select (select count(*) from updated)::int + (select count(*) from inserted)::int as changed,
      array(select distinct i from r where unit_id is null) as unknown`.execute(trx);
  const row = result.rows[0];
  return { changed: row?.changed ?? 0, unknownSchool: row?.unknown ?? [] };
}

/** A school named in a CSV is a Kring unit already; refer to it by its own id. */
export async function ensureUnitRef(trx: Trx, tenantId: string, ext: string, unitId: string) {
  await trx
    .insertInto("attendance_external_ref")
    .values({ tenant_id: tenantId, kind: "organisation", external_id: ext, local_id: unitId })
    .onConflict((oc) => oc.columns(["tenant_id", "kind", "external_id"]).doNothing())
    .execute();
}

export async function schoolsByName(trx: Trx, tenantId: string) {
  const units = await trx
    .selectFrom("unit")
    .select(["id", "name"])
    .where("tenant_id", "=", tenantId)
    .where("kind", "=", "school")
    .execute();
  return new Map(units.map((u) => [u.name.toLowerCase(), u.id]));
}

/**
 * Pupils SS 12000 reports as dead or emigrated leave the staircase at once: their open tasks are
 * cancelled and their progress forgets its step (as for a pupil no staircase applies to), and
 * the evaluation passes them over from then on. One reported active again comes back. Returns
 * how many pupils left.
 */
export async function markGone(trx: Trx, tenantId: string, rows: PupilRow[]) {
  const said = rows.filter((r) => r.gone !== undefined);
  if (said.length === 0) return 0;
  const changed = await sql<{ id: string; gone: boolean }>`
    update child c set attendance_gone_on = case when t.gone then (now() at time zone 'Europe/Stockholm')::date end
    from unnest(${said.map((r) => r.personalNumber)}::text[], ${said.map((r) => r.gone!)}::bool[])
      t(pnr, gone)
    where c.tenant_id = ${tenantId} and c.personal_number = t.pnr
      and (c.attendance_gone_on is not null) <> t.gone
    returning c.id, t.gone`.execute(trx);
  const gone = changed.rows.filter((r) => r.gone).map((r) => r.id);
  if (gone.length === 0) return 0;
  await sql`update attendance_task set status = 'cancelled'
    where tenant_id = ${tenantId} and child_id = any(${gone}::uuid[]) and status = 'open'`.execute(
    trx,
  );
  await sql`update attendance_progress set staircase_key = '', still_minutes = null,
      recent_days = null
    where tenant_id = ${tenantId} and child_id = any(${gone}::uuid[])`.execute(trx);
  return gone.length;
}
