import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseListItem } from "./case-types";
import { useCaseLabels } from "./case-labels";
import { DeadlineStatusBadge } from "./DeadlineStatusBadge";
import { useFormat } from "./format";

/** What is due next in a case, when, and whether it is late. */
export function NextDeadline({ deadline }: { deadline: CaseListItem["nextDeadline"] }) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const format = useFormat();
  if (!deadline) return <Text size="sm">{t("list.noDeadline")}</Text>;
  return (
    <div>
      <Text size="sm">{labels.deadline(deadline.kind)}</Text>
      <Group gap={6} wrap="nowrap">
        <Text size="sm">{format.date(deadline.dueDate)}</Text>
        <DeadlineStatusBadge status={deadline.status} />
      </Group>
    </div>
  );
}
