import { Box } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useCompleteTask, useMarkNotified } from "../attendance/attendance.api";
import { DoneWithNote } from "../attendance/DoneWithNote";
import type { WorklistItem } from "./worklist.api";

/** An attendance duty is marked done from the worklist too, with a note if wanted. */
export function AttendanceDone({ item, title }: { item: WorklistItem; title: string }) {
  const { t } = useTranslation("worklist");
  const complete = useCompleteTask();
  const notify = useMarkNotified();
  const announce = useAnnounce();
  const { kind, taskId, childId, dueDate } = item;
  // Not mutate's own onSuccess, which TanStack Query drops for an unmounted caller: the worklist
  // reloads without the duty done, and this item goes. A failure shows from the mutation's error.
  const announced = () => announce(t("doneAnnounced"));
  if (kind === "attendance_task" && taskId) {
    return (
      <Box mt="xs">
        <DoneWithNote
          label={t("markDone")}
          ariaLabel={t("markDoneFor", { title, name: item.childName })}
          pending={complete.isPending}
          onDone={(note) =>
            complete.mutateAsync({ id: taskId, note }).then(announced, () => undefined)
          }
        />
        {complete.isError && <ProblemAlert error={complete.error} />}
      </Box>
    );
  }
  if (kind === "attendance_notice" && childId && dueDate) {
    return (
      <Box mt="xs">
        <DoneWithNote
          label={t("markNotified")}
          ariaLabel={t("markNotifiedFor", { name: item.childName, date: dueDate })}
          pending={notify.isPending}
          onDone={(note) =>
            notify.mutateAsync({ childId, date: dueDate, note }).then(announced, () => undefined)
          }
        />
        {notify.isError && <ProblemAlert error={notify.error} />}
      </Box>
    );
  }
  return null;
}
