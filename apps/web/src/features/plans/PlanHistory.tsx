import type { PlanDetail } from "@kring/contracts";
import {
  GOAL_LEVEL_LABELS,
  HANDOVER_KIND_LABELS,
  HANDOVER_STATUS_LABELS,
} from "@kring/domain/plans";
import { Card, List, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";

/** Earlier follow-ups, the family's own comments and the plan's handovers. */
export function PlanHistory({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation("plans");
  const language = useLanguage();
  const goalText = (id: string) => plan.current?.content.goals.find((g) => g.id === id)?.text ?? id;
  return (
    <>
      {plan.followUps.length > 0 && (
        <Card withBorder component="section" aria-labelledby="history">
          <Title order={2} size="h3" id="history">
            {t("followUp.history")}
          </Title>
          <List>
            {plan.followUps.map((f) => (
              <List.Item key={f.id}>
                <Text fw={600}>
                  {f.heldOn} {f.by ? `(${f.by})` : ""}
                </Text>
                {f.summary && <Text>{f.summary}</Text>}
                {f.assessments.map((a) => (
                  <Text key={a.goalId} size="sm">
                    {goalText(a.goalId)}: {GOAL_LEVEL_LABELS[a.level][language]}
                  </Text>
                ))}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {plan.familyComments.length > 0 && (
        <Card withBorder component="section" aria-labelledby="family-comments">
          <Title order={2} size="h3" id="family-comments">
            {t("familyComments")}
          </Title>
          <List>
            {plan.familyComments.map((c) => (
              <List.Item key={c.id}>
                <Text size="sm" c="dimmed">
                  {c.authorName}, {new Date(c.createdAt).toLocaleString("sv-SE")}
                </Text>
                <Text>{c.body}</Text>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {plan.handovers.length > 0 && (
        <Card withBorder component="section" aria-labelledby="handovers">
          <Title order={2} size="h3" id="handovers">
            {t("handovers")}
          </Title>
          <List>
            {plan.handovers.map((h) => (
              <List.Item key={h.id}>
                {HANDOVER_KIND_LABELS[h.kind][language]}: {h.fromUnit.name} → {h.toUnit.name} (
                {HANDOVER_STATUS_LABELS[h.status][language]})
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </>
  );
}
