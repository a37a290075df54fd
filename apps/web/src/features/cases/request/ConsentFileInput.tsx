import { Button, Group, Text } from "@mantine/core";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ATTACHMENT_TYPES, isAttachmentType, MAX_ATTACHMENT_BYTES } from "../api/attachments";
import { useRequestTexts } from "./request-texts";

interface ConsentFileInputProps {
  file: File | null;
  onChange: (file: File | null) => void;
  /** The form's own objection, e.g. written consent without the file. */
  error?: string | undefined;
}

/**
 * The scanned, signed consent form. Checked here before anything is sent, because the file is
 * uploaded after the request exists: a wrong file must not leave a request without its consent.
 */
export function ConsentFileInput({ file, onChange, error: missing }: ConsentFileInputProps) {
  useRequestTexts();
  const { t } = useTranslation("request");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [wrongFile, setError] = useState<string | null>(null);
  const error = wrongFile ?? (file ? undefined : missing);
  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    const problem = !isAttachmentType(chosen.type)
      ? t("consent.fileType")
      : chosen.size > MAX_ATTACHMENT_BYTES
        ? t("consent.fileSize")
        : null;
    setError(problem);
    onChange(problem ? null : chosen);
  };
  return (
    <div>
      <Text component="label" htmlFor={id} size="sm" fw={500} display="block">
        {t("consent.file")}
      </Text>
      <Text size="sm" c="dimmed" id={`${id}-hint`} mb={4}>
        {t("consent.fileHint")}
      </Text>
      <input
        ref={input}
        id={id}
        type="file"
        accept={ATTACHMENT_TYPES.join(",")}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => choose(event.currentTarget.files?.[0])}
      />
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" id={`${id}-error`} mt={4}>
          {error}
        </Text>
      )}
      {file && (
        <Group gap="xs" mt={4}>
          <Text size="sm">{t("consent.fileChosen", { name: file.name })}</Text>
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => {
              onChange(null);
              if (input.current) input.current.value = "";
            }}
          >
            {t("consent.fileRemove")}
          </Button>
        </Group>
      )}
    </div>
  );
}
