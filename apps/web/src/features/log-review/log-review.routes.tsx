import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Its own chunk, loaded when first shown (ADR 0023).
const LogReviewPage = lazyPage(() => import("./LogReviewPage"), "LogReviewPage");

export const logReviewRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/log-review",
  component: LogReviewPage,
});
