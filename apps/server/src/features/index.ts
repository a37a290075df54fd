import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../platform/http/app";
import { authRoutes } from "./auth/auth.routes";
import { healthRoutes } from "./health/health.routes";
import { organisationRoutes } from "./organisation/organisation.routes";
import { usersRoutes } from "./users/users.routes";

/** Each feature adds its routes here; the order does not matter. */
export async function registerFeatures(app: FastifyInstance, deps: AppDeps) {
  healthRoutes(app, deps);
  authRoutes(app, deps);
  organisationRoutes(app, deps);
  usersRoutes(app, deps);
}
