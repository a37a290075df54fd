import { Loader, Text } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useIsPhone } from "../../../platform/ui/use-is-phone";
import type { CaseListItem } from "../shared/case-types";
import { CaseCards } from "./CaseCards";
import { CaseTable } from "./CaseTable";

interface CaseListProps {
  query: UseQueryResult<{ cases: CaseListItem[] }>;
  empty: string;
  intake?: boolean;
}

/** A list of cases as the query answers it: a table, or cards on phones. */
export function CaseList({ query, empty, intake }: CaseListProps) {
  const { t } = useTranslation(["cases", "common"]);
  const isPhone = useIsPhone();
  if (query.isPending) return <Loader aria-label={t("common:loading")} />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  const { cases } = query.data;
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {cases.length === 0 ? empty : t("cases:list.count", { count: cases.length })}
      </Text>
      {cases.length === 0 ? null : isPhone ? (
        <CaseCards cases={cases} intake={intake} />
      ) : (
        <CaseTable cases={cases} intake={intake} />
      )}
    </>
  );
}
