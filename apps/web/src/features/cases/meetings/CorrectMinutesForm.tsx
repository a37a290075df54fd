import type { MeetingDetail } from "@kring/contracts";
import { Button, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useCorrectMinutes } from "../api/meetings.api";
import { DecisionsEditor, draftOf } from "./DecisionsEditor";
import { useMeetingsTexts } from "./meetings-texts";

interface CorrectMinutesFormProps {
  meeting: MeetingDetail;
  onDone: () => void;
}

/** The latest text to correct, with why: saved as a new version beside the record as held. */
export function CorrectMinutesForm({ meeting, onDone }: CorrectMinutesFormProps) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const announce = useAnnounce();
  const correct = useCorrectMinutes(meeting.caseId, meeting.id);
  const latest = meeting.corrections.at(-1) ?? meeting;
  const [minutes, setMinutes] = useState(latest.minutes ?? "");
  const [decisions, setDecisions] = useState(() => latest.decisions.map(draftOf));
  const [childVoice, setChildVoice] = useState(latest.childVoice ?? "");
  const [reason, setReason] = useState("");
  const { formRef, errorFor } = useFieldErrors(correct.error, { reason: t("held.reasonHint") });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    correct.mutate(
      {
        minutes: minutes || null,
        decisions: decisions.map((d) => d.text.trim()).filter(Boolean),
        childVoice: childVoice || null,
        reason,
      },
      {
        onSuccess: () => {
          announce(t("held.saved"));
          onDone();
        },
      },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="correct-minutes-title">
      <Title order={2} size="h4" id="correct-minutes-title" mb="xs">
        {t("held.formTitle")}
      </Title>
      <Text size="sm" mb="md">
        {t("held.formIntro")}
      </Text>
      <ProblemAlert error={correct.error} />
      <Stack gap="md">
        <Textarea
          label={t("notes.minutes")}
          autosize
          minRows={4}
          value={minutes}
          error={errorFor("minutes")}
          onChange={(event) => setMinutes(event.currentTarget.value)}
        />
        <DecisionsEditor value={decisions} onChange={setDecisions} errorFor={errorFor} />
        <Textarea
          label={t("notes.childVoice")}
          description={t("notes.childVoiceHint")}
          autosize
          minRows={2}
          value={childVoice}
          error={errorFor("childVoice")}
          onChange={(event) => setChildVoice(event.currentTarget.value)}
        />
        <Textarea
          label={t("held.reason")}
          required
          autosize
          minRows={2}
          value={reason}
          error={errorFor("reason")}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </Stack>
      <Group mt="lg" gap="xs">
        <Button type="submit" loading={correct.isPending}>
          {t("held.save")}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t("held.cancel")}
        </Button>
      </Group>
    </form>
  );
}
