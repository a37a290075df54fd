import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// "Insatser och aktiviteter" (issue #22): each page its own chunk (ADR 0023).
const OfferPage = lazyPage(() => import("./OfferPage"), "OfferPage");
const EntryPage = lazyPage(() => import("./EntryPage"), "EntryPage");

const offerRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/offer",
  component: OfferPage,
});

const entryRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/offer/$entryId",
  component: function Entry() {
    const { entryId } = entryRoute.useParams();
    return <EntryPage key={entryId} entryId={entryId} />;
  },
});

export const offerRoutes = [offerRoute, entryRoute] as const;
