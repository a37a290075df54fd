import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/db/schema";
import type { PupilFacts } from "./attendance-compute";

interface Row {
  child_id: string;
  steps: { step: number; from: string }[];
}

/**
 * Every pupil who has stood on the attendance staircase, with their steps (the stored history of
 * the staircase evaluation) and the schools they attended, for the area of each period. Read by
 * the indicators only as counts: no pupil leaves the server.
 */
export async function pupilFacts(db: Kysely<Database>, tenantId: string): Promise<PupilFacts[]> {
  const { rows } = await sql<Row>`
    select s.child_id,
      (select coalesce(jsonb_agg(jsonb_build_object('step', h -> 'step', 'from', h ->> 'from')
        order by ord), '[]'::jsonb)
       from jsonb_array_elements(s.state -> 'history') with ordinality as x(h, ord)) as steps
    from attendance_pupil_state s
    where s.tenant_id = ${tenantId} and jsonb_array_length(s.state -> 'history') > 0`.execute(db);
  if (rows.length === 0) return [];
  const schools = await sql<{ child_id: string; area_id: string | null; from: string }>`
    select cu.child_id, u.area_id, to_char(cu.from_date, 'YYYY-MM-DD') as from
    from child_unit cu join unit u on u.id = cu.unit_id and u.kind = 'school'
    where cu.tenant_id = ${tenantId}
      and cu.child_id in (select child_id from attendance_pupil_state
        where tenant_id = ${tenantId} and jsonb_array_length(state -> 'history') > 0)`.execute(db);
  const byChild = new Map<string, PupilFacts["schools"]>();
  for (const s of schools.rows)
    byChild.set(s.child_id, [
      ...(byChild.get(s.child_id) ?? []),
      { areaId: s.area_id, from: s.from },
    ]);
  return rows.map((r) => ({
    schools: byChild.get(r.child_id) ?? [],
    steps: (typeof r.steps === "string" ? (JSON.parse(r.steps) as Row["steps"]) : r.steps).map(
      (e) => ({ step: Number(e.step), from: e.from }),
    ),
  }));
}
