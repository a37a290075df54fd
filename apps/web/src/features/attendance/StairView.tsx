import { Badge, Card, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PupilTermView } from "./attendance.api";
import { useAttendanceTexts } from "./attendance-texts";

/** The tenant's staircase, the pupil's step marked, and the way the pupil has come. */
export function StairView({ term }: { term: PupilTermView }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const { staircase, place } = term;
  if (!staircase) return <Text>{t("term.noStaircase")}</Text>;
  return (
    <Stack gap="sm">
      <Text fw={700}>{staircase.name}</Text>
      <Stack component="ol" className="plain-list" gap="xs">
        {staircase.steps.map((step) => (
          <Card
            component="li"
            key={step.number}
            withBorder
            padding="xs"
            bg={place.step === step.number ? "yellow.0" : "white"}
          >
            <Text fw={700}>
              {t("step", { step: step.number })}: {step.title}{" "}
              {place.step === step.number && (
                <Badge color="dark" variant="outline">
                  {t("term.youAreHere")}
                </Badge>
              )}
            </Text>
            <Text size="sm">
              {t("term.who", { actor: t(`actors.${step.actor}`) })} ·{" "}
              {t("term.deadline", { days: step.deadlineDays })}
            </Text>
            <List size="sm">
              {step.actions.map((a) => (
                <List.Item key={a}>{a}</List.Item>
              ))}
            </List>
          </Card>
        ))}
      </Stack>
      <Text fw={700}>{t("term.history")}</Text>
      {place.history.length === 0 ? (
        <Text size="sm">{t("term.noHistory")}</Text>
      ) : (
        <List size="sm">
          {place.history.map((h) => (
            <List.Item key={`${h.from}-${h.step}`}>
              {h.step > 0
                ? `${t("step", { step: h.step })}. ${t("term.reached", { date: h.from, reason: h.reason })}`
                : t("term.left", { date: h.from, reason: h.reason })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
