import { Group, NativeSelect, VisuallyHidden } from "@mantine/core";
import { type PeriodSize, periodsEndingAt } from "@kring/domain/statistics";
import { useTranslation } from "react-i18next";
import { usePeriodName } from "./format";
import { chosenPeriod } from "./chosen-period";
import type { SteeringSearch } from "./steering-search";
import { todayInSweden } from "../cases/shared/format";

const HOW_MANY: Record<PeriodSize, number> = { month: 24, term: 6, year: 3 };

interface Props {
  search: SteeringSearch;
  onChange: (search: SteeringSearch) => void;
  /** The areas the reader may see, to filter by; none: no area filter. */
  areas?: string[];
}

/** Period length, period and area; each change is a new query string (so it can be linked). */
export function SteeringFilters({ search, onChange, areas }: Props) {
  const { t } = useTranslation("steering");
  const periodName = usePeriodName();
  const { size, period } = chosenPeriod(search);
  const periods = periodsEndingAt(todayInSweden(), size, HOW_MANY[size]).reverse();
  return (
    <Group
      component="fieldset"
      className="steering-no-print"
      style={{ border: 0, padding: 0 }}
      mb="md"
      align="end"
    >
      <VisuallyHidden component="legend">{t("filters.legend")}</VisuallyHidden>
      <NativeSelect
        label={t("filters.size")}
        value={size}
        data={(["month", "term", "year"] as const).map((s) => ({
          value: s,
          label: t(`filters.sizes.${s}`),
        }))}
        onChange={(e) => onChange({ ...search, size: e.currentTarget.value as PeriodSize })}
      />
      <NativeSelect
        label={t("filters.period")}
        value={period.from}
        data={periods.map((p) => ({ value: p.from, label: periodName(p) }))}
        onChange={(e) => onChange({ ...search, size, at: e.currentTarget.value })}
      />
      {areas && (
        <NativeSelect
          label={t("filters.area")}
          value={search.area ?? ""}
          data={[
            { value: "", label: t("filters.allAreas") },
            ...areas.map((a) => ({ value: a, label: a })),
          ]}
          onChange={(e) => onChange({ ...search, area: e.currentTarget.value || undefined })}
        />
      )}
    </Group>
  );
}
