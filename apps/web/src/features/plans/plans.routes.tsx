import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk, loaded when first shown (ADR 0023).
const IncomingHandoversPage = lazyPage(
  () => import("./IncomingHandoversPage"),
  "IncomingHandoversPage",
);
const PlanPage = lazyPage(() => import("./PlanPage"), "PlanPage");

const planRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/cases/$caseId/plan",
  component: function Plan() {
    const { caseId } = planRoute.useParams();
    return <PlanPage key={caseId} caseId={caseId} />;
  },
});

const incomingHandoversRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/plans/handovers",
  component: IncomingHandoversPage,
});

export const planRoutes = [planRoute, incomingHandoversRoute] as const;
