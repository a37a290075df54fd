import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { FamilyChildPage } from "./FamilyChildPage";
import { FamilyHomePage } from "./FamilyHomePage";

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
