import type { EarlySupportDetail } from "@kring/contracts";
import { Button, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useFormat } from "../cases/shared/format";
import { useAddEarlySupportNote } from "./early-support.api";

/** Short dated notes; the team adds to an open contact. */
export function EarlySupportNotes({ contact }: { contact: EarlySupportDetail }) {
  const { t } = useTranslation("earlySupport");
  const format = useFormat();
  const announce = useAnnounce();
  const add = useAddEarlySupportNote(contact.id);
  const [body, setBody] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(body, {
      onSuccess: () => {
        setBody("");
        announce(t("noteAdded"));
      },
    });
  };
  return (
    <section aria-labelledby="es-notes-title">
      <Title order={2} size="h4" id="es-notes-title" mb="xs">
        {t("notes")}
      </Title>
      {contact.notes.length === 0 ? (
        <Text>{t("noNotes")}</Text>
      ) : (
        <Stack component="ul" gap={6} p={0} style={{ listStyle: "none" }}>
          {contact.notes.map((n) => (
            <li key={n.id}>
              <Text size="sm" fw={700}>
                {format.date(n.on)} · {n.recordedByName}
              </Text>
              <Text style={{ whiteSpace: "pre-wrap" }}>{n.body}</Text>
            </li>
          ))}
        </Stack>
      )}
      {contact.mayWrite && contact.status === "open" && (
        <form onSubmit={submit}>
          <Stack gap="xs" mt="sm">
            <ProblemAlert error={add.error} />
            <Textarea
              label={t("noteBody")}
              autosize
              minRows={2}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
            <div>
              <Button type="submit" variant="default" loading={add.isPending}>
                {t("addNote")}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </section>
  );
}
