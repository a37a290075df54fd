import type { SessionUser } from "@kring/contracts";
import { Badge, Card, Group, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../platform/i18n/use-labels";

/** The units the user belongs to and the role in each: what decides what they see. */
export function MembershipList({ user }: { user: SessionUser }) {
  const { t } = useTranslation("home");
  const labels = useLabels();
  return (
    <section aria-labelledby="memberships-title">
      <Title order={2} size="h3" id="memberships-title" mb="xs">
        {t("memberships.title")}
      </Title>
      <Text mb="md" c="dimmed">
        {t("memberships.intro")}
      </Text>
      {user.memberships.length === 0 ? (
        <Text>{t("memberships.none")}</Text>
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} className="plain-list" mb="xl">
          {user.memberships.map((m) => (
            <Card component="li" key={`${m.unitId}-${m.role}`} withBorder radius="md" padding="md">
              <Text fw={700}>{m.unitName}</Text>
              <Text size="sm" c="dimmed" mb="sm">
                {labels.unitKind(m.unitKind)}
              </Text>
              <Group gap="xs">
                <Text size="sm">{t("memberships.role")}:</Text>
                <Badge variant="light" size="lg" tt="none">
                  {labels.role(m.role)}
                </Badge>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}
