import type { FamilyView } from "@kring/contracts";
import { Badge, Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Plan = NonNullable<FamilyView["plan"]>;

/** "Min plan": the child's own goals in their own words, and who helps them. */
export function MyPlanSections({ plan }: { plan: Plan }) {
  const { t } = useTranslation("family");
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t("child.myGoals")}
      </Title>
      {plan.goals.map((g) => (
        <Card key={g.id} withBorder component="article" aria-labelledby={`my-goal-${g.id}`}>
          <Title order={3} size="h4" id={`my-goal-${g.id}`}>
            ”{g.childWords || g.text}”
          </Title>
          {g.latest && (
            <Badge size="lg" variant="light" mt="xs">
              {g.latest.childText}
            </Badge>
          )}
          <Text fw={600} mt="sm">
            {t("child.helpers")}
          </Text>
          <Stack gap={4}>
            {g.actions.map((a) => (
              <Text key={a.id}>
                {a.who ? `${a.who}: ` : ""}
                {a.what} ({a.statusText.toLowerCase()})
              </Text>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
