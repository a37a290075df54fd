import { Button, Group, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { todayInSweden, useFormat } from "../cases/shared/format";
import { DeclineSuggestion } from "./DeclineSuggestion";
import { EnrolForm } from "./EnrolForm";
import { type EntryView, useEndParticipation } from "./offer.api";

type Participant = EntryView["participants"][number];
type Suggestion = EntryView["suggestions"][number];

/** The children taking part; those who run the activity can end a child's participation. */
export function Participants({ e }: { e: EntryView }) {
  const { t } = useTranslation("offer");
  const format = useFormat();
  return (
    <section aria-labelledby="participants-title">
      <Title order={2} size="h3" id="participants-title" mb="xs">
        {t("entry.participantsTitle")}
      </Title>
      {e.participants.length === 0 && e.hiddenParticipants === 0 && (
        <Text>{t("entry.noParticipants")}</Text>
      )}
      {e.participants.length > 0 && (
        <ul>
          {e.participants.map((p) => (
            <li key={p.id}>
              {p.name} ({p.birthYear}).{" "}
              {t("entry.consent", {
                by: p.consentGivenBy,
                method: t(`entry.methods.${p.consentMethod}`),
                on: format.date(p.consentOn),
              })}
              {e.mayRun && <EndParticipation entryId={e.id} p={p} />}
            </li>
          ))}
        </ul>
      )}
      {e.hiddenParticipants > 0 && (
        <Text>{t("entry.hidden", { count: e.hiddenParticipants })}</Text>
      )}
      {e.suggestions.length > 0 && (
        <>
          <Title order={3} size="h4" mt="md" mb="xs">
            {t("entry.suggestionsTitle")}
          </Title>
          <ul>
            {e.suggestions.map((s) => (
              <SuggestionItem key={s.id} e={e} s={s} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The last day the child took part (today unless told otherwise); the history stays. */
function EndParticipation({ entryId, p }: { entryId: string; p: Participant }) {
  const { t } = useTranslation("offer");
  const announce = useAnnounce();
  const end = useEndParticipation(entryId);
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(todayInSweden());
  if (!open)
    return (
      <Group mt={4} mb="xs">
        <Button size="xs" variant="default" onClick={() => setOpen(true)}>
          {t("participation.end", { name: p.name })}
        </Button>
      </Group>
    );
  return (
    <form
      onSubmit={(ev) => {
        ev.preventDefault();
        // The row leaves the list once ended; the promise still confirms (see EnrolForm).
        end
          .mutateAsync({ participantId: p.id, endedOn: on })
          .then(() => announce(t("participation.ended", { name: p.name })))
          .catch(() => undefined);
      }}
    >
      <Group align="end" mt={4} mb="xs">
        <TextInput
          label={t("participation.lastDay", { name: p.name })}
          type="date"
          required
          max={todayInSweden()}
          value={on}
          onChange={(ev) => setOn(ev.currentTarget.value)}
        />
        <Button type="submit" loading={end.isPending}>
          {t("participation.confirm")}
        </Button>
        <Button variant="subtle" onClick={() => setOpen(false)}>
          {t("participation.cancel")}
        </Button>
      </Group>
      {end.isError && <ProblemAlert error={end.error} />}
    </form>
  );
}

/** A suggestion from the attendance team: enrol the child from it, or decline it with a reason. */
function SuggestionItem({ e, s }: { e: EntryView; s: Suggestion }) {
  const { t } = useTranslation("offer");
  const [answer, setAnswer] = useState<"enrol" | "decline" | null>(null);
  return (
    <li>
      {s.name} ({s.birthYear}){s.note ? `: ${s.note}` : ""}
      {e.mayRun && e.active && answer === null && (
        <Group mt={4} mb="xs">
          <Button size="xs" onClick={() => setAnswer("enrol")}>
            {t("suggestion.enrol", { name: s.name })}
          </Button>
          <Button size="xs" variant="default" onClick={() => setAnswer("decline")}>
            {t("suggestion.decline", { name: s.name })}
          </Button>
        </Group>
      )}
      {answer === "decline" && (
        <DeclineSuggestion entryId={e.id} s={s} onCancel={() => setAnswer(null)} />
      )}
      {answer === "enrol" && (
        <EnrolForm entryId={e.id} suggestion={s} onDone={() => setAnswer(null)} />
      )}
    </li>
  );
}
