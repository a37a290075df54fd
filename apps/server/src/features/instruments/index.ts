import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../platform/http/app";
import { outcomesRoutes } from "../outcomes/outcomes.routes";
import { adminInstrumentsRoutes } from "./admin-instruments.routes";
import { familyInstrumentsRoutes } from "./family-instruments.routes";
import { instrumentsRoutes } from "./instruments.routes";

/** Outcome instruments and the child's outcomes: one registration for features/index.ts. */
export function instrumentFeatureRoutes(app: FastifyInstance, deps: AppDeps) {
  instrumentsRoutes(app, deps);
  familyInstrumentsRoutes(app, deps);
  adminInstrumentsRoutes(app, deps);
  outcomesRoutes(app, deps);
}
