import { RoleChangesResponse } from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { listRoleChanges } from "./role-changes.service";

export function roleChangesRoutes(app: FastifyInstance, { db }: AppDeps) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/api/admin/role-changes",
      { schema: { tags: ["users"], response: { 200: RoleChangesResponse } } },
      async (request) => ({ changes: await listRoleChanges(db, actorOf(request)) }),
    );
}
