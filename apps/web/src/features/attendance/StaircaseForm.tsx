import { Button, Fieldset, Group, NumberInput, Stack, TextInput } from "@mantine/core";
import { DEFAULT_RECOVERY } from "@kring/domain/attendance";
import { useTranslation } from "react-i18next";
import { removeAt, replaceAt } from "../../platform/forms/list-edits";
import { type Draft, newStep, numberOrNull, renumber } from "./staircase-draft";
import { StepFields } from "./StepFields";
import type { FieldErrors } from "./TriggerFields";
import { useAttendanceTexts } from "./attendance-texts";

interface Props {
  draft: Draft;
  errors: FieldErrors;
  onChange: (draft: Draft) => void;
}

/** The staircase as a form: its name, when a pupil leaves it, and its steps in order. */
export function StaircaseForm({ draft, errors, onChange }: Props) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const recovery = (key: "windowDays" | "recoveryPercent", v: string | number) => {
    const value = numberOrNull(v) ?? undefined;
    onChange({ ...draft, recovery: { ...draft.recovery, [key]: value } });
  };
  return (
    <Stack gap="md">
      <TextInput
        label={t("editor.name")}
        value={draft.name}
        onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })}
        error={errors.at("name")}
        maw={560}
      />
      <Fieldset legend={t("editor.recovery")}>
        <Group align="flex-start">
          <NumberInput
            label={t("editor.recoveryWindowDays")}
            description={t("editor.defaultValue", { value: DEFAULT_RECOVERY.windowDays })}
            value={draft.recovery?.windowDays ?? ""}
            onChange={(v) => recovery("windowDays", v)}
            min={1}
            allowDecimal={false}
            error={errors.at("recovery.windowDays")}
            w={260}
          />
          <NumberInput
            label={t("editor.recoveryPercent")}
            description={t("editor.defaultValue", { value: DEFAULT_RECOVERY.recoveryPercent })}
            value={draft.recovery?.recoveryPercent ?? ""}
            onChange={(v) => recovery("recoveryPercent", v)}
            min={0}
            max={100}
            error={errors.at("recovery.recoveryPercent")}
            w={260}
          />
        </Group>
      </Fieldset>
      {draft.steps.map((step, i) => (
        <StepFields
          // Steps are numbered by their place, and the place is what the server's paths name.
          key={i}
          step={step}
          path={`steps[${i}]`}
          errors={errors}
          onChange={(s) => onChange({ ...draft, steps: replaceAt(draft.steps, i, s) })}
          onRemove={() => onChange({ ...draft, steps: renumber(removeAt(draft.steps, i)) })}
        />
      ))}
      <Button
        variant="default"
        w="fit-content"
        onClick={() =>
          onChange({ ...draft, steps: [...draft.steps, newStep(draft.steps.length + 1)] })
        }
      >
        {t("editor.addStep")}
      </Button>
    </Stack>
  );
}
