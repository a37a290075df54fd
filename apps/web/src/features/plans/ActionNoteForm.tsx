import type { PlanContentBody } from "@kring/contracts";
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from "@kring/domain/plans";
import { Button, Card, NativeSelect, SimpleGrid, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useAnnounce } from "../../platform/ui/announcer";
import { useActionNote } from "./plans.api";
import { usePlansTexts } from "./plans-texts";

const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/** A dated status note on one action between follow-ups, e.g. by the person responsible. */
export function ActionNoteForm({ caseId, content }: { caseId: string; content: PlanContentBody }) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const language = useLanguage();
  const announce = useAnnounce();
  const note = useActionNote(caseId);
  const actions = content.goals.flatMap((g) => g.actions);
  const [actionId, setActionId] = useState(actions[0]?.id ?? "");
  const [status, setStatus] = useState<ActionStatus>("in_progress");
  const [text, setText] = useState("");
  const [notedOn, setNotedOn] = useState(today());
  return (
    <Card withBorder component="section" aria-labelledby="action-note">
      <Title order={2} size="h3" id="action-note">
        {t("note.title")}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          note.mutate(
            { actionId, status, note: text, notedOn },
            {
              onSuccess: () => {
                setText("");
                announce(t("note.saved"));
              },
            },
          );
        }}
      >
        <ProblemAlert error={note.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t("note.action")}
            data={actions.map((a) => ({ value: a.id, label: a.description }))}
            value={actionId}
            onChange={(e) => setActionId(e.currentTarget.value)}
          />
          <NativeSelect
            label={t("followUp.status")}
            data={ACTION_STATUSES.map((s) => ({
              value: s,
              label: ACTION_STATUS_LABELS[s][language],
            }))}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}
          />
          <TextInput
            type="date"
            label={t("note.date")}
            value={notedOn}
            onChange={(e) => setNotedOn(e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          mt="xs"
          label={t("followUp.note")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button type="submit" mt="sm" loading={note.isPending} disabled={!actionId}>
          {t("note.save")}
        </Button>
      </form>
    </Card>
  );
}
