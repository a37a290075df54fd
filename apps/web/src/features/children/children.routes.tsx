import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk, loaded when first shown (ADR 0023). Only ids in the paths.
const ChildGuardiansPage = lazyPage(
  () => import("./guardians/ChildGuardiansPage"),
  "ChildGuardiansPage",
);

const childGuardiansRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/children/$childId/guardians",
  component: function ChildGuardians() {
    const { childId } = childGuardiansRoute.useParams();
    return <ChildGuardiansPage key={childId} childId={childId} />;
  },
});

export const childrenRoutes = [childGuardiansRoute] as const;
