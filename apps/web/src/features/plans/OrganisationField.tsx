import { Autocomplete } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useUnits } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

type Ref = { unitId: string | null; name: string };

interface Props {
  label: string;
  value: Ref | null;
  onChange: (ref: Ref | null) => void;
}

/**
 * A responsible organisation: a unit from the municipality's register, picked by name, or the
 * typed name of an organisation outside it (a region's child psychiatry, a private school).
 * A picked unit keeps its id, so the plan follows renames and the handover and reports can
 * find it; a typed name is kept as written.
 */
export function OrganisationField({ label, value, onChange }: Props) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const units = useUnits().data ?? [];
  const registered = value?.unitId != null;
  return (
    <Autocomplete
      label={label}
      description={registered ? t("organisation.registered") : t("organisation.help")}
      data={[...new Set(units.map((u) => u.name))]}
      value={value?.name ?? ""}
      limit={30}
      onChange={(name) => {
        if (!name.trim()) return onChange(null);
        const unit = units.find((u) => u.name === name);
        onChange(unit ? { unitId: unit.id, name: unit.name } : { unitId: null, name });
      }}
    />
  );
}
