import { type Kysely, sql } from "kysely";
import { type CaseState, type CivilDate, addDays, stockholmDate } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";
import type { CaseFacts } from "./compute";
import { outcomeFacts } from "./outcome-facts.repository";

interface Row {
  id: string;
  child_id: string;
  area_id: string | null;
  state: CaseState;
  submitted_at: Date | string | null;
  first_sdq_at: Date | string | null;
}

const civil = (at: Date | string | null) => (at === null ? null : stockholmDate(new Date(at)));

/**
 * The facts the indicators need, one row per case requested up to the period's end (every step
 * of a case comes after its request). The area is the raising unit's: where the need was seen,
 * which stays the same when the child later moves.
 */
export async function caseFactsUntil(
  db: Kysely<Database>,
  tenantId: string,
  to: CivilDate,
): Promise<CaseFacts[]> {
  // A day's margin on the timestamp: the civil date in Stockholm is checked on the state itself.
  const before = `${addDays(to, 2)}T00:00:00Z`;
  const { rows } = await sql<Row>`
    select c.id, c.child_id, u.area_id, c.state,
      (select min(e.at) from case_event e
        where e.tenant_id = c.tenant_id and e.case_id = c.id and e.kind = 'submit') as submitted_at,
      (select min(r.submitted_at) from instrument_request q
        join instrument_response r on r.request_id = q.id and r.tenant_id = q.tenant_id
        where q.tenant_id = c.tenant_id and q.case_id = c.id and q.instrument = 'sdq') as first_sdq_at
    from cases c join unit u on u.id = c.raised_by_unit_id
    where c.tenant_id = ${tenantId} and c.requested_at < ${before}`.execute(db);
  const kept = rows.filter((r) => r.state.requestedOn <= to);
  const outcomes = await outcomeFacts(
    db,
    tenantId,
    kept.map((r) => ({ id: r.id, childId: r.child_id })),
  );
  return kept.map((r) => ({
    areaId: r.area_id,
    state: r.state,
    submittedOn: civil(r.submitted_at),
    firstSdqOn: civil(r.first_sdq_at),
    outcomes: outcomes.get(r.id)!,
  }));
}
