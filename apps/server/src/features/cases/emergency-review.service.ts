// The administrator's review of emergency access: each grant with what was read under it.
import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";

export async function listEmergencyAccess(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("emergency_access as e")
      .innerJoin("app_user as u", "u.id", "e.user_id")
      .innerJoin("cases as c", "c.id", "e.case_id")
      .leftJoin("app_user as r", "r.id", "e.reviewed_by")
      .select([
        "e.id",
        "e.case_id",
        "e.user_id",
        "c.child_id",
        "e.reason",
        "e.reason_category",
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
    const grants = [];
    for (const r of rows) {
      // Everything the person did about this child while the access lasted (reads only: writes
      // are refused under emergency access).
      const reads = await trx
        .selectFrom("audit_event")
        .select(["at", "action", "entity_type"])
        .where("tenant_id", "=", actor.tenantId)
        .where("actor_user_id", "=", r.user_id)
        .where("at", ">=", r.granted_at)
        .where("at", "<=", r.expires_at)
        .where((eb) => eb.or([eb("child_id", "=", r.child_id), eb("entity_id", "=", r.case_id)]))
        .where("action", "!=", "case.emergency_access")
        .orderBy("seq")
        .orderBy("entry_id")
        .limit(100)
        .execute();
      grants.push({
        id: r.id,
        caseId: r.case_id,
        userName: r.display_name,
        category: r.reason_category,
        reason: r.reason,
        grantedAt: r.granted_at.toISOString(),
        expiresAt: r.expires_at.toISOString(),
        reviewedAt: r.reviewed_at?.toISOString() ?? null,
        reviewedBy: r.reviewer,
        reads: reads.map((a) => ({
          at: a.at.toISOString(),
          action: a.action,
          entityType: a.entity_type,
        })),
      });
    }
    // The review names children (what was read about whom): one entry per child listed.
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "emergency_access.list",
        entityType: "emergency_access",
        details: { grants: grants.length },
      },
      rows.map((r) => r.child_id),
    );
    return grants;
  });
}

export async function reviewEmergencyAccess(db: Kysely<Database>, actor: Actor, id: string) {
  requireRole(actor, "administrator");
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("emergency_access")
      .set({ reviewed_by: actor.userId, reviewed_at: new Date() })
      .where("id", "=", id)
      .where("tenant_id", "=", actor.tenantId)
      .returning("case_id")
      .executeTakeFirst();
    if (!result) throw notFound("emergency access");
    const { child_id } = await trx
      .selectFrom("cases")
      .select("child_id")
      .where("id", "=", result.case_id)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "emergency_access.review",
      entityType: "emergency_access",
      entityId: id,
      childId: child_id,
    });
  });
}
