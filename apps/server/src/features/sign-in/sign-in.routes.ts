import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  IdParams,
  SignInHelpResponse,
  SignInOptionsResponse,
  SignInStartQuery,
} from "@kring/contracts";
import type { AppDeps } from "../../platform/http/app";
import { notFound } from "../../platform/http/errors";
import { signInAdminRoutes } from "./sign-in-admin.routes";
import { auditRefusal, refusalPage } from "./finish";
import { oidcRoutes } from "./oidc/oidc.routes";
import { samlRoutes } from "./saml/saml.routes";
import { describeOidcError } from "./oidc/oidc-client";
import { protocolOf } from "./protocol-list";
import { providerById, signInOptions, signInSettingsOf } from "./providers";

// The public side of external sign-in: what the sign-in page offers, the start that sends the
// browser to the provider (any protocol), and the refusal page's contact.

export function signInRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth"];
  signInAdminRoutes(app, deps);
  oidcRoutes(app, deps);
  samlRoutes(app, deps);

  r.get(
    "/api/auth/providers",
    { config: { public: true }, schema: { tags, response: { 200: SignInOptionsResponse } } },
    async () => ({ providers: await signInOptions(deps.db) }),
  );

  r.get(
    "/api/auth/providers/:id/help",
    {
      config: { public: true },
      schema: { tags, params: IdParams, response: { 200: SignInHelpResponse } },
    },
    async (request) => {
      const provider = await providerById(deps.db, request.params.id);
      if (!provider) throw notFound("provider");
      const tenant = await deps.db
        .selectFrom("tenant")
        .select("name")
        .where("id", "=", provider.tenantId)
        .executeTakeFirstOrThrow();
      const settings = await signInSettingsOf(deps.db, provider.tenantId);
      return { tenantName: tenant.name, contact: settings.contact };
    },
  );

  r.get(
    "/api/auth/providers/:id/start",
    { config: { public: true }, schema: { tags, params: IdParams, querystring: SignInStartQuery } },
    async (request, reply) => {
      const provider = await providerById(deps.db, request.params.id);
      const protocol = provider && protocolOf(provider.protocol);
      if (!provider || !protocol || !provider.enabled) {
        if (provider) await auditRefusal(deps.db, provider, "provider_disabled");
        return reply.redirect(refusalPage(provider?.id ?? null, "provider_disabled"), 303);
      }
      try {
        return await protocol.start(deps, provider, request, reply, request.query.returnTo ?? "/");
      } catch (err) {
        // The provider cannot be reached or its metadata is wrong: the person is told to try
        // later, the administrator sees why with the provider's check.
        request.log.warn({ event: "sign_in_start_failed", reason: describeOidcError(err) }, "IdP");
        await auditRefusal(deps.db, provider, "provider_unreachable");
        return reply.redirect(refusalPage(provider.id, "provider_unreachable"), 303);
      }
    },
  );
}
