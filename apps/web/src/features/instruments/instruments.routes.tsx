import { createRoute } from "@tanstack/react-router";
import { shellRoute } from "../../app/base-routes";
import { lazyPage } from "../../platform/ui/lazy-page";

// Each page is its own chunk, loaded when first shown (ADR 0023).
const CaseInstrumentsPage = lazyPage(
  () => import("./case/CaseInstrumentsPage"),
  "CaseInstrumentsPage",
);
const RequestPage = lazyPage(() => import("./case/RequestPage"), "RequestPage");
const FamilyFormPage = lazyPage(() => import("./family/FamilyFormPage"), "FamilyFormPage");
const FamilyFormsPage = lazyPage(() => import("./family/FamilyFormsPage"), "FamilyFormsPage");
const OutcomesPage = lazyPage(() => import("./outcomes/OutcomesPage"), "OutcomesPage");

// Only ids in the paths, never a name or a personal number.
const caseInstrumentsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/cases/$caseId/instruments",
  component: function CaseInstruments() {
    const { caseId } = caseInstrumentsRoute.useParams();
    return <CaseInstrumentsPage key={caseId} caseId={caseId} />;
  },
});

const requestRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/cases/$caseId/instruments/$requestId",
  component: function InstrumentRequest() {
    const { caseId, requestId } = requestRoute.useParams();
    return <RequestPage key={requestId} caseId={caseId} requestId={requestId} />;
  },
});

const outcomesRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/children/$childId/outcomes",
  component: function Outcomes() {
    const { childId } = outcomesRoute.useParams();
    return <OutcomesPage key={childId} childId={childId} />;
  },
});

const familyFormsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/family/forms",
  component: FamilyFormsPage,
});

const familyFormRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/family/forms/$requestId",
  component: function FamilyForm() {
    const { requestId } = familyFormRoute.useParams();
    return <FamilyFormPage key={requestId} requestId={requestId} />;
  },
});

export const instrumentRoutes = [
  caseInstrumentsRoute,
  requestRoute,
  outcomesRoute,
  familyFormsRoute,
  familyFormRoute,
] as const;
