import { Fieldset, Group, NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { LogQuery, Theme } from "./experience-log.api";

interface Props {
  query: LogQuery;
  onChange: (query: LogQuery) => void;
  themes: Theme[];
  organisations: { id: string; name: string }[];
  areas: { id: string; name: string }[];
}

/** The log's selection: period and how finely it is cut, theme, organisation and area. */
export function LogFilters({ query, onChange, themes, organisations, areas }: Props) {
  const { t } = useTranslation("experienceLog");
  const all = { value: "", label: t("filters.all") };
  const set = (patch: Partial<LogQuery>) => onChange({ ...query, ...patch });
  return (
    <Fieldset legend={t("filters.legend")} mb="lg">
      <Group align="end" gap="md" wrap="wrap">
        <TextInput
          type="date"
          label={t("filters.from")}
          value={query.from}
          onChange={(e) => e.currentTarget.value && set({ from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t("filters.to")}
          value={query.to}
          onChange={(e) => e.currentTarget.value && set({ to: e.currentTarget.value })}
        />
        <NativeSelect
          label={t("filters.grain")}
          value={query.grain}
          data={[
            { value: "month", label: t("filters.grainMonth") },
            { value: "term", label: t("filters.grainTerm") },
            { value: "year", label: t("filters.grainYear") },
          ]}
          onChange={(e) => set({ grain: e.currentTarget.value as LogQuery["grain"] })}
        />
        <NativeSelect
          label={t("filters.theme")}
          value={query.themeId ?? ""}
          data={[all, ...themes.map((x) => ({ value: x.id, label: x.name }))]}
          onChange={(e) => set({ themeId: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t("filters.organisation")}
          value={query.organisationId ?? ""}
          data={[all, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(e) => set({ organisationId: e.currentTarget.value || undefined })}
        />
        {areas.length > 1 && (
          <NativeSelect
            label={t("filters.area")}
            value={query.area ?? ""}
            data={[all, ...areas.map((a) => ({ value: a.name, label: a.name }))]}
            onChange={(e) => set({ area: e.currentTarget.value || undefined })}
          />
        )}
      </Group>
    </Fieldset>
  );
}
