import { Loader } from "@mantine/core";
import { createRoute } from "@tanstack/react-router";
import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { shellRoute } from "../../app/base-routes";

// Each page is loaded when first visited. Only ids appear in the paths, never a name.
const AttendancePage = lazy(() =>
  import("./AttendancePage").then((m) => ({ default: m.AttendancePage })),
);
const CaseloadPage = lazy(() =>
  import("./AttendancePage").then((m) => ({ default: m.CaseloadPage })),
);
const StatisticsPage = lazy(() =>
  import("./StatisticsPage").then((m) => ({ default: m.StatisticsPage })),
);
const StaircaseAdminPage = lazy(() =>
  import("./StaircaseAdminPage").then((m) => ({ default: m.StaircaseAdminPage })),
);
const PupilTermPage = lazy(() =>
  import("./PupilTermPage").then((m) => ({ default: m.PupilTermPage })),
);

function Page({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<Loader aria-label={t("loading")} />}>{children}</Suspense>;
}

const attendanceRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/attendance",
  component: () => (
    <Page>
      <AttendancePage />
    </Page>
  ),
});

const caseloadRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/attendance/caseload",
  component: () => (
    <Page>
      <CaseloadPage />
    </Page>
  ),
});

const statisticsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/attendance/statistics",
  component: () => (
    <Page>
      <StatisticsPage />
    </Page>
  ),
});

const adminRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/attendance/admin",
  component: () => (
    <Page>
      <StaircaseAdminPage />
    </Page>
  ),
});

const pupilRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: "/attendance/pupils/$childId",
  component: function Pupil() {
    const { childId } = pupilRoute.useParams();
    return (
      <Page>
        <PupilTermPage key={childId} childId={childId} />
      </Page>
    );
  },
});

export const attendanceRoutes = [
  attendanceRoute,
  caseloadRoute,
  statisticsRoute,
  adminRoute,
  pupilRoute,
] as const;
