import type { StructureResponse } from "@kring/contracts";
import { Card, Group, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Each organisation with its kind and its areas. */
export function OrganisationsOverview({ structure }: { structure: StructureResponse }) {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} className="plain-list" mb="lg">
      {structure.organisations.map((organisation) => {
        const areas = structure.areas.filter((a) => a.organisationId === organisation.id);
        return (
          <Card component="li" key={organisation.id} withBorder radius="md" padding="md">
            <Group justify="space-between" align="baseline" mb="xs">
              <Title order={3} size="h4">
                {organisation.name}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`common:organisationKinds.${organisation.kind}`)}
              </Text>
            </Group>
            <Text size="sm" fw={600}>
              {t("admin:structure.areas")}
            </Text>
            <Text size="sm">
              {areas.length ? areas.map((a) => a.name).join(", ") : t("admin:structure.noAreas")}
            </Text>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
