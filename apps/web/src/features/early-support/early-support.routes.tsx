import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk (ADR 0023). Only ids appear in the paths.
const EarlySupportListPage = lazyPage(
  () => import("./EarlySupportListPage"),
  "EarlySupportListPage",
);
const NewEarlySupportPage = lazyPage(() => import("./NewEarlySupportPage"), "NewEarlySupportPage");
const EarlySupportPage = lazyPage(() => import("./EarlySupportPage"), "EarlySupportPage");
const ConcernGuidePage = lazyPage(() => import("./ConcernGuidePage"), "ConcernGuidePage");
const ChildsBestPage = lazyPage(() => import("./ChildsBestPage"), "ChildsBestPage");

const listRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/early-support",
  component: EarlySupportListPage,
});

const newRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/early-support/new",
  component: NewEarlySupportPage,
});

const contactRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/early-support/$contactId",
  component: function EarlySupportRoute() {
    const { contactId } = contactRoute.useParams();
    return <EarlySupportPage key={contactId} contactId={contactId} />;
  },
});

const concernRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/concern",
  component: ConcernGuidePage,
});

const childsBestRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/childs-best",
  component: ChildsBestPage,
});

export const earlySupportRoutes = [
  listRoute,
  newRoute,
  contactRoute,
  concernRoute,
  childsBestRoute,
] as const;
