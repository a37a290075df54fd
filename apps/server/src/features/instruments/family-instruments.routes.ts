import {
  FamilyInstrumentDetail,
  FamilyInstrumentList,
  InstrumentAnswers,
  SubmitResponseResult,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { familyRequest, familyRequests, submitFamily } from "./family.service";
import { LanguageQuery } from "./instruments.routes";

const Params = z.object({ id: z.uuid() });

/** Forms for guardians and the child, in the family view. */
export function familyInstrumentsRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["family"];

  r.get(
    "/api/family/instruments",
    { schema: { tags, response: { 200: FamilyInstrumentList } } },
    async (request) => ({ requests: await familyRequests(db, actorOf(request)) }),
  );

  r.get(
    "/api/family/instruments/:id",
    {
      schema: {
        tags,
        params: Params,
        querystring: LanguageQuery,
        response: { 200: FamilyInstrumentDetail },
      },
    },
    (request) => {
      const actor = actorOf(request);
      return familyRequest(db, actor, request.params.id, request.query.language ?? actor.locale);
    },
  );

  r.post(
    "/api/family/instruments/:id/response",
    {
      schema: {
        tags,
        params: Params,
        body: InstrumentAnswers,
        response: { 201: SubmitResponseResult },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await submitFamily(db, actorOf(request), request.params.id, request.body)),
  );
}
