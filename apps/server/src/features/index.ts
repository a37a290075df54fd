import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../platform/http/app";
import { attendanceRoutes } from "./attendance/attendance.routes";
import { authRoutes } from "./auth/auth.routes";
import { casesRoutes } from "./cases/cases.routes";
import { consentRoutes } from "./cases/consent.routes";
import { meetingsRoutes } from "./cases/meetings.routes";
import { requestsRoutes } from "./cases/requests.routes";
import { childrenRoutes } from "./children/children.routes";
import { healthRoutes } from "./health/health.routes";
import { instrumentFeatureRoutes } from "./instruments";
import { familyRoutes } from "./family/family.routes";
import { notificationsRoutes } from "./notifications/notifications.routes";
import { logReviewRoutes } from "./log-review/log-review.routes";
import { offerRoutes } from "./offer/offer.routes";
import { organisationRoutes } from "./organisation/organisation.routes";
import { plansRoutes } from "./plans/plans.routes";
import { retentionRoutes } from "./retention/retention.routes";
import { steeringRoutes } from "./steering/steering.routes";
import { roleChangesRoutes } from "./users/role-changes.routes";
import { signInRoutes } from "./sign-in/sign-in.routes";
import { usersRoutes } from "./users/users.routes";

/** Each feature adds its routes here; the order does not matter. */
export async function registerFeatures(app: FastifyInstance, deps: AppDeps) {
  healthRoutes(app, deps);
  authRoutes(app, deps);
  signInRoutes(app, deps);
  organisationRoutes(app, deps);
  usersRoutes(app, deps);
  roleChangesRoutes(app, deps);
  childrenRoutes(app, deps);
  casesRoutes(app, deps);
  meetingsRoutes(app, deps);
  requestsRoutes(app, deps);
  consentRoutes(app, deps);
  instrumentFeatureRoutes(app, deps);
  plansRoutes(app, deps);
  familyRoutes(app, deps);
  attendanceRoutes(app, deps);
  notificationsRoutes(app, deps);
  retentionRoutes(app, deps);
  logReviewRoutes(app, deps);
  steeringRoutes(app, deps);
  offerRoutes(app, deps);
}
