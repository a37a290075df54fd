import { createRoute, redirect } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk, loaded when first shown (ADR 0023).
const AdminLayout = lazyPage(() => import("./AdminLayout"), "AdminLayout");
const EmergencyAccessPage = lazyPage(
  () => import("./emergency/EmergencyAccessPage"),
  "EmergencyAccessPage",
);
const RoleChangesPage = lazyPage(() => import("./role-changes/RoleChangesPage"), "RoleChangesPage");
const SchedulePage = lazyPage(() => import("./instruments/SchedulePage"), "SchedulePage");
const WordingPage = lazyPage(() => import("./instruments/WordingPage"), "WordingPage");
const StructurePage = lazyPage(() => import("./structure/StructurePage"), "StructurePage");
const RetentionPage = lazyPage(() => import("./retention/RetentionPage"), "RetentionPage");
const UsersPage = lazyPage(() => import("./users/UsersPage"), "UsersPage");
const ThemesPage = lazyPage(() => import("../experience-log/ThemesPage"), "ThemesPage");
const MailSettingsPage = lazyPage(() => import("./mail/MailSettingsPage"), "MailSettingsPage");
const ConcernGuideAdminPage = lazyPage(
  () => import("../early-support/ConcernGuideAdminPage"),
  "ConcernGuideAdminPage",
);
const FindChildForGuardians = lazyPage(
  () => import("../children/guardians/FindChildForGuardians"),
  "FindChildForGuardians",
);
const SignInAdminPage = lazyPage(() => import("./sign-in/SignInAdminPage"), "SignInAdminPage");

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

const adminMailRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/mail",
  component: MailSettingsPage,
});

const adminSignInRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/sign-in",
  component: SignInAdminPage,
});

const adminGuardiansRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/guardians",
  component: FindChildForGuardians,
});

const adminRetentionRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/retention",
  component: RetentionPage,
});

const adminConcernGuideRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/concern-guide",
  component: ConcernGuideAdminPage,
});

const adminThemesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/experience-themes",
  component: ThemesPage,
});

export const adminRoutes = adminRoute.addChildren([
  adminIndexRoute,
  adminStructureRoute,
  adminUsersRoute,
  adminEmergencyRoute,
  adminRoleChangesRoute,
  adminWordingRoute,
  adminScheduleRoute,
  adminMailRoute,
  adminSignInRoute,
  adminRetentionRoute,
  adminConcernGuideRoute,
  adminThemesRoute,
  adminGuardiansRoute,
]);
