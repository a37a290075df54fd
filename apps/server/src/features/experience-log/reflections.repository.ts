import { type Kysely, sql } from "kysely";
import type { CaseState, CivilDate, Reflection } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";

/** One reflection as the log needs it: no case, no child, no person, the day only for grouping. */
export interface ReflectionFact {
  areaId: string | null;
  on: CivilDate;
  source: "closure" | "evaluation";
  reflection: Reflection;
}

/**
 * The reflections recorded in a period, at closure and at evaluations, with the area of the unit
 * that raised the request (as the steering figures count it, ADR 0035). They live in the case's
 * state, so they leave with the case under retention; nothing else of the case is read.
 */
export async function reflectionsIn(
  db: Kysely<Database>,
  tenantId: string,
  from: CivilDate,
  to: CivilDate,
): Promise<ReflectionFact[]> {
  const { rows } = await sql<{ area_id: string | null; state: CaseState }>`
    select u.area_id, c.state from cases c join unit u on u.id = c.raised_by_unit_id
    where c.tenant_id = ${tenantId}
      and (c.state -> 'closure' -> 'reflection' is not null
        or jsonb_typeof(c.state -> 'evaluations') = 'array')`.execute(db);
  const facts: ReflectionFact[] = [];
  const within = (on: CivilDate) => on >= from && on <= to;
  for (const { area_id: areaId, state } of rows) {
    const closure = state.closure;
    if (closure?.reflection && within(closure.on))
      facts.push({ areaId, on: closure.on, source: "closure", reflection: closure.reflection });
    for (const e of state.evaluations ?? [])
      if (e.reflection && within(e.on))
        facts.push({ areaId, on: e.on, source: "evaluation", reflection: e.reflection });
  }
  return facts;
}
