import { ChildOutcomes, RecordGradesRequest, RecordYear3Request } from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { childOutcomes } from "./outcomes.service";
import { recordGrades, recordYear3 } from "./school-outcomes.service";

const Params = z.object({ id: z.uuid() });

export function outcomesRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["outcomes"];

  r.get(
    "/api/children/:id/outcomes",
    { schema: { tags, params: Params, response: { 200: ChildOutcomes } } },
    (request) => childOutcomes(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/children/:id/outcomes/grades",
    { schema: { tags, params: Params, body: RecordGradesRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      await recordGrades(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/api/children/:id/outcomes/year3",
    { schema: { tags, params: Params, body: RecordYear3Request, response: { 204: z.null() } } },
    async (request, reply) => {
      await recordYear3(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
}
