import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Config } from "../config";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";

export const SESSION_COOKIE = "kring_session";
export const CSRF_HEADER = "x-kring-csrf";

// The cookie carries a random token; the database keeps only its hash.
export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(db: Kysely<Database>, tenantId: string, userId: string) {
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
    })
    .execute();
  return { token, csrfToken };
}

export interface ResolvedSession {
  id: string;
  csrfToken: string;
  actor: Actor;
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
    .select([
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
  // Touch at most once a minute: enough for the idle timeout, cheap on every request.
  if (now - row.last_seen_at.getTime() > 60_000) {
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
  return {
    id,
    csrfToken: row.csrf_token,
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
