import type { Transaction } from "kysely";
import type { Database } from "../../platform/db/schema";

type Trx = Transaction<Database>;

/** Handovers of one plan, or those addressed to some units, with names for the page. */
export async function listHandovers(
  trx: Trx,
  tenantId: string,
  filter: { planId: string } | { toUnitIds: string[]; status: "proposed" },
) {
  let q = trx
    .selectFrom("plan_handover as h")
    .innerJoin("plan as p", "p.id", "h.plan_id")
    .innerJoin("child", "child.id", "p.child_id")
    .innerJoin("unit as fu", "fu.id", "h.from_unit_id")
    .innerJoin("unit as tu", "tu.id", "h.to_unit_id")
    .leftJoin("app_user as pu", "pu.id", "h.proposed_by")
    .leftJoin("app_user as du", "du.id", "h.decided_by")
    .select([
      "h.id",
      "h.kind",
      "h.note",
      "h.version_number",
      "h.status",
      "h.proposed_at",
      "h.decided_at",
      "h.from_unit_id",
      "h.to_unit_id",
      "fu.name as from_name",
      "tu.name as to_name",
      "pu.display_name as proposed_by",
      "du.display_name as decided_by",
      "child.given_name",
      "child.family_name",
      "p.case_id",
      "p.child_id",
    ])
    .where("h.tenant_id", "=", tenantId);
  if ("planId" in filter) q = q.where("h.plan_id", "=", filter.planId);
  else
    q = q
      .where("h.status", "=", filter.status)
      .where(
        "h.to_unit_id",
        "in",
        filter.toUnitIds.length ? filter.toUnitIds : ["00000000-0000-0000-0000-000000000000"],
      );
  const rows = await q.orderBy("h.proposed_at").execute();
  return rows.map((h) => ({
    id: h.id,
    kind: h.kind,
    fromUnit: { id: h.from_unit_id, name: h.from_name },
    toUnit: { id: h.to_unit_id, name: h.to_name },
    note: h.note,
    versionNumber: h.version_number,
    status: h.status,
    proposedAt: h.proposed_at.toISOString(),
    proposedBy: h.proposed_by,
    decidedAt: h.decided_at?.toISOString() ?? null,
    decidedBy: h.decided_by,
    childName: `${h.given_name} ${h.family_name}`,
    caseId: h.case_id,
    childId: h.child_id,
  }));
}
