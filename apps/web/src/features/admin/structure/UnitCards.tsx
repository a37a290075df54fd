import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UnitRowsProps } from "./unit-rows";

/** The units as a list of cards, for narrow screens. */
export function UnitCards({ rows, onEdit }: UnitRowsProps) {
  const { t } = useTranslation("admin");
  return (
    <Stack component="ul" gap="xs" className="plain-list" mb="lg">
      {rows.map(({ unit, kind, organisation, area }) => (
        <Card component="li" key={unit.id} withBorder radius="md" padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text fw={700}>{unit.name}</Text>
              <Text size="sm">{kind}</Text>
              <Text size="sm" c="dimmed">
                {organisation}, {area}
              </Text>
            </div>
            <Button
              size="xs"
              variant="default"
              aria-label={t("structure.editLabel", { name: unit.name })}
              onClick={() => onEdit(unit)}
            >
              {t("structure.edit")}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
