import { Button, Fieldset, Group, NativeSelect, NumberInput } from "@mantine/core";
import {
  ABSENCE_KINDS,
  THRESHOLD_OPERATORS,
  TRIGGER_KINDS,
  type Trigger,
  type TriggerKind,
} from "@kring/domain/attendance";
import { useTranslation } from "react-i18next";
import { newTrigger, numberOrNull } from "./staircase-draft";
import { useAttendanceTexts } from "./attendance-texts";

export interface FieldErrors {
  /** The server's message for a path of the draft, e.g. "steps[0].triggers[1].windowDays". */
  at: (path: string) => string | undefined;
}

interface Props {
  trigger: Trigger;
  path: string;
  legend: string;
  removeLabel: string;
  errors: FieldErrors;
  onChange: (trigger: Trigger) => void;
  onRemove: () => void;
}

/** One trigger of a step: its kind, then the fields that kind has. */
export function TriggerFields({
  trigger,
  path,
  legend,
  removeLabel,
  errors,
  onChange,
  onRemove,
}: Props) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const fields = trigger as unknown as Record<string, unknown>;
  // A required number left empty is sent as null (the server names it); an optional one is left out.
  const set = (key: string, value: unknown) =>
    onChange({ ...fields, [key]: value } as unknown as Trigger);
  const number = (key: string, label: string, optional = false) => (
    <NumberInput
      label={label}
      value={typeof fields[key] === "number" ? fields[key] : ""}
      onChange={(v) => set(key, numberOrNull(v) ?? (optional ? undefined : null))}
      min={0}
      error={errors.at(`${path}.${key}`)}
      w={200}
    />
  );
  /**
   * A choice among a field's values. `unset` is what the field means when absent: offered as
   * its own option ("" sends nothing) for an optional field, else shown as the first value.
   */
  const choice = (
    key: "absenceKind" | "operator",
    label: string,
    options: { value: string; label: string }[],
    unset: { value: string; label?: string },
  ) => (
    <NativeSelect
      label={label}
      value={(fields[key] as string | undefined) ?? unset.value}
      onChange={(e) => set(key, e.currentTarget.value || undefined)}
      data={[...(unset.label ? [{ value: "", label: unset.label }] : []), ...options]}
      error={errors.at(`${path}.${key}`)}
      w={200}
    />
  );
  const absenceKinds = ABSENCE_KINDS.map((k) => ({
    value: k,
    label: t(`editor.absenceKinds.${k}`),
  }));
  const absenceKind = (optional = false) =>
    choice(
      "absenceKind",
      t("editor.absenceKind"),
      absenceKinds,
      optional ? { value: "", label: t("editor.absenceKindDefault") } : { value: "" },
    );
  const operators = THRESHOLD_OPERATORS.map((o) => ({
    value: o,
    label: t(`editor.operators.${o}`),
  }));
  const operator = (optional = false) =>
    choice(
      "operator",
      t("editor.operator"),
      operators,
      optional ? { value: "", label: t("editor.operatorDefault") } : { value: ">=" },
    );
  return (
    <Fieldset legend={legend} variant="filled">
      <Group align="flex-start" gap="sm">
        <NativeSelect
          label={t("editor.kind")}
          value={trigger.kind}
          onChange={(e) => onChange(newTrigger(e.currentTarget.value as TriggerKind))}
          data={TRIGGER_KINDS.map((k) => ({ value: k, label: t(`editor.kinds.${k}`) }))}
          error={errors.at(`${path}.kind`)}
          w={320}
        />
        {trigger.kind === "absence_share" && (
          <>
            {number("windowDays", t("editor.windowDays"))}
            {operator()}
            {number("thresholdPercent", t("editor.thresholdPercent"))}
            {absenceKind()}
          </>
        )}
        {trigger.kind === "consecutive_days" && (
          <>
            {number("days", t("editor.days"))}
            {absenceKind()}
          </>
        )}
        {trigger.kind === "recurring_valid" && (
          <>
            {number("weeks", t("editor.weeks"))}
            {number("minOccurrences", t("editor.minOccurrences"))}
          </>
        )}
        {trigger.kind === "no_improvement" && (
          <>
            {number("weeksAfterPreviousStep", t("editor.weeksAfterPreviousStep"))}
            {operator(true)}
            {number("thresholdPercent", t("editor.thresholdOptional"), true)}
            {number("windowDays", t("editor.windowDaysOptional"), true)}
            {absenceKind(true)}
          </>
        )}
      </Group>
      <Button variant="subtle" size="xs" mt="xs" onClick={onRemove}>
        {removeLabel}
      </Button>
    </Fieldset>
  );
}
