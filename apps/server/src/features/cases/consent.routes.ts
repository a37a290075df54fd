import { ConsentRulesResponse } from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { consentRulesOf } from "./consent-rules.repository";

export function consentRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // The tenant's rules (no personal data): the consent form offers only what they allow.
  r.get(
    "/api/consent-rules",
    { schema: { tags: ["cases"], response: { 200: ConsentRulesResponse } } },
    async (request) => consentRulesOf(db, actorOf(request).tenantId),
  );
}
