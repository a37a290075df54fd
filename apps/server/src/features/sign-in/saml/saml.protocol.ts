import { randomBytes } from "node:crypto";
import type { Profile } from "@node-saml/node-saml";
import type { SamlConnection } from "@kring/contracts";
import { AppError } from "../../../platform/http/errors";
import { beginAttempt } from "../attempts";
import type { SignInProtocol } from "../protocols";
import { spAddresses } from "./saml-client";
import { KEY_ATTRIBUTES } from "./saml-identity";
import { samlParts } from "./saml-provider";
import { certificateProblem, checkSamlInput, resolveSamlConnection } from "./saml-connection";

// SAML 2.0, SP-initiated (ADR 0039): Kring sends a signed AuthnRequest by HTTP-Redirect, whose id
// is the attempt's state (in the database, taken once when the answer comes back to any server),
// and the IdP posts the signed assertion to the provider's consumer (saml.routes.ts). Staff
// through ADFS, Entra ID, Inera's IdP (SITHS) or Skolfederation; families through an e-ID
// broker following Sweden Connect's attribute profile.

/** A SAML id: an NCName (starts with a letter or underscore), unguessable. */
const newRequestId = () => `_${randomBytes(20).toString("hex")}`;

export const samlProtocol: SignInProtocol = {
  protocol: "saml",
  // Nothing the administrator types is secret; Kring's own key is kept with the secrets.
  secretFields: [],
  defaultKeyClaim: (userKey) => KEY_ATTRIBUTES[userKey][0]!,
  defaultGroupsClaim: "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
  returnUrl: (deps, provider) => spAddresses(deps.config.notify.publicUrl, provider.id).acs,

  async start(deps, provider, _request, reply, returnTo) {
    const requestId = newRequestId();
    const { client } = await samlParts(deps, provider, requestId);
    // No browser binding: the IdP returns by a cross-site POST, which carries no Lax cookie.
    // The id is one-time and short-lived instead, and the assertion is bound to it.
    await beginAttempt(deps.db, provider, { returnTo }, { bindToBrowser: false, state: requestId });
    const url = await client.getAuthorizeUrlAsync("", undefined, {});
    return reply.redirect(url, 303);
  },

  async logoutUrl(deps, provider, logout) {
    const { settings, client } = await samlParts(deps, provider);
    if (!settings.sloUrl || typeof logout?.nameId !== "string") return null;
    const person = {
      issuer: settings.idpEntityId,
      nameID: logout.nameId,
      nameIDFormat:
        typeof logout.nameIdFormat === "string"
          ? logout.nameIdFormat
          : "urn:oasis:names:tc:SAML:2.0:nameid-format:unspecified",
      ...(typeof logout.sessionIndex === "string" ? { sessionIndex: logout.sessionIndex } : {}),
    } as Profile;
    return client.getLogoutUrlAsync(person, "", {});
  },

  validate: (connection) => checkSamlInput(connection as SamlConnection),

  async check(_deps, provider) {
    try {
      // Read now, not from the cache: the administrator asks whether it works now.
      const s = await resolveSamlConnection({
        ...(provider.settings as Omit<SamlConnection, "protocol">),
        protocol: "saml",
      });
      const problem = certificateProblem(s);
      if (problem) return { ok: false, message: problem };
      return {
        ok: true,
        message: `Läste ${s.idpEntityId}: ${s.certificates.length} signeringscertifikat${s.sloUrl ? ", med utloggning" : ""}.`,
      };
    } catch (err) {
      return { ok: false, message: err instanceof AppError ? err.messageSv : String(err) };
    }
  },
};
