import type { Kysely } from "kysely";
import type { Config } from "../../platform/config";
import type { Database } from "../../platform/db/schema";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { hashPassword, verifyPassword } from "../../platform/auth/password";
import { checkNewPassword } from "../../platform/auth/password-policy";
import { chargeAttempt, clearAttempts, userKeyOf } from "../../platform/auth/login-throttle";
import { AppError } from "../../platform/http/errors";

/**
 * A user chooses a new password, proving the current one (charged like a sign-in attempt, so a
 * left-open session cannot be used to guess it). Their other sessions end.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  config: Config,
  actor: Actor,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
  address: string,
) {
  const user = await db
    .selectFrom("app_user")
    .select(["id", "username", "password_hash"])
    .where("id", "=", actor.userId)
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirstOrThrow();
  const key = userKeyOf(user.username);
  const allowed = await chargeAttempt(db, config, key, address);
  if (!allowed || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError(
      400,
      "wrong_password",
      "Det nuvarande lösenordet stämmer inte. Efter flera försök i rad behöver du vänta en stund.",
      "The current password is not right. After several attempts in a row you need to wait a while.",
    );
  }
  await clearAttempts(db, key, address);
  if (input.newPassword === input.currentPassword) {
    throw new AppError(
      400,
      "same_password",
      "Välj ett annat lösenord än det nuvarande.",
      "Choose a password other than the current one.",
    );
  }
  checkNewPassword(input.newPassword, user.username);
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("app_user")
      .set({ password_hash: hash, must_change_password: false })
      .where("id", "=", user.id)
      .execute();
    await trx
      .deleteFrom("user_session")
      .where("user_id", "=", user.id)
      .where("id", "!=", sessionId)
      .execute();
    await recordAudit(trx, actor, {
      action: "auth.password_changed",
      entityType: "user",
      entityId: user.id,
    });
  });
}
