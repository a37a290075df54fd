import {
  ChildDetail,
  ChildSearchQuery,
  ChildSearchResponse,
  IdParams,
  RegisterChildRequest,
  RegisteredChild,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { getChild, registerChild, searchChildren } from "./children.service";

export function childrenRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["children"];

  // POST, so that a personal number never ends up in a URL or an access log. Limited per user,
  // so that nobody walks the register by trying names or numbers.
  r.post(
    "/api/children/search",
    {
      config: {
        rateLimit: {
          max: config.childSearchRatePerMinute,
          timeWindow: "1 minute",
          keyGenerator: (request) => `child-search:${request.actor?.userId ?? request.ip}`,
        },
      },
      schema: { tags, body: ChildSearchQuery, response: { 200: ChildSearchResponse } },
    },
    async (request) => ({ children: await searchChildren(db, actorOf(request), request.body.q) }),
  );

  r.post(
    "/api/children",
    { schema: { tags, body: RegisterChildRequest, response: { 201: RegisteredChild } } },
    async (request, reply) =>
      reply.status(201).send(await registerChild(db, actorOf(request), request.body)),
  );

  r.get(
    "/api/children/:id",
    { schema: { tags, params: IdParams, response: { 200: ChildDetail } } },
    (request) => getChild(db, actorOf(request), request.params.id),
  );
}
