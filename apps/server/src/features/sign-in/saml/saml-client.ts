import { type CacheProvider, SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { generateKeyPair } from "node:crypto";
import { promisify } from "node:util";
import { generate } from "selfsigned";
import type { SamlSettings } from "./saml-connection";

// Kring as a SAML service provider, one per identity provider: its own entity id, assertion
// consumer and logout addresses under the provider's id, and a key of its own to sign its
// requests with (many IdPs require signed logout requests, and Sweden Connect signed
// authentication requests). The key is made when the provider is first used and kept with it.

/** Kring's own signing key at one provider: the private key is a secret, never shown. */
export interface SpKey {
  privateKey: string;
  certificate: string;
}

/** A year beyond the usual federation rollover; a new key is one "Byt nyckel" away. */
const SP_KEY_YEARS = 10;

const rsaKeyPair = () =>
  promisify(generateKeyPair)("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });

export async function makeSpKey(): Promise<SpKey> {
  const now = new Date();
  const until = new Date(now);
  until.setFullYear(now.getFullYear() + SP_KEY_YEARS);
  // The key by Node's own (native, off the event loop); selfsigned only writes the certificate.
  const keyPair = await rsaKeyPair();
  const pems = await generate([{ name: "commonName", value: "Kring SAML SP" }], {
    keySize: 2048,
    algorithm: "sha256",
    keyPair,
    notBeforeDate: now,
    notAfterDate: until,
  });
  return { privateKey: pems.private, certificate: pems.cert };
}

/** Where the SAML routes live; each provider has its own metadata, consumer and logout. */
export const SAML_ROUTES = "/api/auth/saml";

export function spAddresses(publicUrl: string, providerId: string) {
  const base = `${publicUrl}${SAML_ROUTES}/${providerId}`;
  return { entityId: `${base}/metadata`, acs: `${base}/acs`, logout: `${base}/logout` };
}

// InResponseTo is checked by Kring against its own table of attempts once the signature holds
// (saml-response.ts): node-saml's own cache would live in one process's memory and be consulted
// before the signature is checked. This one keeps nothing.
const NO_CACHE: CacheProvider = {
  saveAsync: async () => null,
  getAsync: async () => null,
  removeAsync: async () => null,
};

/** Tolerated difference between the IdP's clock and ours, for NotBefore and NotOnOrAfter. */
export const CLOCK_SKEW_MS = 60_000;

export function samlClient(
  publicUrl: string,
  providerId: string,
  settings: SamlSettings,
  key: SpKey,
  requestId?: string,
) {
  const sp = spAddresses(publicUrl, providerId);
  return new SAML({
    issuer: sp.entityId,
    audience: sp.entityId,
    callbackUrl: sp.acs,
    logoutCallbackUrl: sp.logout,
    entryPoint: settings.ssoUrl,
    logoutUrl: settings.sloUrl ?? settings.ssoUrl,
    idpIssuer: settings.idpEntityId,
    idpCert: settings.certificates,
    privateKey: key.privateKey,
    publicCert: key.certificate,
    signatureAlgorithm: "sha256",
    digestAlgorithm: "sha256",
    // Every assertion must carry the IdP's signature; the envelope may be signed too.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    validateInResponseTo: ValidateInResponseTo.never,
    cacheProvider: NO_CACHE,
    // The IdP decides the name id; the key to the account is an attribute (saml-identity.ts).
    identifierFormat: null,
    // A context only when the administrator asks for one (Sweden Connect's LoA 3): a fixed
    // default (password) would make SITHS and e-ID IdPs refuse.
    ...(settings.authnContext
      ? { authnContext: [settings.authnContext], racComparison: "exact" as const }
      : { disableRequestedAuthnContext: true }),
    ...(requestId ? { generateUniqueId: () => requestId } : {}),
  });
}
