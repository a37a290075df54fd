import { createRootRouteWithContext, createRoute, redirect } from "@tanstack/react-router";
import { AdminLayout } from "../features/admin/AdminLayout";
import { StructurePage } from "../features/admin/structure/StructurePage";
import { UsersPage } from "../features/admin/users/UsersPage";
import { LoginPage } from "../features/auth/LoginPage";
import { safeRedirect, validateLoginSearch } from "../features/auth/login-search";
import { CrashPage } from "../features/errors/CrashPage";
import { NotFoundPage } from "../features/errors/NotFoundPage";
import { HomePage } from "../features/home/HomePage";
import { Shell } from "../features/shell/Shell";
import { sessionQueryOptions } from "../platform/session/session-query";
import type { RouterContext } from "./router-context";

// The route tree, in code. Redirects use `throw: true`: the router throws its own redirect object.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  notFoundComponent: NotFoundPage,
  errorComponent: CrashPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: validateLoginSearch,
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions(context.api));
    if (session) redirect({ href: safeRedirect(search.redirect), throw: true });
  },
  component: LoginPage,
});

// Every page behind login: the user's session is loaded first, and their language applied.
const shellRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "shell",
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions(context.api));
    if (!session) {
      redirect({ to: "/login", search: { redirect: location.href }, throw: true });
      return;
    }
    if (context.i18n.language !== session.user.locale) {
      await context.i18n.changeLanguage(session.user.locale);
    }
  },
  component: Shell,
});

const homeRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/",
  component: HomePage,
});

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

export const routeTree = rootRoute.addChildren([
  loginRoute,
  shellRoute.addChildren([
    homeRoute,
    adminRoute.addChildren([adminIndexRoute, adminStructureRoute, adminUsersRoute]),
  ]),
]);
