import {
  ConsentRequestInput,
  ConsentRequestsResponse,
  ConsentRulesResponse,
  IdParams,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { z } from "zod";
import { consentRulesOf } from "./consent-rules.repository";
import { askFamilyForConsent, listConsentRequests } from "./consent-requests.service";

export function consentRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // The tenant's rules (no personal data): the consent form offers only what they allow.
  r.get(
    "/api/consent-rules",
    { schema: { tags: ["cases"], response: { 200: ConsentRulesResponse } } },
    async (request) => consentRulesOf(db, actorOf(request).tenantId),
  );

  // Ask the family to give consent themselves in the family view (method digital, ADR 0020).
  r.post(
    "/api/cases/:id/consent-requests",
    {
      schema: {
        tags: ["cases"],
        params: IdParams,
        body: ConsentRequestInput,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await askFamilyForConsent(db, actorOf(request), request.params.id, request.body),
      }),
  );
  r.get(
    "/api/cases/:id/consent-requests",
    { schema: { tags: ["cases"], params: IdParams, response: { 200: ConsentRequestsResponse } } },
    async (request) => listConsentRequests(db, actorOf(request), request.params.id),
  );
}
