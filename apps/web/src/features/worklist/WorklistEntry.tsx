import { Card, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DeadlineStatusBadge } from "../cases/shared/DeadlineStatusBadge";
import { useFormat } from "../cases/shared/format";
import { useLanguage } from "../../platform/i18n/use-language";
import type { WorklistItem } from "./worklist.api";
import { AnchorLink } from "../cases/shared/links";
import { AttendanceDone } from "./AttendanceDone";
import { MeetingItemDone } from "./MeetingItemDone";
import { ConclusionItemDone } from "../experience-log/ConclusionItemDone";

/** Where a task is done, by its kind: the form, the measurements, the plan, the case or a queue. */
function targetOf({ kind, caseId, requestId, childId, meetingId, earlySupportId }: WorklistItem) {
  // Issue 22: an early-support follow-up on its page; the lead's ask on a request for the child.
  if (kind === "early_support" && earlySupportId)
    return { to: "/early-support/$contactId", params: { contactId: earlySupportId } } as const;
  if (kind === "plan_start_ask" && childId)
    return { to: "/requests/new", search: { child: childId } } as const;
  if (caseId && meetingId)
    return { to: "/cases/$caseId/meetings/$meetingId", params: { caseId, meetingId } } as const;
  // Attendance duties are done on the pupil's page, the same-day calls on the Närvaro page.
  if (kind === "attendance_task" && childId)
    return { to: "/attendance/pupils/$childId", params: { childId } } as const;
  if (kind === "attendance_notice") return { to: "/attendance" } as const;
  if (kind === "form" && caseId && requestId)
    return { to: "/cases/$caseId/instruments/$requestId", params: { caseId, requestId } } as const;
  if (kind === "instrument" && caseId)
    return { to: "/cases/$caseId/instruments", params: { caseId } } as const;
  if (kind === "plan_action" && caseId)
    return { to: "/cases/$caseId/plan", params: { caseId } } as const;
  if (kind === "raised_request") return { to: "/requests/mine" } as const;
  if (caseId) return { to: "/cases/$caseId", params: { caseId } } as const;
  if (kind === "intake") return { to: "/intake" } as const;
  if (kind === "handover") return { to: "/plans/handovers" } as const;
  return null;
}

function TaskLink({ item, children }: { item: WorklistItem; children: ReactNode }) {
  const target = targetOf(item);
  if (!target) return <Text fw={700}>{children}</Text>;
  return (
    <AnchorLink {...target} fw={700}>
      {children}
    </AnchorLink>
  );
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
      <AttendanceDone item={item} title={title} />
      <MeetingItemDone item={item} title={title} />
      <ConclusionItemDone item={item} title={title} />
    </Card>
  );
}
