import type { PlanContentBody, PlanDetail } from "@kring/contracts";
import { ACTION_STATUS_LABELS, personLabel } from "@kring/domain/plans";
import { Badge, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { usePlansTexts } from "./plans-texts";

interface Props {
  content: PlanContentBody;
  tracks?: PlanDetail["actions"];
  /** Ids of goals, actions and measures to highlight (e.g. changed between versions). */
  marked?: Set<string>;
  headingLevel?: 2 | 3 | 4;
}

/** An agreed version (or a draft) read-only, with each action's status where known. */
export function PlanContentView({
  content,
  tracks = [],
  marked = new Set(),
  headingLevel = 3,
}: Props) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const language = useLanguage();
  const h = headingLevel;
  const mark = (id: string) => (marked.has(id) ? { bg: "var(--mantine-color-yellow-1)" } : {});
  return (
    <Stack gap="sm">
      <Title order={h}>{t("section.needs")}</Title>
      <Text>{content.needs || "–"}</Text>
      <Title order={h}>{t("section.goals")}</Title>
      {content.goals.map((g, i) => (
        <Stack key={g.id} gap={4} {...mark(g.id)}>
          <Text fw={700}>
            {i + 1}. {g.text}
          </Text>
          {g.childWords && <Text fs="italic">”{g.childWords}”</Text>}
          <List spacing={4}>
            {g.actions.map((a) => {
              const track = tracks.find((x) => x.actionId === a.id);
              return (
                <List.Item key={a.id} {...mark(a.id)}>
                  <Text>{a.description}</Text>
                  <Text size="sm">
                    {[personLabel(a.responsiblePerson, language), a.responsibleUnit?.name]
                      .filter(Boolean)
                      .join(", ")}
                    {" · "}
                    {[a.startDate, a.endDate].filter(Boolean).join(" – ")}
                    {a.followUpDate ? ` · ${t("field.followUp")} ${a.followUpDate}` : ""}
                  </Text>
                  {track && (
                    <Group gap={4}>
                      <Badge variant="light">{ACTION_STATUS_LABELS[track.status][language]}</Badge>
                      {track.overdue && (
                        <Badge color="red.9" variant="filled">
                          {t("followUp.overdue")}
                        </Badge>
                      )}
                    </Group>
                  )}
                </List.Item>
              );
            })}
          </List>
        </Stack>
      ))}
      <Title order={h}>{t("section.measures")}</Title>
      {content.noMeasuresByOthers && content.measuresByOthers.length === 0 ? (
        <Text>{t("field.noMeasures")}</Text>
      ) : (
        <List>
          {content.measuresByOthers.map((m) => (
            <List.Item key={m.id} {...mark(m.id)}>
              {m.description} ({m.by.name})
            </List.Item>
          ))}
        </List>
      )}
      <Title order={h}>{t("section.lead")}</Title>
      <Text>{content.leadUnit?.name ?? "–"}</Text>
      <Title order={h}>{t("section.childView")}</Title>
      <Text>{content.childView || "–"}</Text>
      <Title order={h}>{t("section.guardiansView")}</Title>
      <Text>{content.guardiansView || "–"}</Text>
      {content.internalNotes && (
        <>
          <Title order={h}>{t("section.internalNotes")}</Title>
          <Text>{content.internalNotes}</Text>
        </>
      )}
    </Stack>
  );
}
