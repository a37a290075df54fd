import { Alert, Button, List, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../platform/api/api-error";
import { useFormat } from "../../cases/shared/format";
import type { Settings } from "./instruments-admin.api";
import { changedSettings } from "./settings-values";
import { useSettingLabels } from "./setting-labels";

interface ConflictProps {
  error: unknown;
  /** The settings the form started from. */
  base: Settings;
  onReload: () => void;
}

/** A refused save (409): who saved in between, what they changed, and a way to their values. */
export function SettingsConflict({ error, base, onReload }: ConflictProps) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const labels = useSettingLabels();
  const notice = useRef<HTMLDivElement>(null);
  // The notice sits above the form while the save button is below it: bring the user to it.
  useEffect(() => {
    if (isConflict(error)) notice.current?.focus();
  }, [error]);
  if (!isConflict(error)) return null;
  const d = error.details as {
    savedBy?: string | null;
    savedAt?: string | null;
    current: Settings;
  };
  const changes = changedSettings(base, { ...base, ...d.current });
  return (
    <Alert
      ref={notice}
      tabIndex={-1}
      color="red"
      variant="light"
      role="alert"
      title={t("schedule.conflict.title")}
      mb="md"
    >
      <Text size="sm">
        {t("schedule.conflict.by", {
          name: d.savedBy ?? "?",
          date: d.savedAt ? format.dateTime(d.savedAt) : "",
        })}
      </Text>
      {changes.length === 0 ? (
        <Text size="sm">{t("schedule.conflict.none")}</Text>
      ) : (
        <List size="sm" mt="xs">
          {changes.map((c) => (
            <List.Item key={c.key}>
              {labels.label(c.key)}: {labels.value(c.key, c.value)}
            </List.Item>
          ))}
        </List>
      )}
      <Button mt="sm" variant="default" onClick={onReload} aria-describedby="conflict-reload-hint">
        {t("schedule.conflict.reload")}
      </Button>
      <Text size="sm" mt={4} id="conflict-reload-hint">
        {t("schedule.conflict.reloadHint")}
      </Text>
    </Alert>
  );
}

export const isConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 409 && "current" in error.details;
