import { Button, Stack, Text } from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useFormat } from "../../cases/shared/format";
import { ErrorSummary } from "./ErrorSummary";
import { type Settings, useSaveInstrumentSettings } from "./instruments-admin.api";
import { fieldId, ScheduleFields, ThresholdFields } from "./SettingFields";
import { isConflict, SettingsConflict } from "./SettingsConflict";
import { useSettingLabels } from "./setting-labels";
import { checkValues, type NumberField, type SettingsValues, valuesOf } from "./settings-values";

interface SettingsFormProps {
  settings: Settings;
  onReload: () => void;
}

/** The tenant's schedule and cut-offs, checked as the server checks them before sending. */
export function SettingsForm({ settings, onReload }: SettingsFormProps) {
  const { t } = useTranslation("admin");
  const announce = useAnnounce();
  const format = useFormat();
  const labels = useSettingLabels();
  const save = useSaveInstrumentSettings();
  const summary = useRef<HTMLDivElement>(null);
  // The version this form started from, held even when the query refetches in the background,
  // so a save over someone else's is refused (409) rather than silently undoing theirs.
  const [base, setBase] = useState(settings);
  const [values, setValues] = useState(() => valuesOf(settings));
  // Errors show after the first save attempt, then follow the input as it is corrected.
  const [attempts, setAttempts] = useState(0);
  const set = <K extends keyof SettingsValues>(key: K, value: SettingsValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const checked = checkValues(values, base.updatedAt);
  const invalid: NumberField[] = attempts > 0 ? checked.invalid : [];
  const errorFor = (field: NumberField) =>
    invalid.includes(field) ? t(`schedule.hints.${field}`) : undefined;

  useEffect(() => {
    if (attempts > 0) summary.current?.focus();
  }, [attempts]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checked.update) {
      setAttempts((n) => n + 1);
      return;
    }
    save.mutate(checked.update, {
      onSuccess: (saved) => {
        setBase(saved);
        setValues(valuesOf(saved));
        announce(t("schedule.saved"));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Text mb="md" size="sm">
        {base.updatedAt
          ? t("schedule.lastSaved", {
              date: format.dateTime(base.updatedAt),
              name: base.updatedBy ?? "?",
            })
          : t("schedule.defaults")}
      </Text>
      <ErrorSummary
        ref={summary}
        title={t("schedule.summary", { count: invalid.length })}
        errors={invalid.map((field) => ({
          id: fieldId(field),
          text: `${labels.label(field)}: ${t(`schedule.hints.${field}`)}`,
        }))}
      />
      <SettingsConflict error={save.error} base={base} onReload={onReload} />
      {!isConflict(save.error) && <ProblemAlert error={save.error} />}
      <Stack gap="lg" maw={760}>
        <ScheduleFields values={values} set={set} errorFor={errorFor} />
        <ThresholdFields values={values} set={set} errorFor={errorFor} />
      </Stack>
      <Button type="submit" mt="lg" loading={save.isPending}>
        {t("schedule.save")}
      </Button>
    </form>
  );
}
