import { Button, Card, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DeadlineStatusBadge } from "../../cases/shared/DeadlineStatusBadge";
import { useFormat } from "../../cases/shared/format";
import type { CaseInstruments } from "../instruments.api";
import { useInstrumentLabels } from "../instrument-labels";
import { useInstrumentsTexts } from "../instruments-texts";

export type Scheduled = CaseInstruments["schedule"][number];

/** The tenant's schedule for this case: what is due when, what is done or out with someone. */
export function ScheduleList({
  schedule,
  maySend,
  onSend,
}: {
  schedule: Scheduled[];
  maySend: boolean;
  onSend: (m: Scheduled) => void;
}) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const labels = useInstrumentLabels();
  const format = useFormat();
  if (schedule.length === 0) return <Text>{t("schedule.none")}</Text>;
  return (
    <List listStyleType="none" spacing="xs" aria-label={t("schedule.title")}>
      {schedule.map((m) => {
        const name = labels.form(m);
        return (
          <Card
            component="li"
            key={`${m.instrument}-${m.informant}-${m.occasion}-${m.meetingId ?? ""}`}
            withBorder
            padding="sm"
          >
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Text fw={700}>{name}</Text>
                <Text size="sm">
                  {labels.occasion(m.occasion, m.meetingKind)},{" "}
                  {m.doneOn
                    ? t("schedule.doneOn", { date: format.date(m.doneOn) })
                    : t("schedule.due", { date: format.date(m.dueDate) })}
                </Text>
                {m.requested && <Text size="sm">{t("schedule.requested")}</Text>}
              </div>
              <Group gap="xs">
                <DeadlineStatusBadge status={m.status} />
                {maySend && m.status !== "done" && !m.requested && (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onSend(m)}
                    aria-label={t("schedule.sendNamed", { name })}
                  >
                    {t("schedule.send")}
                  </Button>
                )}
              </Group>
            </Group>
          </Card>
        );
      })}
    </List>
  );
}
