import type { StructureResponse, Unit } from "@kring/contracts";
import { Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../platform/i18n/use-labels";
import { useIsPhone } from "../../../platform/ui/use-is-phone";
import { structureLookup } from "./structure-lookup";
import { UnitCards } from "./UnitCards";
import type { UnitRow } from "./unit-rows";
import { UnitsTable } from "./UnitsTable";

interface UnitsOverviewProps {
  structure: StructureResponse;
  onEdit: (unit: Unit) => void;
}

/** All units, filterable by name, kind, area or organisation: a table, or cards on phones. */
export function UnitsOverview({ structure, onEdit }: UnitsOverviewProps) {
  const { t } = useTranslation("admin");
  const labels = useLabels();
  const isPhone = useIsPhone();
  const lookup = structureLookup(structure);
  const [filter, setFilter] = useState("");
  const rows: UnitRow[] = structure.units.map((unit) => ({
    unit,
    kind: labels.unitKind(unit.kind),
    organisation: lookup.organisationName(unit.organisationId),
    area: lookup.areaName(unit.areaId) || t("structure.noArea"),
  }));
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? rows.filter((r) =>
        [r.unit.name, r.kind, r.area, r.organisation].some((v) => v.toLowerCase().includes(needle)),
      )
    : rows;

  return (
    <>
      <TextInput
        type="search"
        label={t("structure.filter")}
        description={t("structure.filterHint")}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={420}
        mb="xs"
      />
      <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
        {shown.length === 0
          ? t("structure.noMatch")
          : t("structure.shown", { shown: shown.length, total: rows.length })}
      </Text>
      {isPhone ? (
        <UnitCards rows={shown} onEdit={onEdit} />
      ) : (
        <UnitsTable rows={shown} onEdit={onEdit} />
      )}
    </>
  );
}
