import { Box } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { DoneWithNote } from "../attendance/DoneWithNote";
import type { WorklistItem } from "../worklist/worklist.api";
import { useConclusionFollowedUp } from "./experience-log.api";

/** The owner of a steering-group decision marks it followed up from "Mina uppgifter". */
export function ConclusionItemDone({ item, title }: { item: WorklistItem; title: string }) {
  const { t } = useTranslation("worklist");
  const announce = useAnnounce();
  const followed = useConclusionFollowedUp();
  if (item.kind !== "steering_conclusion" || !item.taskId) return null;
  const id = item.taskId;
  return (
    <Box mt="xs">
      <DoneWithNote
        label={t("markFollowedUp")}
        ariaLabel={t("markFollowedUpFor", { title })}
        pending={followed.isPending}
        onDone={(note) =>
          followed.mutateAsync({ id, note: note || null }).then(
            () => announce(t("doneAnnounced")),
            () => undefined,
          )
        }
      />
      {followed.isError && <ProblemAlert error={followed.error} />}
    </Box>
  );
}
