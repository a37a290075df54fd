import type { Kysely } from "kysely";
import { type AnyActor, hasRole, unitIdsWithRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";

export interface SteeringScope {
  /** Every area of the tenant, by name: figures are protected over all of them at once. */
  allAreas: { id: string; name: string }[];
  /** The areas the reader may see, or all of them (and the municipality's figures). */
  visible: "all" | string[];
}

/** Which areas' figures the reader may see (ADR 0035); anyone else is refused. */
export async function steeringScope(db: Kysely<Database>, actor: AnyActor): Promise<SteeringScope> {
  return {
    allAreas: await tenantAreas(db, actor.tenantId),
    visible: await visibleAreas(db, actor),
  };
}

/** Every area of the tenant, by name. */
export function tenantAreas(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom("area")
    .select(["id", "name"])
    .where("tenant_id", "=", tenantId)
    .orderBy("name")
    .execute();
}

/** Whether the reader sees an area (null: the whole municipality, seen only with every area). */
export function seesArea(visible: SteeringScope["visible"], areaId: string | null): boolean {
  return visible === "all" || (areaId !== null && visible.includes(areaId));
}

async function visibleAreas(db: Kysely<Database>, actor: AnyActor): Promise<"all" | string[]> {
  if (actor.userId === null) return "all"; // the CLI, run by the operator
  if (actor.kind !== "professional") throw forbidden();
  if (hasRole(actor, "analyst")) return "all";
  return steeringGroupAreas(db, actor);
}

/**
 * The areas a steering-group member answers for (and sets targets for): the areas of their
 * steering-group units, or all when one of those units lies outside every area.
 */
export async function steeringGroupAreas(
  db: Kysely<Database>,
  actor: AnyActor,
): Promise<"all" | string[]> {
  if (actor.userId === null || actor.kind !== "professional") throw forbidden();
  const units = unitIdsWithRole(actor, "steering_group");
  if (units.length === 0) throw forbidden();
  const rows = await db
    .selectFrom("unit")
    .select("area_id")
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "in", units)
    .execute();
  if (rows.some((r) => r.area_id === null)) return "all";
  return rows.map((r) => r.area_id!);
}
