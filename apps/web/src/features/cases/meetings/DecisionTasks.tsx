import type { MeetingDetail } from "@kring/contracts";
import { Badge, Box, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSessionUser } from "../../../platform/session/session-user";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { DoneWithNote } from "../../attendance/DoneWithNote";
import { useDecisionDone } from "../api/meeting-changes.api";
import { useFormat } from "../shared/format";
import { useMeetingsTexts } from "./meetings-texts";

/**
 * The decisions someone is to carry out by a date: the owner's worklist items. The owner or a
 * coordinator marks them done here (or from the worklist).
 */
export function DecisionTasks({
  meeting,
  ownerUserIds,
}: {
  meeting: MeetingDetail;
  /** The user behind each owner (member id → user id), to offer "done" to the owner. */
  ownerUserIds: Map<string, string | null>;
}) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const format = useFormat();
  const me = useSessionUser();
  const announce = useAnnounce();
  const done = useDecisionDone(meeting.caseId);
  const tasks = meeting.decisionItems.filter((d) => d.task);
  if (tasks.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="decision-tasks-title" withBorder padding="md">
      <Title order={2} size="h4" id="decision-tasks-title" mb="sm">
        {t("tasks.title")}
      </Title>
      <Stack component="ul" gap="sm" className="plain-list">
        {tasks.map((d) => {
          const task = d.task!;
          const mine = !!d.ownerMemberId && ownerUserIds.get(d.ownerMemberId) === me.id;
          return (
            <li key={task.id}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {d.text}
                </Text>
                {task.doneAt && (
                  <Badge color="kring.8" tt="none" radius="sm">
                    {t("tasks.done")}
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                {t("tasks.owner", { name: d.ownerName, date: format.date(d.dueDate ?? "") })}
              </Text>
              {task.doneAt && (
                <Text size="sm" c="dimmed">
                  {t("tasks.doneBy", { name: task.doneBy, date: format.date(task.doneAt) })}
                  {task.note && ` ${task.note}`}
                </Text>
              )}
              {!task.doneAt && (mine || meeting.mayChange) && (
                <Box mt={4}>
                  <DoneWithNote
                    label={t("tasks.markDone")}
                    ariaLabel={t("tasks.markDoneFor", { text: d.text })}
                    pending={done.isPending}
                    onDone={(note) =>
                      done.mutateAsync({ taskId: task.id, note: note || null }).then(
                        () => announce(t("tasks.doneAnnounced")),
                        () => undefined,
                      )
                    }
                  />
                </Box>
              )}
            </li>
          );
        })}
      </Stack>
      <ProblemAlert error={done.error} />
    </Card>
  );
}
