import { adminRoutes } from "../features/admin/admin.routes";
import { homeRoute } from "../features/home/home.routes";
import { loginRoute, rootRoute, shellRoute } from "./base-routes";

// The whole route tree. A feature adds its routes here, one line, from its own routes file.
export const routeTree = rootRoute.addChildren([
  loginRoute,
  shellRoute.addChildren([homeRoute, adminRoutes]),
]);
