import type { Kysely } from "kysely";
import type { RoleChange } from "@kring/contracts";
import type { z } from "zod";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";

type Change = z.infer<typeof RoleChange>;
const text = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * Every change of anyone's roles, newest first, read from the audit log (where each change is
 * written in the same transaction as the change): who changed whose role, what, when.
 */
export async function listRoleChanges(db: Kysely<Database>, actor: Actor): Promise<Change[]> {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("audit_event as a")
      .leftJoin("app_user as by", "by.id", "a.actor_user_id")
      .select(["a.at", "a.action", "a.details", "by.display_name as changed_by"])
      .where("a.tenant_id", "=", actor.tenantId)
      .where("a.action", "in", ["membership.create", "membership.delete"])
      // Unchained entries (no seq yet, ADR 0043) are the newest: nulls come first.
      .orderBy("a.seq", "desc")
      .orderBy("a.entry_id", "desc")
      .limit(500)
      .execute();
    const userIds = [...new Set(rows.flatMap((r) => text(r.details.userId) ?? []))];
    const unitIds = [...new Set(rows.flatMap((r) => text(r.details.unitId) ?? []))];
    // One query after the other: a transaction is one connection.
    const users = userIds.length
      ? await trx
          .selectFrom("app_user")
          .select(["id", "display_name"])
          .where("tenant_id", "=", actor.tenantId)
          .where("id", "in", userIds)
          .execute()
      : [];
    const units = unitIds.length
      ? await trx
          .selectFrom("unit")
          .select(["id", "name"])
          .where("tenant_id", "=", actor.tenantId)
          .where("id", "in", unitIds)
          .execute()
      : [];
    await recordAudit(trx, actor, {
      action: "role_change.list",
      entityType: "membership",
      details: { count: rows.length },
    });
    return rows.map((r) => {
      const userId = text(r.details.userId);
      const unitId = text(r.details.unitId);
      return {
        at: r.at.toISOString(),
        changedBy: r.changed_by,
        userId,
        userName: users.find((u) => u.id === userId)?.display_name ?? null,
        change: r.action === "membership.create" ? "added" : "removed",
        role: (text(r.details.role) as Change["role"]) ?? null,
        unitName: units.find((u) => u.id === unitId)?.name ?? null,
      };
    });
  });
}
