import type { MeetingDetail } from "@kring/contracts";
import { Alert, Button, Group } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../shared/format";
import { CancelMeetingDialog } from "./CancelMeetingDialog";
import { RescheduleDialog } from "./RescheduleDialog";
import { useMeetingsTexts } from "./meetings-texts";

/** Move or cancel a planned meeting; a cancelled one says when and why. */
export function MeetingChanges({ meeting }: { meeting: MeetingDetail }) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const format = useFormat();
  const [open, setOpen] = useState<"move" | "cancel" | null>(null);
  if (meeting.status === "cancelled")
    return (
      <Alert color="red" title={t("change.isCancelled")}>
        {meeting.cancelledAt &&
          t("change.cancelledOn", { date: format.dateTime(meeting.cancelledAt) })}{" "}
        {meeting.cancelReason && t("change.why", { reason: meeting.cancelReason })}
      </Alert>
    );
  if (meeting.status !== "planned" || !meeting.mayChange) return null;
  return (
    <>
      <Group gap="xs">
        <Button variant="default" onClick={() => setOpen("move")}>
          {t("change.move")}
        </Button>
        <Button variant="default" onClick={() => setOpen("cancel")}>
          {t("change.cancel")}
        </Button>
      </Group>
      {open === "move" && <RescheduleDialog meeting={meeting} onClose={() => setOpen(null)} />}
      {open === "cancel" && <CancelMeetingDialog meeting={meeting} onClose={() => setOpen(null)} />}
    </>
  );
}
