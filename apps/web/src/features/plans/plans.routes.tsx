import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { IncomingHandoversPage } from "./IncomingHandoversPage";
import { PlanPage } from "./PlanPage";

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
