import { ChildsBestOverview, ChildsBestQuery, PlanStartAskInput } from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { childsBestOverview } from "./overview.service";
import { askToStartPlan } from "./plan-start-asks";

/** The Barnets bästa lead's overview and asks to start a plan (issue 22, ADR 0041). */
export function childsBestRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["childs-best"];

  r.get(
    "/api/childs-best/overview",
    { schema: { tags, querystring: ChildsBestQuery, response: { 200: ChildsBestOverview } } },
    (request) => childsBestOverview(db, actorOf(request), request.query.areaId),
  );

  r.post(
    "/api/childs-best/plan-asks",
    { schema: { tags, body: PlanStartAskInput, response: { 201: z.object({ id: z.uuid() }) } } },
    async (request, reply) =>
      reply.status(201).send({ id: await askToStartPlan(db, actorOf(request), request.body) }),
  );
}
