import { CASE_STAGES } from "@kring/domain/cases";
import { Button, Group, NativeSelect, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { useCases } from "../api/cases.api";
import { useCaseLabels } from "../shared/case-labels";
import { CaseList } from "./CaseList";
import { type CaseListSearch, filtersOf } from "./case-list-search";

interface CasesPageProps {
  filters: CaseListSearch;
  onFilters: (filters: CaseListSearch) => void;
}

/** "Ärenden": every case the user can see now, acute first, filtered and paged by the server. */
export function CasesPage({ filters, onFilters }: CasesPageProps) {
  const { t } = useTranslation("cases");
  const filtered = !!filters.stage || filters.acute !== undefined || !!filters.area;
  return (
    <>
      <PageTitle>{t("list.title")}</PageTitle>
      <Group justify="space-between" align="flex-end" mb="md">
        <Text maw={640}>{t("list.intro")}</Text>
        <Button component={Link} to="/requests/new">
          {t("list.newRequest")}
        </Button>
      </Group>
      <CaseFilters filters={filters} onFilters={onFilters} />
      <CaseList
        query={useCases(filtersOf(filters))}
        empty={t(filtered ? "list.noMatch" : "list.empty")}
      />
    </>
  );
}

/** Filters that change the URL; each change reads the list again from its first page. */
function CaseFilters({ filters, onFilters }: CasesPageProps) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const set = (change: CaseListSearch) => {
    const next: CaseListSearch = { ...filters, ...change };
    for (const k of Object.keys(next) as (keyof CaseListSearch)[])
      if (next[k] === undefined) delete next[k];
    onFilters(next);
  };
  return (
    <Group role="group" aria-label={t("list.filters")} align="flex-end" gap="md" mb="md">
      <NativeSelect
        label={t("list.stage")}
        value={filters.stage ?? ""}
        onChange={(e) => set({ stage: (e.currentTarget.value || undefined) as never })}
        data={[
          { value: "", label: t("list.allStages") },
          ...CASE_STAGES.map((s) => ({ value: s, label: labels.stage(s) })),
        ]}
      />
      <NativeSelect
        label={t("list.acute")}
        value={filters.acute === undefined ? "" : String(filters.acute)}
        onChange={(e) => {
          const v = e.currentTarget.value;
          set({ acute: v === "" ? undefined : v === "true" });
        }}
        data={[
          { value: "", label: t("list.acuteAll") },
          { value: "true", label: t("list.acuteOnly") },
          { value: "false", label: t("list.acuteNot") },
        ]}
      />
      <NativeSelect
        label={t("list.sort")}
        value={filters.sort ?? "acute"}
        onChange={(e) => {
          const sort = e.currentTarget.value as NonNullable<CaseListSearch["sort"]>;
          set({ sort: sort === "acute" ? undefined : sort });
        }}
        data={[
          { value: "acute", label: t("list.sortAcute") },
          { value: "newest", label: t("list.sortNewest") },
          { value: "oldest", label: t("list.sortOldest") },
        ]}
      />
      {(!!filters.stage || filters.acute !== undefined || !!filters.area) && (
        <Button
          variant="subtle"
          onClick={() => onFilters(filters.sort ? { sort: filters.sort } : {})}
        >
          {t("list.clearFilters")}
        </Button>
      )}
    </Group>
  );
}
