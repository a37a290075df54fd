import { Fieldset, NativeSelect, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { optionsOnce } from "../../../platform/forms/options-once";
import { useLabels } from "../../../platform/i18n/use-labels";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useUnitPeople } from "../api/people.api";
import { LEGEND_AS_LABEL } from "./fieldset-styles";

type UnitOptions = (
  { value: string; label: string } | { group: string; items: { value: string; label: string }[] }
)[];

interface PersonPickerProps {
  legend: string;
  units: UnitOptions;
  unitId: string;
  userId: string;
  onUnit: (unitId: string) => void;
  onUser: (userId: string) => void;
  unitError?: string;
  userError?: string;
}

/** A professional chosen by unit: first the unit, then one of the people who work there. */
export function PersonPicker(props: PersonPickerProps) {
  const { legend, units, unitId, userId, onUnit, onUser, unitError, userError } = props;
  const { t } = useTranslation(["cases", "common"]);
  const labels = useLabels();
  const people = useUnitPeople(unitId);
  const choose = { value: "", label: t("cases:picker.choose"), disabled: true };
  // A person with two roles in the unit is one choice, with both roles named.
  const options = optionsOnce(
    people.data?.people ?? [],
    (p) => p.userId,
    (same) => `${same[0]!.displayName} (${same.map((p) => labels.role(p.role)).join(", ")})`,
  );
  return (
    <Fieldset legend={legend} variant="unstyled" styles={LEGEND_AS_LABEL}>
      <Stack gap="xs">
        <NativeSelect
          label={t("cases:picker.unit")}
          required
          data={[choose, ...units]}
          value={unitId}
          error={unitError}
          onChange={(event) => {
            onUnit(event.currentTarget.value);
            onUser("");
          }}
        />
        <NativeSelect
          label={t("cases:picker.person")}
          required
          disabled={!unitId || people.isPending}
          data={[
            { ...choose, label: people.isFetching ? t("common:loading") : choose.label },
            ...options,
          ]}
          value={userId}
          error={userError}
          onChange={(event) => onUser(event.currentTarget.value)}
        />
        {people.isError && <ProblemAlert error={people.error} />}
      </Stack>
    </Fieldset>
  );
}
