import { type Kysely, sql } from "kysely";
import type { Database } from "../apps/server/src/platform/db/schema";

// Grows the demo municipality to a region's size in SQL of Kring's own shapes: new schools with
// mentors and a principal each, children enrolled there with one or two guardians, and cases
// cloned from the demo's own cases (every stage, with their networks, consents, ~30 events and
// meetings), each moved to a new child at a new school and raised by one of its mentors. The
// networks' other people come from pools per unit, so that each person holds a realistic share:
// a coordinator leads about a hundredth of the cases, a psychologist at BUP about forty.

const FAMILY = [
  "Andersson",
  "Johansson",
  "Karlsson",
  "Nilsson",
  "Eriksson",
  "Larsson",
  "Olsson",
  "Persson",
  "Svensson",
  "Gustafsson",
  "Pettersson",
  "Jonsson",
  "Jansson",
  "Hansson",
  "Bengtsson",
  "Jönsson",
  "Lindberg",
  "Jakobsson",
  "Magnusson",
  "Olofsson",
  "Lindström",
  "Lindqvist",
  "Lindgren",
  "Berg",
  "Axelsson",
  "Bergström",
  "Lundberg",
  "Lind",
  "Lundgren",
  "Lundqvist",
  "Mattsson",
  "Berglund",
  "Fredriksson",
  "Sandberg",
  "Henriksson",
  "Forsberg",
  "Sjöberg",
  "Wallin",
  "Ali",
  "Engström",
  "Mohamed",
  "Eklund",
  "Danielsson",
  "Lundin",
  "Håkansson",
  "Björk",
  "Bergman",
  "Gunnarsson",
  "Holm",
  "Wikström",
  "Samuelsson",
  "Isaksson",
  "Fransson",
  "Bergqvist",
  "Nyström",
  "Holmberg",
];
const GIVEN = [
  "Alice",
  "Maja",
  "Vera",
  "Ebba",
  "Alma",
  "Olivia",
  "Wilma",
  "Ella",
  "Saga",
  "Elsa",
  "Noah",
  "William",
  "Hugo",
  "Lucas",
  "Liam",
  "Oscar",
  "Elias",
  "Adam",
  "Nils",
  "Matteo",
  "Leo",
  "Astrid",
  "Ines",
  "Selma",
  "Freja",
  "Nova",
  "Stella",
  "Alva",
  "Signe",
  "Tyra",
  "Vincent",
  "Theo",
  "Charlie",
  "Harry",
  "Ludvig",
  "Frans",
  "Melvin",
  "Omar",
  "Isak",
  "Sixten",
  "Iris",
  "Juni",
];

const arr = (xs: string[]) => sql`array[${sql.join(xs)}]::text[]`;

export interface Scale {
  children: number;
  cases: number;
}

/** Adds `children` children and `cases` cases to the demo tenant. */
export async function scaleUp(pool: Kysely<Database>, tenantId: string, scale: Scale) {
  // One connection throughout: the working tables are temporary, of one session.
  await pool.connection().execute((db) => grow(db, tenantId, scale));
}

async function grow(db: Kysely<Database>, t: string, scale: Scale) {
  const T = sql`${t}::uuid`;
  const schools = Math.max(1, Math.ceil(scale.children / 400));
  let step = 0;
  const run = async (q: ReturnType<typeof sql>) => {
    const t0 = performance.now();
    await q.execute(db);
    if (process.env.BENCH_VERBOSE)
      process.stderr.write(`  step ${++step}: ${Math.round(performance.now() - t0)} ms\n`);
  };
  const hash = (
    await db
      .selectFrom("app_user")
      .select("password_hash")
      .where("username", "=", "samordnare")
      .executeTakeFirstOrThrow()
  ).password_hash;

  await run(sql`create temp table b_school as
    select gen_random_uuid() as id, g as n from generate_series(1, ${schools}) g`);
  await run(sql`insert into unit (id, tenant_id, organisation_id, area_id, name, kind)
    select s.id, ${T}, o.id, (select a.id from area a where a.tenant_id = ${T}
        order by a.name offset (s.n % (select count(*) from area where tenant_id = ${T})) limit 1),
      'Bänkskola ' || s.n, 'school'
    from b_school s, (select id from organisation where tenant_id = ${T} and kind = 'municipality') o`);
  // Staff: 16 mentors and a principal per school (children / 25 mentors in all).
  await run(sql`create temp table b_staff as
    select gen_random_uuid() as id, s.id as unit_id, s.n as school_n, g as k,
      case when g = 0 then 'principal' else 'teacher_mentor' end as role
    from b_school s, generate_series(0, 16) g`);
  await run(sql`insert into app_user (id, tenant_id, username, display_name, kind, password_hash)
    select id, ${T}, 'bench.' || school_n || '.' || k, 'Personal ' || school_n || ':' || k,
      'professional', ${hash} from b_staff`);
  await run(sql`insert into membership (tenant_id, user_id, unit_id, role)
    select ${T}, id, unit_id, role from b_staff`);

  // Children, each at a school, with one or two guardians.
  await run(sql`create temp table b_child as
    select gen_random_uuid() as id, g as n, 1 + (g % ${schools}) as school_n
    from generate_series(1, ${scale.children}) g`);
  await run(sql`insert into child (id, tenant_id, personal_number, given_name, family_name, birth_date)
    select c.id, ${T}, 'B' || lpad(c.n::text, 11, '0'),
      (${arr(GIVEN)})[1 + (c.n * 7) % ${GIVEN.length}],
      (${arr(FAMILY)})[1 + (c.n * 13) % ${FAMILY.length}],
      date '2009-01-01' + (c.n * 37) % 5000
    from b_child c`);
  await run(sql`insert into child_unit (tenant_id, child_id, unit_id, from_date)
    select ${T}, c.id, s.id, date '2024-08-15' from b_child c join b_school s on s.n = c.school_n`);
  await run(sql`create temp table b_guardian as
    select gen_random_uuid() as id, c.id as child_id, c.n, g
    from b_child c, generate_series(1, 2) g where g = 1 or c.n % 4 <> 0`);
  await run(sql`insert into guardian (id, tenant_id, given_name, family_name)
    select g.id, ${T}, (${arr(GIVEN)})[1 + (g.n * 11 + g.g) % ${GIVEN.length}],
      (${arr(FAMILY)})[1 + (g.n * 13) % ${FAMILY.length}] from b_guardian g`);
  await run(sql`insert into child_guardian (tenant_id, child_id, guardian_id)
    select ${T}, child_id, id from b_guardian`);

  // Pools of network people per demo unit other than the schools: the demo's own people in that
  // unit and new ones, about one per forty cases (coordinators one per hundred).
  await run(sql`create temp table b_pool as
    with units as (select distinct m.unit_id from case_member m join unit u on u.id = m.unit_id
      where m.tenant_id = ${T} and u.kind <> 'school' and m.user_id is not null)
    select u.unit_id, gen_random_uuid() as id, g as k, false as demo
    from units u, generate_series(1, greatest(1, ${scale.cases} / 40 /
      (select count(*) from units))::int) g`);
  await run(sql`insert into app_user (id, tenant_id, username, display_name, kind, password_hash)
    select id, ${T}, 'bench.net.' || k || '.' || left(unit_id::text, 8), 'Nätverk ' || k,
      'professional', ${hash} from b_pool`);
  await run(sql`insert into membership (tenant_id, user_id, unit_id, role)
    select distinct ${T}, p.id, p.unit_id, m.role from b_pool p
      join lateral (select role from membership m where m.unit_id = p.unit_id
        and m.role not in ('administrator', 'analyst') limit 1) m on true`);
  await run(sql`insert into b_pool select distinct m.unit_id, m.user_id, 0, true
    from membership m join b_pool p on p.unit_id = m.unit_id where m.tenant_id = ${T}
      and m.role not in ('administrator', 'analyst')`);
  await run(sql`create temp table b_pool_n as select unit_id, id,
    row_number() over (partition by unit_id order by demo desc, id) - 1 as i,
    count(*) over (partition by unit_id) as size from b_pool`);

  // Cases: the demo's cases round-robin as templates.
  await run(sql`create temp table b_tpl as select id, row_number() over (order by id) - 1 as i,
    raised_by_unit_id, raised_by_user_id from cases where tenant_id = ${T}`);
  await run(sql`create temp table b_case as
    select gen_random_uuid() as id, g as n, t.id as tpl, t.raised_by_unit_id as tpl_unit,
      t.raised_by_user_id as tpl_raiser, c.id as child_id, s.id as school, st.id as raiser
    from generate_series(1, ${scale.cases}) g
    join b_tpl t on t.i = g % (select count(*) from b_tpl)
    join b_child c on c.n = 1 + (g * 7919) % ${scale.children}
    join b_school s on s.n = c.school_n
    join b_staff st on st.unit_id = s.id and st.k = 1 + g % 16`);
  const cols = async (table: string) =>
    (
      await sql<{ c: string }>`select column_name as c from information_schema.columns
        where table_name = ${table} and table_schema = current_schema() order by ordinal_position`.execute(
        db,
      )
    ).rows.map((r) => r.c);
  /** insert into table select (each column, or its override) from `from`. */
  const clone = async (table: string, from: string, overrides: Record<string, string>) => {
    const c = await cols(table);
    const list = c.map((x) => `"${x}"`).join(", ");
    const exprs = c.map((x) => overrides[x] ?? `src."${x}"`).join(", ");
    await sql.raw(`insert into ${table} (${list}) select ${exprs} from ${from}`).execute(db);
  };
  await clone("cases", "b_case b join cases src on src.id = b.tpl", {
    id: "b.id",
    child_id: "b.child_id",
    raised_by_unit_id: "b.school",
    raised_by_user_id: "b.raiser",
    requested_at: "src.requested_at - (b.n % 300) * interval '1 day'",
  });
  // Members: the raiser's unit goes to the new school (the raiser, or another of its mentors);
  // other units to their pool.
  await run(sql`create temp table b_member as
    select gen_random_uuid() as id, m.id as old, b.id as case_id, b.n,
      case when m.unit_id = b.tpl_unit then b.school else m.unit_id end as unit_id,
      case when m.user_id is null then null
        when m.user_id = b.tpl_raiser then b.raiser
        when m.unit_id = b.tpl_unit then (select st.id from b_staff st
          where st.unit_id = b.school and st.k = 1 + (b.n + 5) % 16)
        else (select p.id from b_pool_n p where p.unit_id = m.unit_id
          and p.i = (b.n * 31 + hashtext(m.id::text) & 65535) % p.size) end as user_id
    from b_case b join case_member m on m.case_id = b.tpl`);
  await clone("case_member", "b_member b join case_member src on src.id = b.old", {
    id: "b.id",
    case_id: "b.case_id",
    unit_id: "b.unit_id",
    user_id: "b.user_id",
    replaces_member_id: "null",
  });
  await run(sql`create temp table b_consent as select gen_random_uuid() as kid, k.id as old,
      b.id as case_id, b.child_id, b.school, b.tpl_unit
    from b_case b join consent k on k.case_id = b.tpl`);
  await clone("consent", "b_consent b join consent src on src.id = b.old", {
    id: "b.kid",
    case_id: "b.case_id",
    child_id: "b.child_id",
    document_id: "null",
  });
  await run(sql`insert into consent_unit (tenant_id, consent_id, unit_id)
    select ${T}, b.kid, case when ku.unit_id = b.tpl_unit then b.school else ku.unit_id end
    from b_consent b join consent_unit ku on ku.consent_id = b.old
    on conflict do nothing`);
  // Events: the template's, repeated to about thirty a case.
  await run(sql`create temp table b_repeat as select t.id as tpl,
      greatest(1, 30 / greatest(1, (select count(*) from case_event x where x.case_id = t.id)))::int as r
    from b_tpl t`);
  await run(sql`insert into case_event (tenant_id, case_id, version, at, actor_user_id, kind, summary, data)
    select ${T}, b.id, e.version, e.at - (b.n % 300) * interval '1 day', e.actor_user_id, e.kind,
      e.summary, e.data
    from b_case b join b_repeat rp on rp.tpl = b.tpl join case_event e on e.case_id = b.tpl
    cross join generate_series(1, rp.r) r`);
  await run(sql`create temp table b_meeting as select gen_random_uuid() as nid, mt.id as old, b.id as case_id
    from b_case b join meeting mt on mt.case_id = b.tpl`);
  await clone("meeting", "b_meeting b join meeting src on src.id = b.old", {
    id: "b.nid",
    case_id: "b.case_id",
  });
  await run(sql`insert into meeting_invitee (meeting_id, tenant_id, case_member_id)
    select bm.nid, ${T}, m.id from b_meeting bm join meeting_invitee i on i.meeting_id = bm.old
    join b_member m on m.old = i.case_member_id and m.case_id = bm.case_id`);
  for (const tmp of [
    "b_school",
    "b_staff",
    "b_child",
    "b_guardian",
    "b_pool",
    "b_pool_n",
    "b_tpl",
    "b_case",
    "b_repeat",
    "b_member",
    "b_consent",
    "b_meeting",
  ])
    await sql.raw(`drop table ${tmp}`).execute(db);
}
