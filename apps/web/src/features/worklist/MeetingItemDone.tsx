import { Box, Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { DoneWithNote } from "../attendance/DoneWithNote";
import { useDecisionDone, useNoticeSeen } from "../cases/api/meeting-changes.api";
import type { WorklistItem } from "./worklist.api";

/** A meeting's decision is marked done, a moved or cancelled meeting's notice seen. */
export function MeetingItemDone({ item, title }: { item: WorklistItem; title: string }) {
  const { t } = useTranslation("worklist");
  const announce = useAnnounce();
  const done = useDecisionDone(item.caseId ?? "");
  const seen = useNoticeSeen();
  if (item.kind === "meeting_decision" && item.caseId && item.taskId) {
    const taskId = item.taskId;
    return (
      <Box mt="xs">
        <DoneWithNote
          label={t("markDone")}
          ariaLabel={t("markDoneFor", { title, name: item.childName })}
          pending={done.isPending}
          onDone={(note) =>
            done.mutateAsync({ taskId, note: note || null }).then(
              () => announce(t("doneAnnounced")),
              () => undefined,
            )
          }
        />
        {done.isError && <ProblemAlert error={done.error} />}
      </Box>
    );
  }
  if (item.kind === "meeting_notice" && item.taskId) {
    const noticeId = item.taskId;
    return (
      <Box mt="xs">
        <Button
          size="xs"
          variant="default"
          aria-label={t("seenFor", { title, name: item.childName })}
          loading={seen.isPending}
          onClick={() =>
            seen.mutateAsync(noticeId).then(
              () => announce(t("seenAnnounced")),
              () => undefined,
            )
          }
        >
          {t("seen")}
        </Button>
        {seen.isError && <ProblemAlert error={seen.error} />}
      </Box>
    );
  }
  return null;
}
