import { Loader } from "@mantine/core";
import { createRoute } from "@tanstack/react-router";
import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { shellRoute } from "../../app/base-routes";
import { validateCaseListSearch } from "./list/case-list-search";

// Each page is its own chunk, loaded when first visited: case work is most of the app's code.
const CasesPage = lazy(() => import("./list/CasesPage").then((m) => ({ default: m.CasesPage })));
const IntakePage = lazy(() => import("./list/IntakePage").then((m) => ({ default: m.IntakePage })));
const RequestPage = lazy(() =>
  import("./request/RequestPage").then((m) => ({ default: m.RequestPage })),
);
const MyRequestsPage = lazy(() =>
  import("./request/MyRequestsPage").then((m) => ({ default: m.MyRequestsPage })),
);
const CompleteRequestPage = lazy(() =>
  import("./request/CompleteRequestPage").then((m) => ({ default: m.CompleteRequestPage })),
);
const CasePage = lazy(() => import("./case/CasePage").then((m) => ({ default: m.CasePage })));
const MeetingPage = lazy(() =>
  import("./meetings/MeetingPage").then((m) => ({ default: m.MeetingPage })),
);
const NetworkMapPage = lazy(() =>
  import("./network-map/NetworkMapPage").then((m) => ({ default: m.NetworkMapPage })),
);

function Page({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<Loader aria-label={t("loading")} />}>{children}</Suspense>;
}

// Only ids appear in these paths: never a name, a personal number or a search term.
const casesRoute = createRoute({ getParentRoute: () => shellRoute, path: "/cases" });

// The list's filters live in the URL (case-list-search.ts): a filtered list survives a reload.
const listRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: "/",
  validateSearch: validateCaseListSearch,
  component: function CasesRoute() {
    const filters = listRoute.useSearch();
    const navigate = listRoute.useNavigate();
    return (
      <Page>
        <CasesPage
          filters={filters}
          onFilters={(search) => void navigate({ search, replace: true })}
        />
      </Page>
    );
  },
});

// The intake queue and a new request have paths of their own, outside /cases: the main menu
// marks "Ärenden" as the current page for everything under /cases.
const intakeRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/intake",
  component: () => (
    <Page>
      <IntakePage />
    </Page>
  ),
});

// Ids only: a request raised from early support, or for the child a task names.
const uuid = (v: unknown) => (typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined);

const newRequestRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/requests/new",
  validateSearch: (search: Record<string, unknown>): { earlySupport?: string; child?: string } => ({
    earlySupport: uuid(search.earlySupport),
    child: uuid(search.child),
  }),
  component: function NewRequestRoute() {
    const { earlySupport, child } = newRequestRoute.useSearch();
    return (
      <Page>
        <RequestPage
          key={`${earlySupport ?? ""}${child ?? ""}`}
          earlySupportId={earlySupport}
          childId={child}
        />
      </Page>
    );
  },
});

// The raiser's view: the status of the requests they raised, never the case's content.
const myRequestsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/requests/mine",
  component: () => (
    <Page>
      <MyRequestsPage />
    </Page>
  ),
});

// The raiser completes guardians and consent of their own request until it is assessed.
const completeRequestRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/requests/$caseId/complete",
  component: function CompleteRequestRoute() {
    const { caseId } = completeRequestRoute.useParams();
    return (
      <Page>
        <CompleteRequestPage key={caseId} caseId={caseId} />
      </Page>
    );
  },
});

const caseRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: "/$caseId",
  component: function CaseRoute() {
    const { caseId } = caseRoute.useParams();
    // Keyed by case, so no state of one case's page (an open dialog) carries over to another.
    return (
      <Page>
        <CasePage key={caseId} caseId={caseId} />
      </Page>
    );
  },
});

const meetingRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: "/$caseId/meetings/$meetingId",
  component: function MeetingRoute() {
    const { caseId, meetingId } = meetingRoute.useParams();
    return (
      <Page>
        <MeetingPage key={meetingId} caseId={caseId} meetingId={meetingId} />
      </Page>
    );
  },
});

const networkMapRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: "/$caseId/network-map",
  component: function NetworkMapRoute() {
    const { caseId } = networkMapRoute.useParams();
    return (
      <Page>
        <NetworkMapPage key={caseId} caseId={caseId} />
      </Page>
    );
  },
});

export const casesRoutes = [
  casesRoute.addChildren([listRoute, caseRoute, meetingRoute, networkMapRoute]),
  intakeRoute,
  newRequestRoute,
  myRequestsRoute,
  completeRequestRoute,
] as const;
