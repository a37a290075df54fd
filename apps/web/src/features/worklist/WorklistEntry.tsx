import { Card, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DeadlineStatusBadge } from "../cases/shared/DeadlineStatusBadge";
import { useFormat } from "../cases/shared/format";
import { useLanguage } from "../../platform/i18n/use-language";
import type { WorklistItem } from "./worklist.api";
import { AnchorLink } from "../cases/shared/links";

/** The task's title as a link to the page where it is done. */
function TaskLink({ item, children }: { item: WorklistItem; children: ReactNode }) {
  const { caseId, requestId } = item;
  if (item.kind === "form" && caseId && requestId)
    return (
      <AnchorLink
        to="/cases/$caseId/instruments/$requestId"
        params={{ caseId, requestId }}
        fw={700}
      >
        {children}
      </AnchorLink>
    );
  if (item.kind === "instrument" && caseId)
    return (
      <AnchorLink to="/cases/$caseId/instruments" params={{ caseId }} fw={700}>
        {children}
      </AnchorLink>
    );
  if (item.kind === "plan_action" && caseId)
    return (
      <AnchorLink to="/cases/$caseId/plan" params={{ caseId }} fw={700}>
        {children}
      </AnchorLink>
    );
  if (caseId)
    return (
      <AnchorLink to="/cases/$caseId" params={{ caseId }} fw={700}>
        {children}
      </AnchorLink>
    );
  if (item.kind === "intake")
    return (
      <AnchorLink to="/intake" fw={700}>
        {children}
      </AnchorLink>
    );
  if (item.kind === "handover")
    return (
      <AnchorLink to="/plans/handovers" fw={700}>
        {children}
      </AnchorLink>
    );
  return <Text fw={700}>{children}</Text>;
}

/** One task: what, for which child, when, and how late. */
export function WorklistEntry({ item }: { item: WorklistItem }) {
  const { t } = useTranslation("worklist");
  const format = useFormat();
  // The server names each task in both languages; names the network wrote stay as written.
  const title = useLanguage() === "sv" ? item.title : item.titleEn;
  const when =
    item.dueDate &&
    (item.kind === "meeting"
      ? format.dateTime(item.dueDate)
      : t("due", { date: format.date(item.dueDate) }));
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <TaskLink item={item}>{title}</TaskLink>
          {item.childName && <Text size="sm">{item.childName}</Text>}
          {when && <Text size="sm">{when}</Text>}
        </div>
        {item.status && item.status !== "upcoming" && <DeadlineStatusBadge status={item.status} />}
      </Group>
    </Card>
  );
}
