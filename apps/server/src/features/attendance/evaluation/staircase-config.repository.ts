import { type Kysely, sql } from "kysely";
import { type Staircase, parseStaircase, requiredHistoryDays } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";

/** A saved staircase ready for evaluation. */
export interface ActiveStaircase {
  configId: string;
  /** Null: the tenant's own; otherwise the school it is for. */
  unitId: string | null;
  version: number;
  staircase: Staircase;
  /** Stored in each pupil's state: a new version makes the next evaluation start over. */
  key: string;
  /** School days of history an incremental evaluation reads before the new days. */
  history: number;
}

export async function activeStaircases(
  db: Kysely<Database>,
  tenantId: string,
): Promise<ActiveStaircase[]> {
  const rows = await db
    .selectFrom("attendance_staircase")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .execute();
  return rows.map((r) => {
    const key = `${r.id}:${r.version}`;
    // The engine checks that a state belongs to its staircase by id, so the version is part of it.
    const staircase = { ...parseStaircase(r.staircase), id: key };
    return {
      configId: r.id,
      unitId: r.unit_id,
      version: r.version,
      staircase,
      key,
      history: requiredHistoryDays(staircase),
    };
  });
}

/** The staircase that applies to a pupil at a school: the school's own, else the tenant's. */
export function staircaseFor(
  staircases: ActiveStaircase[],
  schoolUnitId: string | null,
): ActiveStaircase | null {
  return (
    staircases.find((s) => s.unitId !== null && s.unitId === schoolUnitId) ??
    staircases.find((s) => s.unitId === null) ??
    null
  );
}

/** Each pupil's current school: the latest enrolment at a unit of kind school. */
export async function schoolsOf(
  db: Kysely<Database>,
  tenantId: string,
  childIds: string[],
): Promise<Map<string, string>> {
  if (childIds.length === 0) return new Map();
  // One lookup per pupil along child_unit's child index: filtering every enrolment of the
  // municipality's schools by the list of ids took as long for forty pupils as for thousands.
  const rows = await sql<{ child_id: string; unit_id: string }>`
    select v.child_id, e.unit_id from unnest(${childIds}::uuid[]) v(child_id)
    cross join lateral (select cu.unit_id from child_unit cu
      join unit u on u.id = cu.unit_id and u.kind = 'school'
      where cu.child_id = v.child_id and cu.tenant_id = ${tenantId}
        and (cu.to_date is null or cu.to_date >= (now() at time zone 'Europe/Stockholm')::date)
      order by cu.from_date desc limit 1) e`.execute(db);
  return new Map(rows.rows.map((r) => [r.child_id, r.unit_id]));
}
