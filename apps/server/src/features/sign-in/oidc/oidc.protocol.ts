import * as client from "openid-client";
import type { AppDeps } from "../../../platform/http/app";
import { ATTEMPT_COOKIE, beginAttempt } from "../attempts";
import type { SignInProtocol } from "../protocols";
import { describeOidcError, oidcConfiguration, oidcSettingsOf } from "./oidc-client";

// OpenID Connect (ADR 0039): authorization code with PKCE (S256), state and nonce, the
// provider's endpoints from its discovery document. Families through an e-ID broker following
// the Swedish OIDC profile: the personal identity number in its claim.

export const PERSONAL_NUMBER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";
const PERSONAL_NUMBER_SCOPE = "https://id.oidc.se/scope/naturalPersonNumber";
export const OIDC_CALLBACK = "/api/auth/oidc/callback";

const callbackUrl = (deps: AppDeps) => `${deps.config.notify.publicUrl}${OIDC_CALLBACK}`;

export const oidcProtocol: SignInProtocol = {
  protocol: "oidc",
  secretFields: ["clientSecret"],
  defaultKeyClaim: (userKey) =>
    ({
      email: "email",
      hsa_id: "hsa_id",
      eppn: "eduPersonPrincipalName",
      personal_number: PERSONAL_NUMBER_CLAIM,
    })[userKey],
  defaultGroupsClaim: "groups",
  returnUrl: callbackUrl,

  async start(deps, provider, _request, reply, returnTo) {
    const config = await oidcConfiguration(provider);
    const verifier = client.randomPKCECodeVerifier();
    const nonce = client.randomNonce();
    const { state, browser } = await beginAttempt(
      deps.db,
      provider,
      { verifier, nonce, returnTo },
      { bindToBrowser: true },
    );
    const extra = oidcSettingsOf(provider).scopes?.trim();
    const scopes =
      provider.audience === "family"
        ? ["openid", PERSONAL_NUMBER_SCOPE, "profile"]
        : ["openid", "profile", "email"];
    const scope = [...new Set([...scopes, ...(extra ? extra.split(/\s+/) : [])])].join(" ");
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: callbackUrl(deps),
      scope,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
    });
    // Lax: the provider sends the browser back by a top-level GET from its own site.
    reply.setCookie(ATTEMPT_COOKIE, browser!, {
      path: OIDC_CALLBACK,
      httpOnly: true,
      sameSite: "lax",
      secure: deps.config.cookieSecure,
      maxAge: 600,
    });
    return reply.redirect(url.href, 303);
  },

  async logoutUrl(deps, provider) {
    const config = await oidcConfiguration(provider);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client
      .buildEndSessionUrl(config, {
        client_id: oidcSettingsOf(provider).clientId,
        post_logout_redirect_uri: `${deps.config.notify.publicUrl}/login`,
      })
      .toString();
  },

  async check(_deps, provider) {
    try {
      const config = await oidcConfiguration(provider);
      const meta = config.serverMetadata();
      return {
        ok: true,
        message: `Nådde ${meta.issuer}${meta.end_session_endpoint ? " (med utloggning)" : ""}.`,
      };
    } catch (err) {
      return { ok: false, message: `Kunde inte nå utfärdaren: ${describeOidcError(err)}` };
    }
  },
};
