import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Config } from "../config";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";

export const SESSION_COOKIE = "kring_session";
export const CSRF_HEADER = "x-kring-csrf";

// The cookie carries a random token; the database keeps only its hash.
export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
  secondFactorPassed = false,
) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const now = new Date();
  await db
    .insertInto("user_session")
    .values({
      id: sessionIdOf(token),
      tenant_id: tenantId,
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      second_factor_passed: secondFactorPassed,
    })
    .execute();
  return { token, csrfToken };
}

/**
 * What a session opened by password must do before anything else (ADR 0014): give the second
 * factor, choose a new password an administrator asked for, or enrol a second factor the tenant
 * requires of administrators.
 */
export type PendingStep = "second_factor" | "change_password" | "enrol_second_factor";

export interface ResolvedSession {
  id: string;
  csrfToken: string;
  actor: Actor;
  pending: PendingStep | null;
  /** The user has a confirmed second factor. */
  secondFactor: boolean;
}

export function pendingStep(s: {
  totpConfirmed: boolean;
  secondFactorPassed: boolean;
  mustChangePassword: boolean;
  secondFactorRequired: boolean;
}): PendingStep | null {
  if (s.totpConfirmed && !s.secondFactorPassed) return "second_factor";
  if (s.mustChangePassword) return "change_password";
  if (s.secondFactorRequired && !s.totpConfirmed) return "enrol_second_factor";
  return null;
}

/** Finds a live session; an idle or too old one is deleted and treated as none. */
export async function resolveSession(
  db: Kysely<Database>,
  config: Config,
  token: string,
): Promise<ResolvedSession | null> {
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom("user_session as s")
    .innerJoin("app_user as u", "u.id", "s.user_id")
    .innerJoin("tenant as t", "t.id", "u.tenant_id")
    .select([
      "s.second_factor_passed",
      "s.provider_id",
      "u.must_change_password",
      "u.totp_confirmed_at",
      "u.must_enrol_second_factor",
      "t.require_admin_mfa",
      "s.id",
      "s.csrf_token",
      "s.created_at",
      "s.last_seen_at",
      "u.id as user_id",
      "u.tenant_id",
      "u.kind",
      "u.display_name",
      "u.locale",
      "u.active",
    ])
    .where("s.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleLimit = row.last_seen_at.getTime() + config.session.idleMinutes * 60_000;
  const absoluteLimit = row.created_at.getTime() + config.session.absoluteHours * 3_600_000;
  if (!row.active || now > idleLimit || now > absoluteLimit) {
    await db.deleteFrom("user_session").where("id", "=", id).execute();
    return null;
  }
  // The idle timeout slides with activity. Touching on every request would write on every
  // request; touching once a tenth of the timeout (at most a minute) keeps a session in use alive
  // for any timeout: it ends at most a tenth early.
  const touchEvery = Math.min(60_000, (config.session.idleMinutes * 60_000) / 10);
  if (now - row.last_seen_at.getTime() > touchEvery) {
    await db
      .updateTable("user_session")
      .set({ last_seen_at: new Date(now) })
      .where("id", "=", id)
      .execute();
  }
  const memberships = await db
    .selectFrom("membership")
    .select(["unit_id", "role"])
    .where("user_id", "=", row.user_id)
    .where("tenant_id", "=", row.tenant_id)
    .execute();
  const administrator = memberships.some((m) => m.role === "administrator");
  return {
    id,
    csrfToken: row.csrf_token,
    secondFactor: !!row.totp_confirmed_at,
    // A session an identity provider opened owes nothing: the provider decides how strongly a
    // person signs in, and the account has no password to change (ADR 0039).
    pending: row.provider_id
      ? null
      : pendingStep({
          totpConfirmed: !!row.totp_confirmed_at,
          secondFactorPassed: row.second_factor_passed,
          mustChangePassword: row.must_change_password,
          secondFactorRequired:
            row.kind === "professional" &&
            ((administrator && row.require_admin_mfa) || row.must_enrol_second_factor),
        }),
    actor: {
      tenantId: row.tenant_id,
      userId: row.user_id,
      kind: row.kind,
      displayName: row.display_name,
      locale: row.locale,
      memberships: memberships.map((m) => ({ unitId: m.unit_id, role: m.role })),
    },
  };
}

export async function deleteSession(db: Kysely<Database>, id: string) {
  await db.deleteFrom("user_session").where("id", "=", id).execute();
}
