import type { CaseDetail } from "@kring/contracts";
import { daysBetween } from "@kring/domain/cases";
import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../shared/case-labels";
import { DeadlineStatusBadge } from "../shared/DeadlineStatusBadge";
import { useFormat } from "../shared/format";

const URGENCY = { overdue: 0, due_soon: 1, upcoming: 2, done: 3 } as const;

type Deadline = CaseDetail["deadlines"][number];
/** How many days after its last day a deadline was met; 0 when on time or not yet done. */
const daysLate = (d: Deadline) => (d.doneOn ? Math.max(0, daysBetween(d.dueDate, d.doneOn)) : 0);

/** What is due: the most pressing first, done ones last with the day they were done. */
export function DeadlineList({ deadlines }: { deadlines: CaseDetail["deadlines"] }) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const format = useFormat();
  if (deadlines.length === 0) return <Text size="sm">{t("deadlines.none")}</Text>;
  const sorted = [...deadlines].sort((a, b) => URGENCY[a.status] - URGENCY[b.status]);
  return (
    <Stack component="ul" gap="xs" className="plain-list">
      {sorted.map((d) => (
        <Group component="li" key={d.kind} justify="space-between" wrap="wrap" gap={6}>
          <div>
            <Text size="sm" fw={600}>
              {labels.deadline(d.kind)}
            </Text>
            <Text size="sm">
              {d.doneOn
                ? t(daysLate(d) > 0 ? "deadlines.doneLate" : "deadlines.doneOn", {
                    date: format.date(d.doneOn),
                    due: format.date(d.dueDate),
                    count: daysLate(d),
                  })
                : t("deadlines.due", { date: format.date(d.dueDate) })}
            </Text>
          </div>
          <DeadlineStatusBadge status={d.status} late={daysLate(d) > 0} />
        </Group>
      ))}
    </Stack>
  );
}
