import { createRoute, redirect } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { AdminLayout } from "./AdminLayout";
import { EmergencyAccessPage } from "./emergency/EmergencyAccessPage";
import { RoleChangesPage } from "./role-changes/RoleChangesPage";
import { SchedulePage } from "./instruments/SchedulePage";
import { WordingPage } from "./instruments/WordingPage";
import { StructurePage } from "./structure/StructurePage";
import { UsersPage } from "./users/UsersPage";

const adminRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/admin",
  component: AdminLayout,
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/",
  beforeLoad: () => {
    redirect({ to: "/admin/structure", replace: true, throw: true });
  },
});

const adminStructureRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/structure",
  component: StructurePage,
});

const adminUsersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/users",
  component: UsersPage,
});

const adminEmergencyRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/emergency-access",
  component: EmergencyAccessPage,
});

const adminRoleChangesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/role-changes",
  component: RoleChangesPage,
});

const adminWordingRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/instrument-wording",
  component: WordingPage,
});

const adminScheduleRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/instrument-schedule",
  component: SchedulePage,
});

export const adminRoutes = adminRoute.addChildren([
  adminIndexRoute,
  adminStructureRoute,
  adminUsersRoute,
  adminEmergencyRoute,
  adminRoleChangesRoute,
  adminWordingRoute,
  adminScheduleRoute,
]);
