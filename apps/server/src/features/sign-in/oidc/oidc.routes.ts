import type { FastifyInstance } from "fastify";
import * as client from "openid-client";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { FreeText } from "@kring/contracts";
import type { AppDeps } from "../../../platform/http/app";
import { ATTEMPT_COOKIE, takeAttempt } from "../attempts";
import { type ExternalIdentity, type Refusal, identityFromAttributes } from "../external-identity";
import { finishSignIn, refusalPage } from "../finish";
import { type Provider, providerById } from "../providers";
import { describeOidcError, oidcConfiguration } from "./oidc-client";
import { OIDC_CALLBACK, oidcProtocol } from "./oidc.protocol";

// Where the OpenID provider sends the browser back. The attempt named by the state gives the
// provider, the PKCE verifier and the nonce; openid-client checks state, issuer, the ID token's
// signature, audience and nonce, and redeems the code with the verifier.

const CallbackQuery = z.object({
  state: FreeText(500).optional(),
  code: FreeText(4000).optional(),
  error: FreeText(200).optional(),
});

export function oidcRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    OIDC_CALLBACK,
    { config: { public: true }, schema: { tags: ["auth"], querystring: CallbackQuery } },
    async (request, reply) => {
      const browser = request.cookies[ATTEMPT_COOKIE];
      reply.clearCookie(ATTEMPT_COOKIE, { path: OIDC_CALLBACK });
      const { state } = request.query;
      const attempt = state ? await takeAttempt(deps.db, state, browser) : null;
      const provider = attempt && (await providerById(deps.db, attempt.providerId));
      if (!attempt || !provider) {
        // Forged, replayed, expired or another browser's: no tenant to audit in, only the log.
        request.log.warn({ event: "oidc_return_without_attempt" }, "sign-in return refused");
        return reply.redirect(refusalPage(null, "expired"), 303);
      }
      const returnTo = typeof attempt.data.returnTo === "string" ? attempt.data.returnTo : "/";
      let result: ExternalIdentity | Refusal;
      try {
        result = request.query.error
          ? "failed"
          : await verify(deps, provider, request.url, attempt.data, state!);
      } catch (err) {
        request.log.warn(
          { event: "oidc_return_failed", reason: describeOidcError(err) },
          "sign-in refused",
        );
        result = "failed";
      }
      return finishSignIn(deps, reply, provider, result, returnTo);
    },
  );
}

async function verify(
  deps: AppDeps,
  provider: Provider,
  url: string,
  data: Record<string, unknown>,
  state: string,
) {
  const config = await oidcConfiguration(provider);
  const tokens = await client.authorizationCodeGrant(
    config,
    new URL(url, deps.config.notify.publicUrl),
    {
      pkceCodeVerifier: String(data.verifier),
      expectedNonce: String(data.nonce),
      expectedState: state,
      idTokenExpected: true,
    },
  );
  const claims: Record<string, unknown> = { ...tokens.claims() };
  // The Swedish OIDC profile lets the broker put the number in the ID token or in userinfo.
  if (config.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
    for (const [k, v] of Object.entries(info)) if (!(k in claims)) claims[k] = v;
  }
  return identityFromAttributes(
    provider,
    {
      keyClaim: oidcProtocol.defaultKeyClaim(provider.userKey),
      groupsClaim: oidcProtocol.defaultGroupsClaim,
    },
    claims,
  );
}
