import type { Kysely } from "kysely";
import type { ProfessionalRole } from "@kring/domain";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";

/**
 * The active professionals of a unit with their roles, so that a coordinator or principal can
 * appoint or invite them. Staff names are personal data too: professionals only, and audited.
 */
export async function unitPeople(db: Kysely<Database>, actor: Actor, unitId: string) {
  if (
    actor.kind !== "professional" ||
    actor.memberships.every((m) => m.role === "analyst" || m.role === "steering_group")
  ) {
    throw forbidden();
  }
  return db.transaction().execute(async (trx) => {
    const unit = await trx
      .selectFrom("unit")
      .select("id")
      .where("id", "=", unitId)
      .where("tenant_id", "=", actor.tenantId)
      .executeTakeFirst();
    if (!unit) throw notFound("unit");
    const rows = await trx
      .selectFrom("membership as m")
      .innerJoin("app_user as u", "u.id", "m.user_id")
      .select(["u.id", "u.display_name", "m.role"])
      .where("m.unit_id", "=", unitId)
      .where("m.tenant_id", "=", actor.tenantId)
      .where("u.active", "=", true)
      .where("u.kind", "=", "professional")
      .orderBy("u.display_name")
      .execute();
    await recordAudit(trx, actor, {
      action: "unit.people_list",
      entityType: "unit",
      entityId: unitId,
      details: { count: rows.length },
    });
    return rows.map((r) => ({
      userId: r.id,
      displayName: r.display_name,
      role: r.role as ProfessionalRole,
    }));
  });
}
