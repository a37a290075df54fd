import { Card, Group, List, Loader, Stack, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type AttendanceTask, useCompleteTask, useTasks } from "./attendance.api";
import { DoneWithNote } from "./DoneWithNote";
import { useFormat } from "../cases/shared/format";
import { useAttendanceTexts } from "./attendance-texts";

/** The staircase's work for the actor: what to do, for whom, by when. */
export function TaskList() {
  useAttendanceTexts();
  const { t } = useTranslation(["attendance", "common"]);
  const query = useTasks();
  return (
    <section aria-labelledby="tasks-heading">
      <Title order={2} size="h3" id="tasks-heading" mb="sm">
        {t("attendance:tasks.heading")}
      </Title>
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : query.data.tasks.length === 0 ? (
        <Text mb="lg">{t("attendance:tasks.empty")}</Text>
      ) : (
        <Stack component="ul" className="plain-list" gap="sm" mb="lg">
          {query.data.tasks.map((task) => (
            <TaskCard key={task.id} task={task} />
          ))}
        </Stack>
      )}
    </section>
  );
}

export function TaskCard({ task, withName = true }: { task: AttendanceTask; withName?: boolean }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const complete = useCompleteTask();
  const announce = useAnnounce();
  const format = useFormat();
  return (
    <Card component="li" withBorder padding="sm">
      <Text fw={700}>
        {withName ? t("tasks.forPupil", { title: task.title, name: task.childName }) : task.title}
      </Text>
      {task.actions.length > 0 && (
        <List size="sm" my="xs">
          {task.actions.map((action) => (
            <List.Item key={action}>{action}</List.Item>
          ))}
        </List>
      )}
      <Group justify="space-between" mt="xs">
        <Text size="sm" c={task.overdue ? "red.9" : undefined}>
          {task.overdue
            ? t("tasks.overdue", { date: task.dueDate })
            : t("tasks.due", { date: task.dueDate })}
        </Text>
        <Group gap="xs">
          {withName && (
            <Link to="/attendance/pupils/$childId" params={{ childId: task.childId }}>
              {task.childName}
            </Link>
          )}
          {task.status === "open" && (
            <DoneWithNote
              label={t("tasks.done")}
              ariaLabel={`${t("tasks.done")}: ${task.title} – ${task.childName}`}
              pending={complete.isPending}
              // Not mutate's own onSuccess, which TanStack Query drops for an unmounted caller:
              // "Mina uppgifter" lists open tasks only, so the card goes once the list reloads.
              onDone={(note) =>
                complete.mutateAsync({ id: task.id, note }).then(
                  () => announce(t("tasks.doneAnnounced")),
                  () => undefined, // shown from complete.error
                )
              }
            />
          )}
        </Group>
      </Group>
      {task.doneAt && (
        <Text size="sm" mt="xs">
          {t("tasks.doneOn", { date: format.date(task.doneAt) })}
        </Text>
      )}
      {task.doneNote && <Text size="sm">{t("tasks.note", { note: task.doneNote })}</Text>}
      {complete.isError && <ProblemAlert error={complete.error} />}
    </Card>
  );
}
