import { type Transaction, sql } from "kysely";
import type { Database } from "../../platform/db/schema";
import { stockholmDate } from "@kring/domain/cases";

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
  return (await unitOptionsByChild(trx, tenantId, [childId])).get(childId)!;
}

/** unitOptions for several children in one query (the overview lists many). */
export async function unitOptionsByChild(
  trx: Transaction<Database>,
  tenantId: string,
  childIds: readonly string[],
) {
  const byChild = new Map(childIds.map((id) => [id, [] as { id: string; name: string }[]]));
  if (childIds.length === 0) return byChild;
  const today = stockholmDate(new Date());
  const ids = sql.join(childIds.map((id) => sql`${id}::uuid`));
  const rows = await sql<{ child_id: string; id: string; name: string }>`
    select o.child_id, u.id, u.name from (
      select cu.child_id, cu.unit_id from child_unit cu where cu.child_id in (${ids})
        and (cu.to_date is null or cu.to_date >= ${today})
      union select i.child_id, i.unit_id from (${involvedUnitsSql(tenantId)}) i
        where i.child_id in (${ids})) o
    join unit u on u.id = o.unit_id
    where u.tenant_id = ${tenantId}
    order by u.name`.execute(trx);
  for (const r of rows.rows) byChild.get(r.child_id)!.push({ id: r.id, name: r.name });
  return byChild;
}
