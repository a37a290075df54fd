import { Button, Group, Radio, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import {
  DECLINE_REASONS,
  type DeclineReason,
  type EntryView,
  useDeclineSuggestion,
} from "./offer.api";

type Suggestion = EntryView["suggestions"][number];

/**
 * Declining a suggestion says why, from a short list and in a few words if wanted: the
 * attendance team that suggested it reads the answer on the pupil's staircase page.
 */
export function DeclineSuggestion({
  entryId,
  s,
  onCancel,
}: {
  entryId: string;
  s: Suggestion;
  onCancel: () => void;
}) {
  const { t } = useTranslation("offer");
  const announce = useAnnounce();
  const decline = useDeclineSuggestion(entryId);
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [note, setNote] = useState("");
  return (
    <Stack
      component="form"
      gap="sm"
      mt={4}
      mb="xs"
      aria-label={t("suggestion.declineTitle", { name: s.name })}
      onSubmit={(ev) => {
        ev.preventDefault();
        if (!reason) return;
        // The row leaves the list once declined; the promise still confirms (see EnrolForm).
        decline
          .mutateAsync({ suggestionId: s.id, reason, note })
          .then(() => announce(t("suggestion.declined", { name: s.name })))
          .catch(() => undefined);
      }}
    >
      <Radio.Group label={t("suggestion.reason")} required value={reason} onChange={setReason}>
        <Stack gap={6} mt={4}>
          {DECLINE_REASONS.map((r) => (
            <Radio key={r} value={r} label={t(`declineReason.${r}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t("suggestion.note")}
        maxLength={500}
        autosize
        minRows={2}
        value={note}
        onChange={(ev) => setNote(ev.currentTarget.value)}
      />
      {decline.isError && <ProblemAlert error={decline.error} />}
      <Group>
        <Button type="submit" loading={decline.isPending} disabled={!reason}>
          {t("suggestion.confirm")}
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          {t("suggestion.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}
