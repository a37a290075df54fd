import type { FastifyReply } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";
import type { AppDeps } from "../../platform/http/app";
import { recordAudit } from "../../platform/audit/audit";
import { createSession, sessionIdOf } from "../../platform/auth/session";
import { setSessionCookie } from "../../platform/auth/session-cookie";
import type { ExternalIdentity, Refusal } from "./external-identity";
import { matchFamily } from "./family-match";
import type { Provider } from "./providers";
import { matchStaff } from "./staff-match";

// The protocol-neutral end of every external sign-in (ADR 0039). A protocol calls finishSignIn
// with the identity it verified, or with why it could not; the core finds the account, opens the
// same session a password opens (cookie, CSRF token), audits success and refusal alike (ids and
// reasons only, never the key), and sends the browser on.

/** The page that tells a refused person, in plain Swedish, whom to contact. */
export const REFUSAL_PAGE = "/inloggning/nekad";

export type SignInOutcome =
  { ok: true; userId: string; token: string; created: boolean } | { ok: false; reason: Refusal };

/** Matches the person and opens a session; one transaction, audited either way. */
export async function signInExternal(
  db: Kysely<Database>,
  provider: Provider,
  identity: ExternalIdentity,
): Promise<SignInOutcome> {
  return db.transaction().execute(async (trx) => {
    const match = !provider.enabled
      ? ("provider_disabled" as const)
      : provider.audience === "staff"
        ? await matchStaff(trx, provider, identity)
        : await matchFamily(trx, provider, identity);
    if (typeof match === "string") {
      await auditRefusal(trx, provider, match);
      return { ok: false as const, reason: match };
    }
    // The provider vouched for the person as strongly as it does (SITHS, BankID, the
    // municipality's own MFA): no Kring second factor or password change is owed (ADR 0039).
    const session = await createSession(trx, provider.tenantId, match.userId, true);
    await trx
      .updateTable("user_session")
      .set({
        provider_id: provider.id,
        provider_logout: identity.logout ? JSON.stringify(identity.logout) : null,
      })
      .where("id", "=", sessionIdOf(session.token))
      .execute();
    await recordAudit(
      trx,
      { tenantId: provider.tenantId, userId: match.userId },
      {
        action: "auth.login",
        entityType: "user",
        entityId: match.userId,
        details: { providerId: provider.id, protocol: provider.protocol, created: match.created },
      },
    );
    return {
      ok: true as const,
      userId: match.userId,
      token: session.token,
      created: match.created,
    };
  });
}

export async function auditRefusal(
  db: Kysely<Database>,
  provider: Pick<Provider, "id" | "tenantId" | "protocol">,
  reason: Refusal,
  /** The protocol's own reason, for the log reviewer (never the person's key). */
  more: Record<string, string> = {},
) {
  const write = (trx: Parameters<typeof recordAudit>[0]) =>
    recordAudit(
      trx,
      { tenantId: provider.tenantId, userId: null, system: "login" },
      {
        action: "auth.login_refused",
        entityType: "identity_provider",
        entityId: provider.id,
        details: { reason, protocol: provider.protocol, ...more },
      },
    );
  if (db.isTransaction) await write(db as Parameters<typeof recordAudit>[0]);
  else await db.transaction().execute(write);
}

/**
 * Where a protocol's return route ends: the session cookie and the page asked for, or the
 * refusal page. `returnTo` is only ever a path inside Kring.
 */
export async function finishSignIn(
  deps: AppDeps,
  reply: FastifyReply,
  provider: Provider,
  result: ExternalIdentity | Refusal,
  returnTo: string,
) {
  const outcome =
    typeof result === "string"
      ? (await auditRefusal(deps.db, provider, result), { ok: false as const, reason: result })
      : await signInExternal(deps.db, provider, result);
  if (!outcome.ok) return reply.redirect(refusalPage(provider.id, outcome.reason), 303);
  setSessionCookie(reply, deps.config, outcome.token);
  return reply.redirect(safeReturn(returnTo), 303);
}

export const refusalPage = (providerId: string | null, reason: Refusal) =>
  `${REFUSAL_PAGE}?orsak=${reason}${providerId ? `&leverantor=${providerId}` : ""}`;

/** A path inside Kring; anything else (another site, "//host") goes to the start page. */
export const safeReturn = (returnTo: string | undefined) =>
  returnTo && /^\/(?![/\\])/.test(returnTo) ? returnTo : "/";
