import type { MeetingDetail } from "@kring/contracts";
import { Button, Group, Stack, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useAnnounce } from "../../../platform/ui/announcer";
import { useUpdateMeeting } from "../api/meetings.api";
import { useCaseLabels } from "../shared/case-labels";
import { StepProblem } from "../shared/StepProblem";
import { type DecisionDraft, DecisionsEditor } from "./DecisionsEditor";
import { useMeetingsTexts } from "./meetings-texts";

interface MeetingNotesFormProps {
  meeting: MeetingDetail;
  /** Who may own a decision: the network's people (member id and name). */
  owners: { value: string; label: string }[];
  onReload: () => void;
  reloading: boolean;
}

/**
 * The agenda with notes, minutes, decisions and the child's own words, saved with the version
 * last loaded or saved; marking the meeting held moves the case on.
 */
export function MeetingNotesForm({ meeting, owners, onReload, reloading }: MeetingNotesFormProps) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const labels = useCaseLabels();
  const announce = useAnnounce();
  const update = useUpdateMeeting(meeting.caseId, meeting.id);
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [minutes, setMinutes] = useState(meeting.minutes ?? "");
  const [decisions, setDecisions] = useState<DecisionDraft[]>(() =>
    meeting.decisionItems.map((d) => ({
      text: d.text,
      ownerMemberId: d.ownerMemberId,
      dueDate: d.dueDate,
    })),
  );
  const [childVoice, setChildVoice] = useState(meeting.childVoice ?? "");
  const [holding, setHolding] = useState(false);
  const { formRef, errorFor } = useFieldErrors(update.error);
  const save = (held: boolean) => {
    setHolding(held);
    // Not mutate's own onSuccess: marking the meeting held swaps this form for the record as
    // held, and TanStack Query drops the callbacks of an unmounted caller, so the announcement
    // would be lost. The promise settles either way; a failure is shown from update.error.
    update
      .mutateAsync({
        version: meeting.version,
        agenda,
        minutes: minutes || null,
        decisions: decisions
          .map((d) => ({ ...d, text: d.text.trim() }))
          .filter((d) => d.text)
          .map((d) => (d.ownerMemberId || d.dueDate ? d : d.text)),
        childVoice: childVoice || null,
        ...(held ? { status: "held" as const } : {}),
      })
      .then(
        () => announce(t(held ? "notes.held" : "notes.saved")),
        () => undefined,
      );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(false);
  };
  const note = (key: string, notes: string) =>
    setAgenda((items) => items.map((i) => (i.key === key ? { ...i, notes } : i)));
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <StepProblem
        error={update.error}
        subject="meeting"
        onReload={onReload}
        reloading={reloading}
      />
      <Stack gap="md">
        <Title order={2} size="h4">
          {t("notes.agenda")}
        </Title>
        {agenda.map((item) => (
          <Textarea
            key={item.key}
            label={labels.agendaItem(meeting.kind, item.key, item.title)}
            autosize
            minRows={2}
            value={item.notes}
            onChange={(event) => note(item.key, event.currentTarget.value)}
          />
        ))}
        <Textarea
          label={t("notes.minutes")}
          autosize
          minRows={4}
          value={minutes}
          error={errorFor("minutes")}
          onChange={(event) => setMinutes(event.currentTarget.value)}
        />
        <DecisionsEditor
          value={decisions}
          onChange={setDecisions}
          errorFor={errorFor}
          owners={owners}
        />
        <Textarea
          label={t("notes.childVoice")}
          description={t("notes.childVoiceHint")}
          autosize
          minRows={2}
          value={childVoice}
          error={errorFor("childVoice")}
          onChange={(event) => setChildVoice(event.currentTarget.value)}
        />
      </Stack>
      <Group mt="lg" gap="xs">
        <Button
          type="submit"
          variant={meeting.status === "planned" ? "default" : "filled"}
          loading={update.isPending && !holding}
        >
          {t("notes.save")}
        </Button>
        {meeting.status === "planned" && (
          <Button onClick={() => save(true)} loading={update.isPending && holding}>
            {t("notes.saveAndHold")}
          </Button>
        )}
      </Group>
    </form>
  );
}
