import { createHash, randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/db/schema";
import type { Provider } from "./providers";

// A sign-in under way, between sending the person to the IdP and their return (ADR 0039). Kept
// in the database so that any of several servers may receive the return (ADR 0030); the state
// itself is only stored as a hash, is taken once (deleted as it is read) and lives ten minutes.
// Where the protocol returns by a top-level GET (OIDC), the browser that started must also show
// the cookie set at the start, so that a return link made by someone else signs no one in.

const LIFETIME_MINUTES = 10;
export const ATTEMPT_COOKIE = "kring_sign_in";

const hashOf = (value: string) => createHash("sha256").update(value).digest("hex");

/** Starts an attempt; `data` is what the protocol checks at the return (verifier, nonce, id). */
export async function beginAttempt(
  db: Kysely<Database>,
  provider: Provider,
  data: Record<string, unknown>,
  options: { bindToBrowser: boolean; state?: string },
) {
  const state = options.state ?? randomBytes(32).toString("base64url");
  const browser = options.bindToBrowser ? randomBytes(32).toString("base64url") : null;
  await db
    .deleteFrom("sign_in_attempt")
    .where("expires_at", "<", sql<Date>`now()`)
    .execute();
  await db
    .insertInto("sign_in_attempt")
    .values({
      id: hashOf(state),
      tenant_id: provider.tenantId,
      provider_id: provider.id,
      browser_hash: browser ? hashOf(browser) : null,
      data: JSON.stringify(data),
      expires_at: sql<Date>`now() + make_interval(mins => ${LIFETIME_MINUTES})`,
    })
    .execute();
  return { state, browser };
}

/**
 * Takes the attempt the state names, once: null when there is none (forged, replayed, expired)
 * or when it was bound to a browser and this is not that browser.
 */
export async function takeAttempt(
  db: Kysely<Database>,
  state: string,
  browser: string | undefined,
): Promise<{ providerId: string; data: Record<string, unknown> } | null> {
  const row = await db
    .deleteFrom("sign_in_attempt")
    .where("id", "=", hashOf(state))
    .returning(["provider_id", "browser_hash", "data", "expires_at"])
    .executeTakeFirst();
  if (!row || row.expires_at.getTime() < Date.now()) return null;
  if (row.browser_hash && (!browser || hashOf(browser) !== row.browser_hash)) return null;
  return { providerId: row.provider_id, data: row.data };
}
