import { Button, Group, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAttendanceTexts } from "./attendance-texts";

/**
 * Marking a duty done, with a note if the person wants one (what was done, what the guardians
 * said). The button opens a short form so that a note is never in the way of a quick "done".
 */
export function DoneWithNote({
  label,
  ariaLabel,
  pending,
  onDone,
}: {
  label: string;
  /** The button's name when its text alone does not say which duty it is. */
  ariaLabel?: string;
  pending: boolean;
  onDone: (note: string) => void;
}) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  if (!open)
    return (
      <Button size="xs" aria-label={ariaLabel} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  return (
    <form
      aria-label={ariaLabel ?? label}
      onSubmit={(e) => {
        e.preventDefault();
        onDone(note.trim());
      }}
    >
      <Textarea
        label={t("doneNote.label")}
        description={t("doneNote.hint")}
        maxLength={1000}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        data-autofocus
        autoFocus
      />
      <Group gap="xs" mt="xs">
        <Button type="submit" size="xs" loading={pending}>
          {t("doneNote.save")}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t("doneNote.cancel")}
        </Button>
      </Group>
    </form>
  );
}
