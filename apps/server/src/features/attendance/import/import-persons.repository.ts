import { type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { PersonRow, PupilRow } from "./import-rows";

// Persons who are not pupils are guardians when a pupil names them as responsible, otherwise
// staff. Which is which is only known once every person of the batch has been read, so they
// wait in temporary tables (dropped at commit) until the end of the persons.

type Trx = Transaction<Database>;

export async function createPersonStaging(trx: Trx) {
  await sql`create temp table if not exists import_person (ext text primary key, pnr text,
    given text, family text, protected bool, phone text, email text, logins text[])
    on commit drop`.execute(trx);
  await sql`create temp table if not exists import_responsible (pupil_ext text, person_ext text,
    custody bool) on commit drop`.execute(trx);
  await sql`create index if not exists import_responsible_person_idx
    on import_responsible (person_ext)`.execute(trx);
}

export async function stagePersons(trx: Trx, rows: PersonRow[]) {
  const col = <T>(f: (r: PersonRow) => T) => rows.map(f);
  // Logins travel as one newline-separated text per person: unnest cannot take ragged arrays.
  const logins = col((r) => r.logins.map((l) => l.toLowerCase().replace(/\n/g, " ")).join("\n"));
  await sql`insert into import_person
    select ext, pnr, given, family, protected, phone, email,
      case when logins = '' then '{}'::text[] else string_to_array(logins, E'\n') end
    from unnest(${col((r) => r.ext)}::text[], ${col((r) => r.personalNumber)}::text[],
      ${col((r) => r.givenName)}::text[], ${col((r) => r.familyName)}::text[],
      ${col((r) => r.protectedIdentity)}::bool[], ${col((r) => r.phone)}::text[],
      ${col((r) => r.email)}::text[], ${logins}::text[])
      as t(ext, pnr, given, family, protected, phone, email, logins)
    on conflict (ext) do nothing`.execute(trx);
}

export async function stageResponsibles(trx: Trx, rows: PupilRow[]) {
  const pairs = rows.flatMap((r) => r.responsibles.map((g) => ({ pupil: r.ext, ...g })));
  if (pairs.length === 0) return;
  await sql`insert into import_responsible select * from unnest(
    ${pairs.map((p) => p.pupil)}::text[], ${pairs.map((p) => p.personExt)}::text[],
    ${pairs.map((p) => p.custody)}::bool[])`.execute(trx);
}

/** Creates or updates guardians and links them to their children; returns what changed. */
export async function resolveGuardians(trx: Trx, tenantId: string) {
  // Temporary tables get no statistics on their own; without them the joins below are planned
  // as if the tables were empty.
  await sql`analyze import_person, import_responsible`.execute(trx);
  const created = await sql<{ n: number }>`
    with known as (
      select distinct on (g.personal_number) g.personal_number, g.id from guardian g
      where g.tenant_id = ${tenantId} and g.personal_number is not null
      order by g.personal_number, g.created_at),
    fresh as (
      select p.*, gen_random_uuid() as new_id, k.id as existing_id
      from import_person p left join known k on k.personal_number = p.pnr
      where exists (select 1 from import_responsible r where r.person_ext = p.ext)
        and not exists (select 1 from attendance_external_ref x where x.tenant_id = ${tenantId}
          and x.kind = 'guardian' and x.external_id = p.ext)),
    inserted as (
      insert into guardian (id, tenant_id, personal_number, given_name, family_name, phone, email,
        protected_identity)
      select new_id, ${tenantId}::uuid, pnr, given, family, phone, email, protected from fresh
      where existing_id is null returning 1),
    referenced as (
      insert into attendance_external_ref (tenant_id, kind, external_id, local_id)
      select ${tenantId}::uuid, 'guardian', ext, coalesce(existing_id, new_id) from fresh
      returning 1)
    select (select count(*) from inserted)::int as n
  `.execute(trx);
  const updated = await sql`
    update guardian g set personal_number = coalesce(p.pnr, g.personal_number),
      given_name = p.given, family_name = p.family, phone = p.phone, email = p.email,
      protected_identity = p.protected
    from import_person p join attendance_external_ref x on x.tenant_id = ${tenantId}
      and x.kind = 'guardian' and x.external_id = p.ext
    where g.id = x.local_id and (g.personal_number, g.given_name, g.family_name, g.phone, g.email,
        g.protected_identity) is distinct from (coalesce(p.pnr, g.personal_number), p.given,
        p.family, p.phone, p.email, p.protected)`.execute(trx);
  // The source says who has custody: a relation it changes (custody decided by a court) changes
  // here too. A pair named twice in one batch keeps custody if either says so.
  const linked = await sql`
    insert into child_guardian as cg (tenant_id, child_id, guardian_id, custody)
    select ${tenantId}::uuid, c.local_id, g.local_id, bool_or(r.custody) from import_responsible r
    join attendance_external_ref c on c.tenant_id = ${tenantId} and c.kind = 'pupil'
      and c.external_id = r.pupil_ext
    join attendance_external_ref g on g.tenant_id = ${tenantId} and g.kind = 'guardian'
      and g.external_id = r.person_ext
    group by c.local_id, g.local_id
    on conflict (child_id, guardian_id) do update set custody = excluded.custody
    where cg.custody <> excluded.custody`.execute(trx);
  const missing = await sql<{ n: number }>`
    select count(*)::int as n from import_responsible r where not exists (
      select 1 from attendance_external_ref g where g.tenant_id = ${tenantId}
        and g.kind = 'guardian' and g.external_id = r.person_ext)`.execute(trx);
  return {
    changed:
      (created.rows[0]?.n ?? 0) +
      Number(updated.numAffectedRows ?? 0) +
      Number(linked.numAffectedRows ?? 0),
    unknownResponsibles: missing.rows[0]?.n ?? 0,
  };
}

/** Staff are found by their e-mail or eduPersonPrincipalName among the tenant's accounts. */
export async function resolveStaff(trx: Trx, tenantId: string) {
  const result = await sql`
    with logins as (
      select p.ext, unnest(p.logins) as login from import_person p
      where not exists (select 1 from import_responsible r where r.person_ext = p.ext)),
    users as (
      select id, created_at, lower(email) as login from app_user
        where tenant_id = ${tenantId} and kind = 'professional' and email is not null
      union all
      select id, created_at, lower(username) from app_user
        where tenant_id = ${tenantId} and kind = 'professional')
    insert into attendance_external_ref as x (tenant_id, kind, external_id, local_id)
    select distinct on (l.ext) ${tenantId}::uuid, 'staff', l.ext, u.id
    from logins l join users u on u.login = l.login
    order by l.ext, u.created_at
    on conflict (tenant_id, kind, external_id) do update set local_id = excluded.local_id
    where x.local_id <> excluded.local_id`.execute(trx);
  await sql`truncate import_person, import_responsible`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
