import type { Kysely } from "kysely";
import type { Config } from "../../platform/config";
import type { Database } from "../../platform/db/schema";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { dummyHash, verifyPassword } from "../../platform/auth/password";
import { createSession, deleteSession } from "../../platform/auth/session";
import {
  chargeAttempt,
  clearAttempts,
  pruneIdleAttempts,
  userKeyOf,
} from "../../platform/auth/login-throttle";
import { AppError } from "../../platform/http/errors";
import type { AppDeps } from "../../platform/http/app";
import { providerLogoutUrl } from "../sign-in/logout";
import { signInSettingsOf } from "../sign-in/providers";
import { findUserByUsername, loadSessionUser } from "./auth.repository";

// One answer for every refused sign-in, whether the name is unknown, the password wrong or the
// account and address must wait: none of them tells which (ADR 0014).
export const invalidCredentials = () =>
  new AppError(
    401,
    "invalid_credentials",
    "Fel användarnamn eller lösenord. Efter flera försök i rad behöver du vänta en stund.",
    "Wrong username or password. After several attempts in a row you need to wait a while.",
  );

/** Refusals take at least the floor, so that their timing does not tell them apart either. */
export async function refuseAfter(started: number, config: Config): Promise<never> {
  const wait = started + config.login.failureFloorMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  throw invalidCredentials();
}

/**
 * Checks the password. Each attempt is charged to the account and address before the check, so
 * that guessing slows down there whatever the order or number of parallel attempts; every path
 * hashes once (against a dummy hash when there is nothing to compare).
 */
export async function login(
  db: Kysely<Database>,
  config: Config,
  input: { username: string; password: string },
  address: string,
) {
  const started = Date.now();
  const userKey = userKeyOf(input.username);
  const allowed = await chargeAttempt(db, config, userKey, address);
  const user = await findUserByUsername(db, input.username);
  const candidate = allowed && user?.active ? user : undefined;
  const matches = await verifyPassword(
    candidate?.password_hash ?? (await dummyHash()),
    input.password,
  );
  if (!candidate || !matches) {
    if (user) {
      await db.transaction().execute((trx) =>
        recordAudit(
          trx,
          { tenantId: user.tenant_id, userId: null, system: "login" },
          {
            action: "auth.login_failed",
            entityType: "user",
            entityId: user.id,
            details: { waiting: !allowed },
          },
        ),
      );
    }
    await pruneIdleAttempts(db, config);
    return refuseAfter(started, config);
  }
  await clearAttempts(db, userKey, address);
  if (candidate.kind === "professional") await refuseWhenPasswordsOff(db, candidate);
  const session = await db.transaction().execute(async (trx) => {
    const created = await createSession(trx, candidate.tenant_id, candidate.id);
    await recordAudit(
      trx,
      { tenantId: candidate.tenant_id, userId: candidate.id },
      { action: "auth.login", entityType: "user", entityId: candidate.id },
    );
    return created;
  });
  const sessionUser = await loadSessionUser(db, candidate.tenant_id, candidate.id);
  return { ...session, user: sessionUser };
}

/** Ends the session; returns the identity provider's single logout to go to, if it offers one. */
export async function logout(deps: AppDeps, actor: Actor, sessionId: string) {
  const { db } = deps;
  const from = await db
    .selectFrom("user_session")
    .select(["provider_id", "provider_logout"])
    .where("id", "=", sessionId)
    .executeTakeFirst();
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    await recordAudit(trx, actor, {
      action: "auth.logout",
      entityType: "user",
      entityId: actor.userId,
    });
  });
  return from?.provider_id ? providerLogoutUrl(deps, from.provider_id, from.provider_logout) : null;
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

/**
 * A tenant that signs its staff in through its identity provider can switch staff passwords off
 * (ADR 0039). Told only after the right password, so it says nothing about who has an account.
 */
async function refuseWhenPasswordsOff(
  db: Kysely<Database>,
  user: { id: string; tenant_id: string },
) {
  const settings = await signInSettingsOf(db, user.tenant_id);
  if (settings.staffPasswordSignIn) return;
  await db.transaction().execute((trx) =>
    recordAudit(
      trx,
      { tenantId: user.tenant_id, userId: null, system: "login" },
      {
        action: "auth.login_refused",
        entityType: "user",
        entityId: user.id,
        details: { reason: "password_sign_in_off" },
      },
    ),
  );
  throw new AppError(
    403,
    "password_sign_in_off",
    "Din organisation loggar in via sin egen inloggningstjänst. Välj ”Logga in med …” ovanför.",
    "Your organisation signs in through its own identity provider. Choose “Sign in with …” above.",
  );
}
