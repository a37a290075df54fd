import { HealthResponse } from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { sql } from "kysely";
import type { AppDeps } from "../../platform/http/app";

export function healthRoutes(app: FastifyInstance, { db, dbKind }: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      config: { public: true },
      schema: { tags: ["system"], response: { 200: HealthResponse } },
    },
    async () => {
      let status: "ok" | "degraded" = "ok";
      try {
        await sql`select 1`.execute(db);
      } catch {
        status = "degraded";
      }
      return { status, database: dbKind, version: "0.1.0" };
    },
  );
}
