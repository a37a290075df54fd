import type { Kysely } from "kysely";
import type { Config } from "../../platform/config";
import type { Database } from "../../platform/db/schema";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { dummyHash, verifyPassword } from "../../platform/auth/password";
import { createSession, deleteSession } from "../../platform/auth/session";
import { AppError } from "../../platform/http/errors";
import { findUserByUsername, loadSessionUser } from "./auth.repository";

const invalidCredentials = () =>
  new AppError(
    401,
    "invalid_credentials",
    "Fel användarnamn eller lösenord.",
    "Wrong username or password.",
  );

/**
 * Checks the password; after too many failures in a row the account is locked for a while
 * (the rate limit on the route slows guessing across accounts, the lockout guessing on one).
 */
export async function login(
  db: Kysely<Database>,
  config: Config,
  input: { username: string; password: string },
) {
  const user = await findUserByUsername(db, input.username);
  if (!user || !user.active) {
    await verifyPassword(await dummyHash(), input.password);
    throw invalidCredentials();
  }
  const now = new Date();
  if (user.locked_until && user.locked_until > now) {
    throw new AppError(
      423,
      "account_locked",
      "Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen senare.",
      "The account is temporarily locked after too many failed logins. Try again later.",
    );
  }
  const system = { tenantId: user.tenant_id, userId: null, system: "login" };
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const failures = user.failed_logins + 1;
    const lock = failures >= config.login.maxFailures;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("app_user")
        .set({
          failed_logins: lock ? 0 : failures,
          locked_until: lock
            ? new Date(now.getTime() + config.login.lockoutMinutes * 60_000)
            : null,
        })
        .where("id", "=", user.id)
        .execute();
      await recordAudit(trx, system, {
        action: lock ? "auth.locked" : "auth.login_failed",
        entityType: "user",
        entityId: user.id,
      });
    });
    throw invalidCredentials();
  }
  const session = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("app_user")
      .set({ failed_logins: 0, locked_until: null })
      .where("id", "=", user.id)
      .execute();
    const created = await createSession(trx, user.tenant_id, user.id);
    await recordAudit(
      trx,
      { tenantId: user.tenant_id, userId: user.id },
      {
        action: "auth.login",
        entityType: "user",
        entityId: user.id,
      },
    );
    return created;
  });
  const sessionUser = await loadSessionUser(db, user.tenant_id, user.id);
  return { ...session, user: sessionUser };
}

export async function logout(db: Kysely<Database>, actor: Actor, sessionId: string) {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    await recordAudit(trx, actor, {
      action: "auth.logout",
      entityType: "user",
      entityId: actor.userId,
    });
  });
}

export async function updateLocale(db: Kysely<Database>, actor: Actor, locale: "sv" | "en") {
  await db
    .updateTable("app_user")
    .set({ locale })
    .where("id", "=", actor.userId)
    .where("tenant_id", "=", actor.tenantId)
    .execute();
  return loadSessionUser(db, actor.tenantId, actor.userId);
}
