import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk, loaded when first shown (ADR 0023).
const FamilyChildPage = lazyPage(() => import("./FamilyChildPage"), "FamilyChildPage");
const FamilyHomePage = lazyPage(() => import("./FamilyHomePage"), "FamilyHomePage");

const familyHomeRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/family",
  component: FamilyHomePage,
});

const familyChildRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/family/$childId",
  component: function FamilyChild() {
    const { childId } = familyChildRoute.useParams();
    return <FamilyChildPage key={childId} childId={childId} />;
  },
});

export const familyRoutes = [familyHomeRoute, familyChildRoute] as const;
