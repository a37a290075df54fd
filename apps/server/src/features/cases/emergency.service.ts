import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";

const EMERGENCY_HOURS = 12;

/**
 * Emergency access ("nödåtkomst"): a professional who must act now but is outside the network
 * states why and gets access for a few hours. It is audited with the reason and listed for review.
 */
export async function grantEmergencyAccess(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  reason: string,
) {
  if (actor.kind !== "professional" || actor.memberships.every((m) => m.role === "analyst"))
    throw forbidden();
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("cases")
      .select(["id", "child_id"])
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", caseId)
      .executeTakeFirst();
    if (!row) throw notFound("case");
    await trx
      .insertInto("emergency_access")
      .values({
        tenant_id: actor.tenantId,
        case_id: caseId,
        user_id: actor.userId,
        reason,
        expires_at: new Date(Date.now() + EMERGENCY_HOURS * 3_600_000),
      })
      .execute();
    await recordAudit(trx, actor, {
      action: "case.emergency_access",
      entityType: "case",
      entityId: caseId,
      childId: row.child_id,
      reason,
      details: { flaggedForReview: true },
    });
  });
}

export async function listEmergencyAccess(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "administrator");
  const rows = await db
    .selectFrom("emergency_access as e")
    .innerJoin("app_user as u", "u.id", "e.user_id")
    .leftJoin("app_user as r", "r.id", "e.reviewed_by")
    .select([
      "e.id",
      "e.case_id",
      "e.reason",
      "e.granted_at",
      "e.expires_at",
      "e.reviewed_at",
      "u.display_name",
      "r.display_name as reviewer",
    ])
    .where("e.tenant_id", "=", actor.tenantId)
    .orderBy("e.granted_at", "desc")
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    userName: r.display_name,
    reason: r.reason,
    grantedAt: r.granted_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    reviewedAt: r.reviewed_at?.toISOString() ?? null,
    reviewedBy: r.reviewer,
  }));
}

export async function reviewEmergencyAccess(db: Kysely<Database>, actor: Actor, id: string) {
  requireRole(actor, "administrator");
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("emergency_access")
      .set({ reviewed_by: actor.userId, reviewed_at: new Date() })
      .where("id", "=", id)
      .where("tenant_id", "=", actor.tenantId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound("emergency access");
    await recordAudit(trx, actor, {
      action: "emergency_access.review",
      entityType: "emergency_access",
      entityId: id,
    });
  });
}
