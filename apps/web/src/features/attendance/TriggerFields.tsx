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
  const absenceKind = (optional = false) => (
    <NativeSelect
      label={t("editor.absenceKind")}
      value={(fields.absenceKind as string | undefined) ?? ""}
      onChange={(e) => set("absenceKind", e.currentTarget.value || undefined)}
      data={[
        ...(optional ? [{ value: "", label: t("editor.absenceKindDefault") }] : []),
        ...ABSENCE_KINDS.map((k) => ({ value: k, label: t(`editor.absenceKinds.${k}`) })),
      ]}
      error={errors.at(`${path}.absenceKind`)}
      w={200}
    />
  );
  const operator = (optional = false) => (
    <NativeSelect
      label={t("editor.operator")}
      value={(fields.operator as string | undefined) ?? (optional ? "" : ">=")}
      onChange={(e) => set("operator", e.currentTarget.value || undefined)}
      data={[
        ...(optional ? [{ value: "", label: t("editor.operatorDefault") }] : []),
        ...THRESHOLD_OPERATORS.map((o) => ({ value: o, label: t(`editor.operators.${o}`) })),
      ]}
      error={errors.at(`${path}.operator`)}
      w={200}
    />
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
