import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useFormat } from "../cases/shared/format";
import { useMark } from "./log-review.api";

type Mark = { comment: string; markedBy: string; markedAt: string } | null;

/** Marks an entry (or the finding starting at it) as reviewed, with a comment. */
export function MarkControl({ seq, mark, label }: { seq: number; mark: Mark; label: string }) {
  const { t } = useTranslation("logReview");
  const format = useFormat();
  const announce = useAnnounce();
  const save = useMark();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState(mark?.comment ?? "");
  const [missing, setMissing] = useState(false);
  if (!open)
    return (
      <Stack gap={4}>
        {mark && (
          <Text size="sm">
            {t("mark.marked", {
              name: mark.markedBy,
              date: format.dateTime(mark.markedAt),
              comment: mark.comment,
            })}
          </Text>
        )}
        <Button
          size="xs"
          variant="default"
          w="fit-content"
          aria-label={t(mark ? "mark.changeLabel" : "mark.buttonLabel", { who: label })}
          onClick={() => setOpen(true)}
        >
          {mark ? t("mark.change") : t("mark.button")}
        </Button>
      </Stack>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!comment.trim()) return setMissing(true);
        save.mutate(
          { seq, comment: comment.trim() },
          {
            onSuccess: () => {
              setOpen(false);
              announce(t("mark.done"));
            },
          },
        );
      }}
    >
      <Stack gap={4}>
        <ProblemAlert error={save.error} />
        <Textarea
          label={t("mark.comment")}
          description={t("mark.commentHint")}
          error={missing ? t("mark.required") : undefined}
          value={comment}
          autosize
          minRows={2}
          maxLength={2000}
          data-autofocus
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setMissing(false);
          }}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={save.isPending}>
            {t("mark.save")}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t("mark.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
