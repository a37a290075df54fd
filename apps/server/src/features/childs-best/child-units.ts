import { type Transaction, sql } from "kysely";
import type { Database } from "../../platform/db/schema";

/**
 * The units around a child (Kronoberg's "flera aktörer"): the units of the child's open
 * early-support contacts, and of the child's requests and cases not closed or declined (the
 * raising unit, the units named in the request, the network's units). The child's school or
 * preschool alone does not count: every child has one.
 */
export function involvedUnitsSql(tenantId: string) {
  return sql`
    select e.child_id, e.unit_id from early_support_contact e
      where e.tenant_id = ${tenantId} and e.status = 'open'
    union select c.child_id, c.raised_by_unit_id from cases c
      where c.tenant_id = ${tenantId} and c.stage not in ('closed', 'declined')
    union select c.child_id, iu.unit_id from cases c join case_involved_unit iu on iu.case_id = c.id
      where c.tenant_id = ${tenantId} and c.stage not in ('closed', 'declined')
    union select c.child_id, m.unit_id from cases c join case_member m on m.case_id = c.id
      where c.tenant_id = ${tenantId} and c.stage not in ('closed', 'declined')
        and m.left_at is null and m.unit_id is not null`;
}

/** The units the lead may ask to start a plan for the child: its own units and those involved. */
export async function unitOptions(trx: Transaction<Database>, tenantId: string, childId: string) {
  const today = new Date().toISOString().slice(0, 10);
  const rows = await sql<{ id: string; name: string }>`
    select u.id, u.name from unit u where u.tenant_id = ${tenantId} and u.id in (
      select cu.unit_id from child_unit cu where cu.child_id = ${childId}
        and (cu.to_date is null or cu.to_date >= ${today})
      union select i.unit_id from (${involvedUnitsSql(tenantId)}) i where i.child_id = ${childId})
    order by u.name`.execute(trx);
  return rows.rows;
}
