import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk, loaded when first shown (ADR 0023).
const HomePage = lazyPage(() => import("./HomePage"), "HomePage");

export const homeRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/",
  component: HomePage,
});
