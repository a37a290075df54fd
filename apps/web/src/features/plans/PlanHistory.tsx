import type { PlanDetail } from "@kring/contracts";
import {
  GOAL_LEVEL_LABELS,
  HANDOVER_KIND_LABELS,
  HANDOVER_STATUS_LABELS,
} from "@kring/domain/plans";
import { Card, List, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { usePlansTexts } from "./plans-texts";

/** Earlier follow-ups, the family's own comments and the plan's handovers. */
export function PlanHistory({ plan }: { plan: PlanDetail }) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const language = useLanguage();
  const goalText = (id: string) => plan.current?.content.goals.find((g) => g.id === id)?.text ?? id;
  return (
    <>
      {plan.followUps.length > 0 && (
        <HistoryCard id="history" title={t("followUp.history")}>
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
        </HistoryCard>
      )}
      {plan.familyComments.length > 0 && (
        <HistoryCard id="family-comments" title={t("familyComments")}>
          {plan.familyComments.map((c) => (
            <List.Item key={c.id}>
              <Text size="sm" c="dimmed">
                {c.authorName}, {new Date(c.createdAt).toLocaleString("sv-SE")}
              </Text>
              <Text>{c.body}</Text>
            </List.Item>
          ))}
        </HistoryCard>
      )}
      {plan.handovers.length > 0 && (
        <HistoryCard id="handovers" title={t("handovers")}>
          {plan.handovers.map((h) => (
            <List.Item key={h.id}>
              {HANDOVER_KIND_LABELS[h.kind][language]}: {h.fromUnit.name} → {h.toUnit.name} (
              {HANDOVER_STATUS_LABELS[h.status][language]})
            </List.Item>
          ))}
        </HistoryCard>
      )}
    </>
  );
}

/** One titled list of the plan's history. */
function HistoryCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <List>{children}</List>
    </Card>
  );
}
