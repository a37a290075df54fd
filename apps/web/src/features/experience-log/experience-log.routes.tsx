import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Its own chunk, loaded when first shown (ADR 0023).
const ExperienceLogPage = lazyPage(() => import("./ExperienceLogPage"), "ExperienceLogPage");

export const experienceLogRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/experience-log",
  component: ExperienceLogPage,
});
