import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { IdParams, RawText } from "@kring/contracts";
import type { AppDeps } from "../../../platform/http/app";
import { notFound } from "../../../platform/http/errors";
import { takeAttempt } from "../attempts";
import { identityFromAttributes } from "../external-identity";
import { auditRefusal, finishSignIn, refusalPage } from "../finish";
import { type Provider, providerById } from "../providers";
import { SAML_ROUTES } from "./saml-client";
import { logoutOf, samlAttributes } from "./saml-identity";
import { samlParts } from "./saml-provider";
import { checkSamlResponse, SamlRefused } from "./saml-response";
import { samlProtocol } from "./saml.protocol";
import { idpLogoutRequest } from "./saml-logout";

// The service provider's public addresses at each SAML provider: its metadata (for the IdP's
// administrator), the assertion consumer (the IdP posts the signed answer here) and the logout
// return (the IdP's answer to Kring's LogoutRequest, or its own LogoutRequest).

const AcsBody = z.object({
  SAMLResponse: RawText(1_000_000),
  RelayState: RawText(2000).optional(),
});
const LogoutQuery = z.object({
  SAMLRequest: RawText(100_000).optional(),
  SAMLResponse: RawText(100_000).optional(),
  RelayState: RawText(2000).optional(),
  SigAlg: RawText(200).optional(),
  Signature: RawText(2000).optional(),
});

async function samlProvider(deps: AppDeps, id: string): Promise<Provider> {
  const provider = await providerById(deps.db, id);
  if (!provider || provider.protocol !== "saml") throw notFound("provider");
  return provider;
}

export function samlRoutes(app: FastifyInstance, deps: AppDeps) {
  const tags = ["auth"];
  // The IdP posts a form: parsed for these routes only (the rest of the API takes JSON).
  app.register(async (scope) => {
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get(
      `${SAML_ROUTES}/:id/metadata`,
      { config: { public: true }, schema: { tags, params: IdParams } },
      async (request, reply) => {
        const provider = await samlProvider(deps, request.params.id);
        const { client, key } = await samlParts(deps, provider);
        const xml = client.generateServiceProviderMetadata(null, key.certificate);
        return reply.type("application/samlmetadata+xml").send(xml);
      },
    );

    r.post(
      `${SAML_ROUTES}/:id/acs`,
      { config: { public: true }, schema: { tags, params: IdParams, body: AcsBody } },
      async (request, reply) => {
        const provider = await samlProvider(deps, request.params.id);
        if (!provider.enabled) {
          await auditRefusal(deps.db, provider, "provider_disabled");
          return reply.redirect(refusalPage(provider.id, "provider_disabled"), 303);
        }
        const { client, sp, settings } = await samlParts(deps, provider);
        const refuse = async (e: SamlRefused) => {
          request.log.warn({ event: "saml_response_refused", reason: e.reason }, "sign-in refused");
          await auditRefusal(
            deps.db,
            provider,
            e.reason === "replayed" || e.reason === "expired" ? "expired" : "failed",
            { saml: e.reason },
          );
          return reply.redirect(
            `${refusalPage(provider.id, e.reason === "replayed" || e.reason === "expired" ? "expired" : "failed")}&saml=${e.reason}`,
            303,
          );
        };
        let checked;
        try {
          checked = await checkSamlResponse(client, request.body.SAMLResponse, {
            acsUrl: sp.acs,
            idpEntityId: settings.idpEntityId,
          });
        } catch (e) {
          if (e instanceof SamlRefused) return refuse(e);
          throw e;
        }
        // Once only, on whichever server the answer reaches: a second post of the same answer
        // (or one for another provider's request) finds no attempt.
        const attempt = await takeAttempt(deps.db, checked.requestId, undefined);
        if (!attempt || attempt.providerId !== provider.id)
          return refuse(new SamlRefused("replayed"));
        const returnTo = typeof attempt.data.returnTo === "string" ? attempt.data.returnTo : "/";
        const identity = identityFromAttributes(
          provider,
          {
            keyClaim: samlProtocol.defaultKeyClaim(provider.userKey),
            groupsClaim: samlProtocol.defaultGroupsClaim,
          },
          samlAttributes(checked.profile),
          logoutOf(checked.profile),
        );
        return finishSignIn(deps, reply, provider, identity, returnTo);
      },
    );

    r.get(
      `${SAML_ROUTES}/:id/logout`,
      { config: { public: true }, schema: { tags, params: IdParams, querystring: LogoutQuery } },
      async (request, reply) => {
        const provider = await samlProvider(deps, request.params.id);
        const rawQuery = request.url.split("?")[1] ?? "";
        if (request.query.SAMLRequest)
          return reply.redirect(
            await idpLogoutRequest(deps, provider, request.query, rawQuery),
            303,
          );
        // The IdP's answer to Kring's LogoutRequest: Kring's session ended before the person
        // was sent there, so whatever the answer says, the way on is the sign-in page.
        if (request.query.SAMLResponse) {
          const { client } = await samlParts(deps, provider);
          await client.validateRedirectAsync(request.query, rawQuery).catch(() => {
            request.log.warn({ event: "saml_logout_response_refused" }, "IdP logout answer");
          });
        }
        return reply.redirect("/login", 303);
      },
    );
  });
}
