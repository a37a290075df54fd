import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";
import { type SteeringSearch, validateSteeringSearch } from "./steering-search";

// Each page its own chunk, loaded when first shown (ADR 0023). The period chosen travels in the
// query string (size and a day in the period), so it stays when moving between the pages.
const OverviewPage = lazyPage(() => import("./OverviewPage"), "OverviewPage");
const IndicatorPage = lazyPage(() => import("./IndicatorPage"), "IndicatorPage");

const overviewRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/steering",
  validateSearch: validateSteeringSearch,
  component: function Overview() {
    return <OverviewPage search={overviewRoute.useSearch()} />;
  },
});

const indicatorRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/steering/indicators/$indicatorId",
  validateSearch: validateSteeringSearch,
  component: function Indicator() {
    const { indicatorId } = indicatorRoute.useParams();
    const search: SteeringSearch = indicatorRoute.useSearch();
    return <IndicatorPage key={indicatorId} indicatorId={indicatorId} search={search} />;
  },
});

export const steeringRoutes = [overviewRoute, indicatorRoute] as const;
