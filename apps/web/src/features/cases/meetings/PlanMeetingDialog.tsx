import type { CaseDetail } from "@kring/contracts";
import { MEETING_KINDS } from "@kring/domain/cases";
import { Button, Checkbox, Group, Modal, NativeSelect, Stack } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { usePlanMeeting } from "../api/meetings.api";
import { useCaseLabels } from "../shared/case-labels";
import { dateInSweden, todayInSweden } from "../shared/format";
import { InviteeChoice, inviteeOptions } from "./InviteeChoice";
import { MeetingTimeFields } from "./MeetingTimeFields";
import { instantFrom } from "./meeting-time";
import { useMeetingsTexts } from "./meetings-texts";

interface PlanMeetingDialogProps {
  detail: CaseDetail;
  kind: string;
  onClose: () => void;
}

/** Plan a meeting: kind, time, place or video link, and whom of the network to invite. */
export function PlanMeetingDialog({ detail, kind, onClose }: PlanMeetingDialogProps) {
  useMeetingsTexts();
  const { t } = useTranslation(["meetings", "common"]);
  const labels = useCaseLabels();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const plan = usePlanMeeting(detail.id);
  const form = useFormValues({
    kind,
    date: todayInSweden(),
    start: "09:00",
    end: "10:00",
    place: "",
    videoLink: "",
  });
  const [inviteFamily, setInviteFamily] = useState(false);
  const [invitees, setInvitees] = useState(() =>
    inviteeOptions(detail.members, String).map((o) => o.value),
  );
  const { formRef, errorFor } = useFieldErrors(
    plan.error,
    t("meetings:plan.hints", { returnObjects: true }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = form.values;
    plan.mutate(
      {
        kind: v.kind as (typeof MEETING_KINDS)[number],
        startsAt: instantFrom(v.date, v.start),
        endsAt: instantFrom(v.date, v.end),
        place: v.place.trim() || null,
        videoLink: v.videoLink.trim() || null,
        inviteeMemberIds: invitees,
        inviteFamily,
      },
      {
        onSuccess: ({ id }) => {
          announce(t("meetings:plan.done", { meeting: labels.meetingKind(v.kind) }));
          onClose();
          void navigate({
            to: "/cases/$caseId/meetings/$meetingId",
            params: { caseId: detail.id, meetingId: id },
          });
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t("meetings:plan.title")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <ProblemAlert error={plan.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t("meetings:plan.kind")}
            data={MEETING_KINDS.map((k) => ({ value: k, label: labels.meetingKind(k) }))}
            error={errorFor("kind")}
            {...form.bind("kind")}
          />
          <MeetingTimeFields
            bind={form.bind}
            errorFor={errorFor}
            minDate={dateInSweden(detail.requestedAt)}
            hints
          />
          <InviteeChoice members={detail.members} value={invitees} onChange={setInvitees} />
          <Checkbox
            label={t("meetings:plan.inviteFamily")}
            description={t("meetings:plan.inviteFamilyHint")}
            checked={inviteFamily}
            onChange={(event) => setInviteFamily(event.currentTarget.checked)}
          />
        </Stack>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" loading={plan.isPending}>
            {t("meetings:plan.submit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
