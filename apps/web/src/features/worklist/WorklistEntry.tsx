import { Card, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DeadlineStatusBadge } from "../cases/shared/DeadlineStatusBadge";
import { useFormat } from "../cases/shared/format";
import { SwedishText } from "../cases/shared/SwedishText";
import type { WorklistItem } from "./worklist.api";
import { AnchorLink } from "../cases/shared/links";

/** One task: what, for which child, when, and how late. */
export function WorklistEntry({ item }: { item: WorklistItem }) {
  const { t } = useTranslation("worklist");
  const format = useFormat();
  const title = <SwedishText>{item.title}</SwedishText>;
  const when =
    item.dueDate &&
    (item.kind === "meeting"
      ? format.dateTime(item.dueDate)
      : t("due", { date: format.date(item.dueDate) }));
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          {item.caseId ? (
            <AnchorLink to="/cases/$caseId" params={{ caseId: item.caseId }} fw={700}>
              {title}
            </AnchorLink>
          ) : item.kind === "intake" ? (
            <AnchorLink to="/intake" fw={700}>
              {title}
            </AnchorLink>
          ) : (
            <Text fw={700}>{title}</Text>
          )}
          {item.childName && <Text size="sm">{item.childName}</Text>}
          {when && <Text size="sm">{when}</Text>}
        </div>
        {item.status && item.status !== "upcoming" && <DeadlineStatusBadge status={item.status} />}
      </Group>
    </Card>
  );
}
