import type { StructureResponse } from "@kring/contracts";
import { Checkbox, Fieldset, SimpleGrid, Stack, Text } from "@mantine/core";
import { structureLookup } from "../../admin/structure/structure-lookup";
import { LEGEND_AS_GROUP, LEGEND_AS_LABEL } from "./fieldset-styles";

interface UnitCheckboxesProps {
  legend: string;
  description?: string;
  structure: StructureResponse;
  value: string[];
  onChange: (unitIds: string[]) => void;
  error?: string;
}

/** Choose several units, grouped by area or organisation, as plain checkboxes in a fieldset. */
export function UnitCheckboxes(props: UnitCheckboxesProps) {
  const { legend, description, structure, value, onChange, error } = props;
  const toggle = (unitId: string, checked: boolean) =>
    onChange(checked ? [...value, unitId] : value.filter((id) => id !== unitId));
  return (
    <Fieldset legend={legend} variant="unstyled" styles={LEGEND_AS_LABEL}>
      {description && (
        <Text size="sm" c="dimmed" mb="xs">
          {description}
        </Text>
      )}
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" mb="xs">
          {error}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {structureLookup(structure)
          .unitGroups()
          .map(({ group, items }) => (
            <Fieldset key={group} legend={group} variant="unstyled" styles={LEGEND_AS_GROUP}>
              <Stack gap={6}>
                {items.map((unit) => (
                  <Checkbox
                    key={unit.value}
                    label={unit.label}
                    checked={value.includes(unit.value)}
                    error={!!error}
                    onChange={(event) => toggle(unit.value, event.currentTarget.checked)}
                  />
                ))}
              </Stack>
            </Fieldset>
          ))}
      </SimpleGrid>
    </Fieldset>
  );
}
