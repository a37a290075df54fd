import { SteeringQuery, SteeringReport } from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { INDICATORS } from "./indicators";
import { steeringIndicators } from "./steering.service";

/** Steering figures for analysts and steering groups: aggregates only, never a single case. */
export function steeringRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/steering/indicators",
    {
      schema: { tags: ["steering"], querystring: SteeringQuery, response: { 200: SteeringReport } },
    },
    async (request) => {
      const report = await steeringIndicators(db, actorOf(request), request.query);
      return {
        period: report.period,
        groups: report.groups.map(({ area, indicators }) => ({ area, indicators })),
        definitions: INDICATORS,
      };
    },
  );
}
