import { recordAudit } from "../../../platform/audit/audit";
import type { AppDeps } from "../../../platform/http/app";
import { AppError } from "../../../platform/http/errors";
import type { Provider } from "../providers";
import { samlParts } from "./saml-provider";

// Single logout begun at the IdP (the person signed out of the municipality's portal): the IdP
// sends a LogoutRequest by redirect. Only a signed one is believed (node-saml would take an
// unsigned one), since it ends sessions; it ends this provider's sessions of the person it names
// (and of the IdP session, when it names one), audits each, and answers the IdP.

const refused = () =>
  new AppError(
    400,
    "saml_logout_refused",
    "Utloggningen från identitetsleverantören kunde inte godtas.",
    "The identity provider's logout could not be accepted.",
  );

export async function idpLogoutRequest(
  deps: AppDeps,
  provider: Provider,
  query: Record<string, string | undefined>,
  rawQuery: string,
): Promise<string> {
  if (!query.Signature) throw refused();
  const { client } = await samlParts(deps, provider);
  const { profile } = await client.validateRedirectAsync(query, rawQuery).catch(() => {
    throw refused();
  });
  if (!profile?.nameID) throw refused();
  const sessions = await deps.db
    .selectFrom("user_session")
    .select(["id", "user_id", "tenant_id", "provider_logout"])
    .where("provider_id", "=", provider.id)
    .execute();
  const ended = sessions.filter((s) => {
    const held = s.provider_logout ?? {};
    return (
      held.nameId === profile.nameID &&
      (!profile.sessionIndex || held.sessionIndex === profile.sessionIndex)
    );
  });
  for (const s of ended)
    await deps.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("user_session").where("id", "=", s.id).execute();
      await recordAudit(
        trx,
        { tenantId: s.tenant_id, userId: s.user_id },
        {
          action: "auth.logout",
          entityType: "user",
          entityId: s.user_id,
          details: { providerId: provider.id, by: "identity_provider" },
        },
      );
    });
  return client.getLogoutResponseUrlAsync(profile, query.RelayState ?? "", {}, true);
}
