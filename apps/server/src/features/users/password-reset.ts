import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { hashPassword } from "../../platform/auth/password";
import { checkNewPassword } from "../../platform/auth/password-policy";
import { clearAllAttempts } from "../../platform/auth/login-throttle";
import { notFound } from "../../platform/http/errors";

/**
 * An administrator gives a user a new password to hand over; the user must choose their own at
 * the next sign-in. The user's sessions end and any wait after failed attempts is lifted.
 */
export async function resetPassword(
  db: Kysely<Database>,
  actor: Actor,
  userId: string,
  password: string,
) {
  requireRole(actor, "administrator");
  const user = await db
    .selectFrom("app_user")
    .select(["id", "username"])
    .where("id", "=", userId)
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirst();
  if (!user) throw notFound("user");
  checkNewPassword(password, user.username);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("app_user")
      .set({ password_hash: hash, must_change_password: true })
      .where("id", "=", user.id)
      .execute();
    await trx.deleteFrom("user_session").where("user_id", "=", user.id).execute();
    await clearAllAttempts(trx, user.username);
    await recordAudit(trx, actor, {
      action: "user.password_reset",
      entityType: "user",
      entityId: user.id,
    });
  });
}
