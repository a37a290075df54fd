import type { Kysely } from "kysely";
import type { Config } from "../../platform/config";
import type { Database } from "../../platform/db/schema";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { hashPassword, verifyPassword } from "../../platform/auth/password";
import {
  chargeAttempt,
  clearAttempts,
  secondFactorKeyOf,
} from "../../platform/auth/login-throttle";
import { AppError, conflict, forbidden } from "../../platform/http/errors";
import {
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  qrCodeOf,
  totpOf,
} from "./totp";

// The second factor (ADR 0014): a TOTP app for professionals, with one-time recovery codes kept
// as password hashes. Enrolment is confirmed by a first code; sign-in by a code or recovery code.

const wrongCode = () =>
  new AppError(
    400,
    "wrong_code",
    "Koden stämmer inte. Skriv den kod som visas i appen just nu.",
    "The code does not match. Type the code the app shows right now.",
  );

async function userRow(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom("app_user")
    .select(["id", "username", "totp_secret", "totp_confirmed_at", "totp_last_step"])
    .where("id", "=", actor.userId)
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirstOrThrow();
}

/** A fresh secret for the app, shown as a QR code and as text; it counts once confirmed. */
export async function startEnrolment(db: Kysely<Database>, actor: Actor) {
  if (actor.kind !== "professional") throw forbidden();
  const user = await userRow(db, actor);
  if (user.totp_confirmed_at)
    throw conflict("Tvåstegsverifiering är redan på.", "Two-step verification is already on.");
  const secret = newTotpSecret();
  await db.updateTable("app_user").set({ totp_secret: secret }).where("id", "=", user.id).execute();
  const uri = totpOf(secret, user.username).toString();
  return { secret, uri, qrCode: await qrCodeOf(uri) };
}

/** The first code proves the app has the secret; the recovery codes are shown this once. */
export async function confirmEnrolment(
  db: Kysely<Database>,
  actor: Actor,
  sessionId: string,
  code: string,
) {
  if (actor.kind !== "professional") throw forbidden();
  const user = await userRow(db, actor);
  if (user.totp_confirmed_at || !user.totp_secret)
    throw conflict("Börja om med att lägga till appen.", "Start again by adding the app.");
  const step = matchingStep(user.totp_secret, code);
  if (step === null) throw wrongCode();
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("app_user")
      .set({ totp_confirmed_at: new Date(), totp_last_step: step, must_enrol_second_factor: false })
      .where("id", "=", user.id)
      .execute();
    await trx.deleteFrom("recovery_code").where("user_id", "=", user.id).execute();
    await trx
      .insertInto("recovery_code")
      .values(hashes.map((h) => ({ tenant_id: actor.tenantId, user_id: user.id, code_hash: h })))
      .execute();
    await trx
      .updateTable("user_session")
      .set({ second_factor_passed: true })
      .where("id", "=", sessionId)
      .execute();
    await recordAudit(trx, actor, {
      action: "auth.second_factor_enrolled",
      entityType: "user",
      entityId: user.id,
    });
  });
  return { recoveryCodes: codes };
}

/** The second step of signing in. Guessing is charged like passwords, per user and address. */
export async function verifySecondFactor(
  db: Kysely<Database>,
  config: Config,
  actor: Actor,
  sessionId: string,
  code: string,
  address: string,
) {
  const user = await userRow(db, actor);
  const key = secondFactorKeyOf(user.id);
  if (!(await chargeAttempt(db, config, key, address)) || !user.totp_secret) throw wrongCode();
  const step = matchingStep(user.totp_secret, code);
  // A code is good once: a step at or before the last one accepted is refused.
  const fresh =
    step !== null && (user.totp_last_step === null || step > Number(user.totp_last_step));
  const recovery = fresh ? null : await unusedRecoveryCode(db, user.id, code);
  if (!fresh && !recovery) throw wrongCode();
  await clearAttempts(db, key, address);
  await db.transaction().execute(async (trx) => {
    if (fresh)
      await trx
        .updateTable("app_user")
        .set({ totp_last_step: step })
        .where("id", "=", user.id)
        .execute();
    if (recovery) {
      const used = await trx
        .updateTable("recovery_code")
        .set({ used_at: new Date() })
        .where("id", "=", recovery)
        .where("used_at", "is", null)
        .executeTakeFirst();
      // Used by a parallel request in the meantime: good once only.
      if (used.numUpdatedRows === 0n) throw wrongCode();
    }
    await trx
      .updateTable("user_session")
      .set({ second_factor_passed: true })
      .where("id", "=", sessionId)
      .execute();
    await recordAudit(trx, actor, {
      action: "auth.second_factor",
      entityType: "user",
      entityId: user.id,
      details: { recoveryCode: !!recovery },
    });
  });
}

async function unusedRecoveryCode(db: Kysely<Database>, userId: string, code: string) {
  const normalised = normaliseRecoveryCode(code);
  if (!/^[a-z0-9]{5}-[a-z0-9]{5}$/.test(normalised)) return null;
  const rows = await db
    .selectFrom("recovery_code")
    .select(["id", "code_hash"])
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .execute();
  for (const row of rows) if (await verifyPassword(row.code_hash, normalised)) return row.id;
  return null;
}
