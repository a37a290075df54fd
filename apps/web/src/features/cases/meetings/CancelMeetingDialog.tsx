import type { MeetingDetail } from "@kring/contracts";
import { Button, Group, Modal, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useCancelMeeting } from "../api/meeting-changes.api";
import { useMeetingsTexts } from "./meetings-texts";

/** Cancel with a reason: everyone invited, the family too, sees it and why. */
export function CancelMeetingDialog({
  meeting,
  onClose,
}: {
  meeting: MeetingDetail;
  onClose: () => void;
}) {
  useMeetingsTexts();
  const { t } = useTranslation(["meetings", "common"]);
  const announce = useAnnounce();
  const cancel = useCancelMeeting(meeting.caseId, meeting.id);
  const [reason, setReason] = useState("");
  const { formRef, errorFor } = useFieldErrors(cancel.error, {
    reason: t("meetings:change.reasonHint"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Not mutate's own onSuccess: the cancelled meeting swaps these buttons for a notice, and
    // TanStack Query drops the callbacks of an unmounted caller (the announcement would be lost).
    cancel.mutateAsync({ version: meeting.version, reason }).then(
      () => {
        announce(t("meetings:change.cancelled"));
        onClose();
      },
      () => undefined,
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings:change.cancelTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <ProblemAlert error={cancel.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Textarea
          label={t("meetings:change.reason")}
          description={t("meetings:change.reasonDescription")}
          required
          autosize
          minRows={2}
          value={reason}
          error={errorFor("reason")}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("meetings:change.keep")}
          </Button>
          <Button type="submit" color="red.8" loading={cancel.isPending}>
            {t("meetings:change.cancelSubmit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
