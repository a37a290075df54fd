import { type Kysely, sql } from "kysely";
import type { Database } from "../apps/server/src/platform/db/schema";

// What the steering figures read besides cases and their events and meetings (cases-scale.ts
// grows those): plans with their versions and SDQs with their responses, cloned from the demo's
// own, and pupils on the attendance staircase. Each new case (at a bench school) takes the plan
// and instruments of a demo case chosen round-robin; every tenth bench child stands on a step.

async function columns(db: Kysely<Database>, table: string) {
  const { rows } = await sql<{ c: string }>`select column_name as c from information_schema.columns
    where table_name = ${table} and table_schema = current_schema() order by ordinal_position`.execute(
    db,
  );
  return rows.map((r) => r.c);
}

/** insert into `table` every column of `src` in `from`, or its override. */
async function clone(
  db: Kysely<Database>,
  table: string,
  from: string,
  overrides: Record<string, string>,
) {
  const c = await columns(db, table);
  const list = c.map((x) => `"${x}"`).join(", ");
  const exprs = c.map((x) => overrides[x] ?? `src."${x}"`).join(", ");
  await sql.raw(`insert into ${table} (${list}) select ${exprs} from ${from}`).execute(db);
}

export async function scaleSteering(pool: Kysely<Database>, tenantId: string) {
  await pool.connection().execute(async (db) => {
    const T = sql`${tenantId}::uuid`;
    await sql`create temp table s_new as
      select c.id, c.child_id, row_number() over (order by c.id) as n
      from cases c join unit u on u.id = c.raised_by_unit_id
      where c.tenant_id = ${T} and u.name like 'Bänkskola %'`.execute(db);
    // Plans: new cases take a demo plan's content round-robin.
    await sql`create temp table s_plan_tpl as select p.id, row_number() over (order by p.id) - 1 as i
      from plan p join cases c on c.id = p.case_id join unit u on u.id = c.raised_by_unit_id
      where p.tenant_id = ${T} and u.name not like 'Bänkskola %'`.execute(db);
    await sql`create temp table s_plan as select gen_random_uuid() as pid, t.id as old, s.id as case_id,
        s.child_id
      from s_new s join s_plan_tpl t on t.i = s.n % (select count(*) from s_plan_tpl)
      join cases c on c.id = s.id where c.state ->> 'planAgreedOn' is not null`.execute(db);
    await clone(db, "plan", "s_plan b join plan src on src.id = b.old", {
      id: "b.pid",
      case_id: "b.case_id",
      child_id: "b.child_id",
    });
    await clone(db, "plan_version", "s_plan b join plan_version src on src.plan_id = b.old", {
      id: "gen_random_uuid()",
      plan_id: "b.pid",
    });
    // Instruments: a demo case's requests and responses, round-robin.
    await sql`create temp table s_ins_tpl as select case_id, row_number() over (order by case_id) - 1 as i
      from (select distinct case_id from instrument_request where tenant_id = ${T}
        and case_id is not null) x`.execute(db);
    await sql`create temp table s_req as select gen_random_uuid() as rid, q.id as old, s.id as case_id,
        s.child_id
      from s_new s join s_ins_tpl t on t.i = s.n % (select count(*) from s_ins_tpl)
      join instrument_request q on q.case_id = t.case_id`.execute(db);
    await clone(db, "instrument_request", "s_req b join instrument_request src on src.id = b.old", {
      id: "b.rid",
      case_id: "b.case_id",
      child_id: "b.child_id",
    });
    await clone(
      db,
      "instrument_response",
      "s_req b join instrument_response src on src.request_id = b.old",
      { id: "gen_random_uuid()", request_id: "b.rid" },
    );
    // Pupils on the staircase: step 1 in the autumn, some climb to 2, half come back in spring.
    await sql`insert into attendance_pupil_state (tenant_id, child_id, staircase_key, step,
        top_step, since, state)
      select ${T}, c.id, 'bench', h.step, false, h.since::date,
        jsonb_build_object('staircaseId', 'bench', 'step', h.step, 'since', h.since,
          'lastEvaluated', '2026-12-01', 'invalidAbsenceSeen', false, 'history', h.history)
      from (select distinct cu.child_id as id, row_number() over (order by cu.child_id) as n
        from child_unit cu join unit u on u.id = cu.unit_id
        where cu.tenant_id = ${T} and u.name like 'Bänkskola %') c
      cross join lateral (select
        case when c.n % 2 = 0 then 0 else 1 + c.n % 3 end as step,
        (date '2026-01-12' + (c.n % 120)::int)::text as since,
        jsonb_build_array(
          jsonb_build_object('step', 1, 'from', (date '2025-09-01' + (c.n % 90)::int)::text,
            'reason', jsonb_build_object('code', 'absence_share')),
          jsonb_build_object('step', case when c.n % 2 = 0 then 0 else 1 + c.n % 3 end,
            'from', (date '2026-01-12' + (c.n % 120)::int)::text,
            'reason', jsonb_build_object('code', 'absence_share'))) as history) h
      where c.n % 10 = 0
      on conflict do nothing`.execute(db);
    for (const t of ["s_new", "s_plan_tpl", "s_plan", "s_ins_tpl", "s_req"])
      await sql.raw(`drop table ${t}`).execute(db);
  });
}
