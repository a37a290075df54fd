import { Alert, Button, Card, List, Text, Title } from "@mantine/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../platform/api/api-error";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useLoadWording } from "./instruments-admin.api";
import { type FileProblem, fileProblems, jsonSyntaxPlace } from "./wording-errors";

/** Choose a wording file and load it; a refused file lists each problem where it sits. */
export function WordingUpload() {
  const { t } = useTranslation("admin");
  const announce = useAnnounce();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const load = useLoadWording();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FileProblem[]>([]);

  // After a refusal, take the user to the list of what to fix (or to the field when no file).
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    load.reset();
    if (!file) {
      setFileError(t("wording.upload.chooseFirst"));
      input.current?.focus();
      return;
    }
    const text = await file.text();
    let content: unknown;
    try {
      content = JSON.parse(text);
    } catch (error) {
      const place = jsonSyntaxPlace(text, error);
      const reason = error instanceof Error ? error.message : "";
      setProblems([
        {
          place: t("wording.path.file"),
          problem: t("wording.upload.notJson", { reason }),
          line: place?.line ?? null,
        },
      ]);
      return;
    }
    load.mutate(content, {
      onSuccess: (loaded) => {
        announce(
          t("wording.upload.done", {
            instrument: t(`wording.instrument.${loaded.instrument as "sdq"}`),
            language: t(`wording.upload.languageIn.${loaded.language as "sv"}`),
            count: loaded.forms.length,
          }),
        );
        setFile(null);
        if (input.current) input.current.value = "";
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fieldErrors.length > 0)
          setProblems(fileProblems(t, text, error.fieldErrors));
      },
    });
  };

  const refused = load.error instanceof ApiError && load.error.fieldErrors.length > 0;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h3" id={`${id}-title`} mb="xs">
        {t("wording.upload.title")}
      </Title>
      <Text mb="md">{t("wording.upload.text")}</Text>
      {!refused && <ProblemAlert error={load.error} />}
      {problems.length > 0 && (
        <Alert
          ref={summary}
          tabIndex={-1}
          color="red"
          variant="light"
          role="alert"
          title={t("wording.upload.refused")}
          mb="md"
        >
          <List>
            {problems.map((p, i) => (
              <List.Item key={i}>
                {p.place}
                {p.line !== null && ` (${t("wording.upload.line", { line: p.line })})`}: {p.problem}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Text component="label" htmlFor={id} size="sm" fw={500} display="block">
          {t("wording.upload.file")}
        </Text>
        <Text size="sm" c="dimmed" id={`${id}-hint`} mb={4}>
          {t("wording.upload.fileHint")}
        </Text>
        <input
          ref={input}
          id={id}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ""}`}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setFileError(null);
          }}
        />
        {fileError && (
          <Text size="sm" c="var(--mantine-color-error)" id={`${id}-error`} mt={4}>
            {fileError}
          </Text>
        )}
        <div>
          <Button type="submit" mt="md" loading={load.isPending}>
            {t("wording.upload.submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
