import { Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../platform/api/api-error";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { NotFoundPage } from "../../errors/NotFoundPage";
import { useCase } from "../api/cases.api";
import { CaseRefused } from "./CaseRefused";
import { CaseView } from "./CaseView";

/** A case, or why it cannot be shown: refused (with emergency access offered) or not found. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation("common");
  const query = useCase(caseId);
  if (query.isPending) return <Loader aria-label={t("loading")} />;
  if (query.isError) {
    const status = query.error instanceof ApiError ? query.error.status : 0;
    if (status === 403) {
      const raiser = query.error instanceof ApiError && query.error.code === "raiser_status_only";
      return <CaseRefused caseId={caseId} raiser={raiser} />;
    }
    if (status === 404) return <NotFoundPage />;
    return <ProblemAlert error={query.error} />;
  }
  return <CaseView detail={query.data} />;
}
