import { Button, Checkbox, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useOffer } from "../offer/offer.api";
import { PupilSuggestions } from "../offer/PupilSuggestions";
import { useSuggestActivity } from "./attendance.api";
import { useAttendanceTexts } from "./attendance-texts";

/**
 * From the pupil's staircase page: suggest a leisure or group activity of the joint offer, once
 * the guardian agreed to be contacted (ADR 0042). The activity's staff see it on its page.
 */
export function SuggestActivity({ childId }: { childId: string }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const announce = useAnnounce();
  const offer = useOffer();
  const suggest = useSuggestActivity(childId);
  const [entryId, setEntryId] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [agreed, setAgreed] = useState(false);
  const activities = (offer.data?.entries ?? []).filter(
    (e) => e.active && (e.leisure || e.kind === "group"),
  );
  return (
    <section aria-labelledby="suggest-heading">
      <Title order={2} size="h3" id="suggest-heading" mb="xs">
        {t("suggest.heading")}
      </Title>
      <PupilSuggestions childId={childId} />
      <Stack
        component="form"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault();
          if (!entryId || !agreed) return;
          suggest.mutate(
            { entryId, note, guardianAgreed: true },
            {
              onSuccess: () => {
                setNote("");
                setAgreed(false);
                announce(t("suggest.announced"));
              },
            },
          );
        }}
      >
        <Text size="sm">{t("suggest.intro")}</Text>
        <Select
          label={t("suggest.activity")}
          required
          searchable
          data={activities.map((e) => ({ value: e.id, label: `${e.name} (${e.unitName})` }))}
          value={entryId}
          onChange={setEntryId}
        />
        <Textarea
          label={t("suggest.note")}
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Checkbox
          label={t("suggest.agreed")}
          required
          checked={agreed}
          onChange={(e) => setAgreed(e.currentTarget.checked)}
        />
        {suggest.isError && <ProblemAlert error={suggest.error} />}
        <Button type="submit" loading={suggest.isPending} w="fit-content">
          {t("suggest.submit")}
        </Button>
      </Stack>
    </section>
  );
}
