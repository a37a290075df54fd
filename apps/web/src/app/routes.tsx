import { adminRoutes } from "../features/admin/admin.routes";
import { attendanceRoutes } from "../features/attendance/attendance.routes";
import { casesRoutes } from "../features/cases/cases.routes";
import { childrenRoutes } from "../features/children/children.routes";
import { familyRoutes } from "../features/family/family.routes";
import { homeRoute } from "../features/home/home.routes";
import { instrumentRoutes } from "../features/instruments/instruments.routes";
import { notificationRoutes } from "../features/notifications/notifications.routes";
import { logReviewRoute } from "../features/log-review/log-review.routes";
import { offerRoutes } from "../features/offer/offer.routes";
import { earlySupportRoutes } from "../features/early-support/early-support.routes";
import { experienceLogRoute } from "../features/experience-log/experience-log.routes";
import { planRoutes } from "../features/plans/plans.routes";
import { steeringRoutes } from "../features/steering/steering.routes";
import { accountRoute, signInStepRoute } from "../features/account/account.routes";
import { loginRoute, rootRoute, shellRoute, signInRefusedRoute } from "./base-routes";

// The whole route tree. A feature adds its routes here, one line, from its own routes file.
export const routeTree = rootRoute.addChildren([
  loginRoute,
  signInRefusedRoute,
  signInStepRoute,
  shellRoute.addChildren([
    homeRoute,
    accountRoute,
    adminRoutes,
    ...casesRoutes,
    ...childrenRoutes,
    ...familyRoutes,
    ...planRoutes,
    ...instrumentRoutes,
    ...attendanceRoutes,
    ...notificationRoutes,
    ...earlySupportRoutes,
    logReviewRoute,
    ...steeringRoutes,
    ...offerRoutes,
    experienceLogRoute,
  ]),
]);
