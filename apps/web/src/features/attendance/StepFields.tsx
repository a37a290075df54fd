import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { ACTORS, type Actor } from "@kring/domain/attendance";
import { useTranslation } from "react-i18next";
import { removeAt, replaceAt } from "../../platform/forms/list-edits";
import { type DraftStep, newTrigger, numberOrNull } from "./staircase-draft";
import { type FieldErrors, TriggerFields } from "./TriggerFields";
import { useAttendanceTexts } from "./attendance-texts";

interface Props {
  step: DraftStep;
  path: string;
  errors: FieldErrors;
  onChange: (step: DraftStep) => void;
  onRemove: () => void;
}

/** One step of the staircase: what it is called, who acts, by when, and what brings a pupil there. */
export function StepFields({ step, path, errors, onChange, onRemove }: Props) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const set = (change: Partial<DraftStep>) => onChange({ ...step, ...change });
  const legend = t("step", { step: step.number });
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <TextInput
          label={t("editor.title")}
          value={step.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={errors.at(`${path}.title`)}
        />
        <Group align="flex-start">
          <NativeSelect
            label={t("editor.actor")}
            value={step.actor}
            onChange={(e) => set({ actor: e.currentTarget.value as Actor })}
            data={ACTORS.map((a) => ({ value: a, label: t(`actors.${a}`) }))}
            error={errors.at(`${path}.actor`)}
            w={240}
          />
          <NumberInput
            label={t("editor.deadlineDays")}
            value={step.deadlineDays ?? ""}
            onChange={(v) => set({ deadlineDays: numberOrNull(v) as number })}
            min={0}
            max={365}
            allowDecimal={false}
            error={errors.at(`${path}.deadlineDays`)}
            w={240}
          />
        </Group>
        <Textarea
          label={t("editor.actions")}
          description={t("editor.actionsHelp")}
          autosize
          minRows={2}
          value={step.actions.join("\n")}
          // One action per line; blank lines are dropped when the draft is sent (toSubmitted).
          onChange={(e) => set({ actions: e.currentTarget.value.split("\n") })}
          error={errors.at(`${path}.actions`)}
        />
        <Group>
          <Checkbox
            label={t("editor.reportToOrganiser")}
            checked={step.reportToOrganiser ?? false}
            onChange={(e) => set({ reportToOrganiser: e.currentTarget.checked || undefined })}
          />
          <Checkbox
            label={t("editor.reportToSocialServices")}
            checked={step.reportToSocialServices ?? false}
            onChange={(e) => set({ reportToSocialServices: e.currentTarget.checked || undefined })}
          />
        </Group>
        {errors.at(`${path}.triggers`) && (
          <Text size="sm" c="red.9">
            {errors.at(`${path}.triggers`)}
          </Text>
        )}
        {step.triggers.map((trigger, i) => (
          <TriggerFields
            // Triggers have no identity of their own; their place is what the path names.
            key={i}
            trigger={trigger}
            path={`${path}.triggers[${i}]`}
            legend={t("editor.trigger", { number: i + 1, step: step.number })}
            removeLabel={t("editor.removeTrigger", { number: i + 1, step: step.number })}
            errors={errors}
            onChange={(x) => set({ triggers: replaceAt(step.triggers, i, x) })}
            onRemove={() => set({ triggers: removeAt(step.triggers, i) })}
          />
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => set({ triggers: [...step.triggers, newTrigger("absence_share")] })}
          >
            {t("editor.addTrigger", { step: step.number })}
          </Button>
          <Button variant="subtle" size="xs" onClick={onRemove}>
            {t("editor.removeStep", { step: step.number })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
