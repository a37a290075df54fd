import { type Kysely, sql } from "kysely";
import { ORGANISATION_KINDS } from "@kring/domain";
import type { StructureResponse } from "@kring/contracts";
import type { Database } from "../../platform/db/schema";

export async function loadStructure(
  db: Kysely<Database>,
  tenantId: string,
): Promise<StructureResponse> {
  const [organisations, areas, units] = await Promise.all([
    db
      .selectFrom("organisation")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      // The municipality and the region first (most units are theirs, and a new unit's form
      // starts with the first), then organisations outside them (ORGANISATION_KINDS' order).
      .orderBy(sql`array_position(${sql.val([...ORGANISATION_KINDS])}::text[], kind)`)
      .orderBy("name")
      .execute(),
    db.selectFrom("area").selectAll().where("tenant_id", "=", tenantId).orderBy("name").execute(),
    db.selectFrom("unit").selectAll().where("tenant_id", "=", tenantId).orderBy("name").execute(),
  ]);
  return {
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    areas: areas.map((a) => ({ id: a.id, organisationId: a.organisation_id, name: a.name })),
    units: units.map((u) => ({
      id: u.id,
      organisationId: u.organisation_id,
      areaId: u.area_id,
      name: u.name,
      kind: u.kind as StructureResponse["units"][number]["kind"],
    })),
  };
}

/** True when every given id of the table belongs to the tenant. */
export async function belongsToTenant(
  db: Kysely<Database>,
  table: "organisation" | "area" | "unit",
  tenantId: string,
  ids: (string | null | undefined)[],
): Promise<boolean> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return true;
  const rows = await db
    .selectFrom(table)
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("id", "in", wanted)
    .execute();
  return rows.length === wanted.length;
}
