import type { Transaction } from "kysely";
import { type Actor, requireRole, unitIdsWithRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";

// The Barnets bästa lead's area (Kronoberg: one lead per operational area, from maternity care
// until the child comes of age): the areas of the units where they hold the role. A lead in a
// unit outside every area answers for the whole municipality, as the steering group does.

export interface LeadArea {
  id: string;
  name: string;
}

export async function leadAreas(
  trx: Transaction<Database>,
  actor: Actor,
  only?: string,
): Promise<LeadArea[]> {
  requireRole(actor, "childs_best_lead");
  const units = await trx
    .selectFrom("unit")
    .select("area_id")
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "in", unitIdsWithRole(actor, "childs_best_lead"))
    .execute();
  const whole = units.some((u) => u.area_id === null);
  let query = trx
    .selectFrom("area")
    .select(["id", "name"])
    .where("tenant_id", "=", actor.tenantId)
    .orderBy("name");
  if (!whole)
    query = query.where(
      "id",
      "in",
      units.map((u) => u.area_id!),
    );
  const areas = await query.execute();
  if (!only) return areas;
  const chosen = areas.filter((a) => a.id === only);
  if (chosen.length === 0) throw forbidden();
  return chosen;
}

/** The last birth date of a child who is not yet 18 on `today`. */
export function bornAfter(today: string) {
  return `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`;
}
