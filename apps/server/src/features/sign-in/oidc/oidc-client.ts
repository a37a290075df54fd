import { createHash } from "node:crypto";
import * as client from "openid-client";
import type { Provider } from "../providers";

// The provider's OpenID configuration, read from its issuer's discovery document. Kept a few
// minutes per process: it is the provider's public metadata, not the sign-in's state.

const KEEP_MS = 10 * 60_000;
const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scopes?: string;
}

export const oidcSettingsOf = (provider: Provider) => provider.settings as unknown as OidcSettings;
const clientSecretOf = (provider: Provider) =>
  typeof provider.secrets.clientSecret === "string" && provider.secrets.clientSecret
    ? provider.secrets.clientSecret
    : undefined;

/** Plain http only to this machine (a test IdP); everything else must be https. */
const loopback = (url: URL) =>
  url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);

export function oidcConfiguration(provider: Provider): Promise<client.Configuration> {
  const settings = oidcSettingsOf(provider);
  const secret = clientSecretOf(provider);
  const key = createHash("sha256")
    .update(JSON.stringify([provider.id, settings.issuer, settings.clientId, secret ?? ""]))
    .digest("hex");
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < KEEP_MS) return hit.config;
  const issuer = new URL(settings.issuer);
  const config = client.discovery(
    issuer,
    settings.clientId,
    secret,
    secret ? client.ClientSecretPost(secret) : client.None(),
    loopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  cache.set(key, { at: Date.now(), config });
  // A failed discovery is not kept: the next sign-in tries again.
  config.catch(() => cache.delete(key));
  return config;
}

/** What went wrong reaching the provider, for the administrator (no personal data in it). */
export function describeOidcError(err: unknown): string {
  if (err instanceof client.ClientError || err instanceof client.ResponseBodyError)
    return `${err.code ?? "error"}: ${err.message}`;
  if (err instanceof Error) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return cause?.code ? `${cause.code}: ${err.message}` : err.message;
  }
  return String(err);
}
