import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { clearAllAttempts, secondFactorKeyOf } from "../../platform/auth/login-throttle";
import { AppError, conflict, notFound } from "../../platform/http/errors";

// An administrator removing their own second factor would weaken their own sign-in by their own
// say-so (as with their own roles, ADR 0020); another administrator does it.
const removingOwn = () =>
  new AppError(
    403,
    "own_second_factor",
    "Du kan inte ta bort din egen tvåstegsverifiering. Be en annan administratör.",
    "You cannot remove your own two-step verification. Ask another administrator.",
  );

/**
 * For a user who lost both the phone and the recovery codes: the app's secret and the codes are
 * removed, the user's sessions end, and the next sign-in asks them to enrol a new app before
 * anything else (`must_enrol_second_factor`). Audited as user.second_factor_removed.
 */
export async function removeSecondFactor(db: Kysely<Database>, actor: Actor, userId: string) {
  requireRole(actor, "administrator");
  if (actor.userId === userId) throw removingOwn();
  const user = await db
    .selectFrom("app_user")
    .select(["id", "username", "totp_confirmed_at"])
    .where("id", "=", userId)
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirst();
  if (!user) throw notFound("user");
  if (!user.totp_confirmed_at)
    throw conflict(
      "Användaren har ingen tvåstegsverifiering att ta bort.",
      "The user has no two-step verification to remove.",
    );
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("app_user")
      .set({
        totp_secret: null,
        totp_confirmed_at: null,
        totp_last_step: null,
        must_enrol_second_factor: true,
      })
      .where("id", "=", user.id)
      .execute();
    await trx.deleteFrom("recovery_code").where("user_id", "=", user.id).execute();
    await trx.deleteFrom("user_session").where("user_id", "=", user.id).execute();
    await trx
      .deleteFrom("login_throttle")
      .where("user_key", "=", secondFactorKeyOf(user.id))
      .execute();
    await clearAllAttempts(trx, user.username);
    await recordAudit(trx, actor, {
      action: "user.second_factor_removed",
      entityType: "user",
      entityId: user.id,
    });
  });
}
