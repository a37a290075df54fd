import { Button, Loader, Text } from "@mantine/core";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useIsPhone } from "../../../platform/ui/use-is-phone";
import type { CaseListItem } from "../shared/case-types";
import { CaseCards } from "./CaseCards";
import { CaseTable } from "./CaseTable";

interface CasePage {
  cases: CaseListItem[];
  total: number;
  nextCursor: string | null;
}

interface CaseListProps {
  query: UseInfiniteQueryResult<InfiniteData<CasePage>>;
  empty: string;
  intake?: boolean;
}

/**
 * A list of cases as the server pages it: the pages read so far as a table (cards on phones), how
 * many of how many, and "Visa fler" for the next page. The count is a polite live region, so a
 * screen reader hears how many rows the button added without the focus moving.
 */
export function CaseList({ query, empty, intake }: CaseListProps) {
  const { t } = useTranslation(["cases", "common"]);
  const isPhone = useIsPhone();
  // A failed "Visa fler" keeps the rows already read and says why beside the button.
  const moreFailed = query.isFetchNextPageError ? query.error : null;
  if (query.isPending) return <Loader aria-label={t("common:loading")} />;
  if (!query.data) return <ProblemAlert error={query.error} />;
  const pages = query.data.pages;
  const cases = pages.flatMap((p) => p.cases);
  // The latest page's total: the list may have changed while the person paged.
  const total = pages.at(-1)?.total ?? cases.length;
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm" role="status" aria-live="polite">
        {cases.length === 0
          ? empty
          : cases.length < total
            ? t("cases:list.showing", { shown: cases.length, count: total })
            : t("cases:list.count", { count: total })}
      </Text>
      {cases.length === 0 ? null : isPhone ? (
        <CaseCards cases={cases} intake={intake} />
      ) : (
        <CaseTable cases={cases} intake={intake} />
      )}
      {moreFailed && <ProblemAlert error={moreFailed} />}
      {query.hasNextPage && (
        <Button
          variant="default"
          mt="md"
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t("cases:list.showMore")}
        </Button>
      )}
    </>
  );
}
