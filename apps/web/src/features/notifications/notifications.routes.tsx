import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk, loaded when first shown (ADR 0023).
const NotificationsPage = lazyPage(() => import("./NotificationsPage"), "NotificationsPage");
const PreferencesPage = lazyPage(() => import("./PreferencesPage"), "PreferencesPage");

export const notificationRoutes = [
  createRoute({
    getParentRoute: () => shellRoute,
    path: "/notifications",
    component: NotificationsPage,
  }),
  createRoute({
    getParentRoute: () => shellRoute,
    path: "/notifications/settings",
    component: PreferencesPage,
  }),
];
