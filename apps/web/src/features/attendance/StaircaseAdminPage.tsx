import { Loader, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useStaircases } from "./attendance.api";
import { ImportPanel } from "./ImportPanel";
import { StaircaseEditor } from "./StaircaseEditor";
import { useAttendanceTexts } from "./attendance-texts";

/** The administrator's attendance page: imports, and the staircase as data. */
export function StaircaseAdminPage() {
  useAttendanceTexts();
  const { t } = useTranslation(["attendance", "common"]);
  const query = useStaircases();
  return (
    <Stack gap="xl">
      <PageTitle>{t("attendance:adminTitle")}</PageTitle>
      {/* Imports come first: they are the everyday work; the staircase is set once a term. */}
      <ImportPanel />
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        <StaircaseEditor list={query.data} />
      )}
    </Stack>
  );
}
