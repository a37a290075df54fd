import { sql } from "kysely";
import type { SamlConnection } from "@kring/contracts";
import type { AppDeps } from "../../../platform/http/app";
import type { Provider } from "../providers";
import { type SpKey, makeSpKey, samlClient, spAddresses } from "./saml-client";
import { type SamlSettings, resolveSamlConnection } from "./saml-connection";

// A SAML provider as the protocol uses it: the IdP's settings with its metadata read, and
// Kring's own key at it. The metadata is read at most every ten minutes per server, so a sign-in
// does not wait for the IdP's metadata address, and a renewed IdP certificate is still picked
// up without anyone saving the provider again.

const METADATA_MAX_AGE_MS = 10 * 60_000;
const resolved = new Map<string, { at: number; source: string; settings: SamlSettings }>();

export async function samlSettingsOf(provider: Provider): Promise<SamlSettings> {
  const source = JSON.stringify(provider.settings);
  const cached = resolved.get(provider.id);
  if (cached && cached.source === source && Date.now() - cached.at < METADATA_MAX_AGE_MS)
    return cached.settings;
  const settings = await resolveSamlConnection({
    ...(provider.settings as Omit<SamlConnection, "protocol">),
    protocol: "saml",
  });
  resolved.set(provider.id, { at: Date.now(), source, settings });
  return settings;
}

/**
 * Kring's key at this provider: made at first use and kept with the provider's secrets (kept
 * when the administrator saves the provider again). Two servers making one at once: the first
 * stored wins and both use it.
 */
export async function spKeyOf(deps: AppDeps, provider: Provider): Promise<SpKey> {
  const held = (secrets: Record<string, unknown>) =>
    typeof secrets.spPrivateKey === "string" && typeof secrets.spCertificate === "string"
      ? { privateKey: secrets.spPrivateKey, certificate: secrets.spCertificate }
      : null;
  const own = held(provider.secrets);
  if (own) return own;
  const key = await makeSpKey();
  const added = JSON.stringify({ spPrivateKey: key.privateKey, spCertificate: key.certificate });
  await deps.db
    .updateTable("identity_provider")
    .set({ secrets: sql`secrets || ${added}::jsonb` })
    .where("id", "=", provider.id)
    .where(sql<boolean>`not (secrets ? 'spPrivateKey')`)
    .execute();
  const row = await deps.db
    .selectFrom("identity_provider")
    .select("secrets")
    .where("id", "=", provider.id)
    .executeTakeFirstOrThrow();
  return held(row.secrets) ?? key;
}

/** Everything a SAML exchange with the provider needs, for one request id (or none). */
export async function samlParts(deps: AppDeps, provider: Provider, requestId?: string) {
  const settings = await samlSettingsOf(provider);
  const key = await spKeyOf(deps, provider);
  const publicUrl = deps.config.notify.publicUrl;
  return {
    settings,
    key,
    sp: spAddresses(publicUrl, provider.id),
    client: samlClient(publicUrl, provider.id, settings, key, requestId),
  };
}
