import type { MeetingDetail } from "@kring/contracts";
import { Button, Group, Modal, Stack } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useRescheduleMeeting } from "../api/meeting-changes.api";
import { MeetingTimeFields } from "./MeetingTimeFields";
import { instantFrom, localParts } from "./meeting-time";
import { useMeetingsTexts } from "./meetings-texts";

/** A new time, place or video link; everyone invited gets an updated invitation. */
export function RescheduleDialog({
  meeting,
  onClose,
}: {
  meeting: MeetingDetail;
  onClose: () => void;
}) {
  useMeetingsTexts();
  const { t } = useTranslation(["meetings", "common"]);
  const announce = useAnnounce();
  const move = useRescheduleMeeting(meeting.caseId, meeting.id);
  const start = localParts(meeting.startsAt);
  const form = useFormValues({
    date: start.date,
    start: start.time,
    end: localParts(meeting.endsAt).time,
    place: meeting.place ?? "",
    videoLink: meeting.videoLink ?? "",
  });
  const { formRef, errorFor } = useFieldErrors(
    move.error,
    t("meetings:plan.hints", { returnObjects: true }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    move.mutate(
      {
        version: meeting.version,
        startsAt: instantFrom(v.date, v.start),
        endsAt: instantFrom(v.date, v.end),
        place: v.place.trim() || null,
        videoLink: v.videoLink.trim() || null,
      },
      {
        onSuccess: () => {
          announce(t("meetings:change.moved"));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings:change.moveTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <ProblemAlert error={move.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <MeetingTimeFields bind={form.bind} errorFor={errorFor} />
        </Stack>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" loading={move.isPending}>
            {t("meetings:change.moveSubmit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
