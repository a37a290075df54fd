import { MEETING_KINDS } from "@kring/domain/cases";
import { Checkbox, Fieldset, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../../cases/shared/case-labels";
import type { NumberField, SettingsValues } from "./settings-values";

export interface FieldsProps {
  values: SettingsValues;
  set: <K extends keyof SettingsValues>(key: K, value: SettingsValues[K]) => void;
  /** The fields to fix, with their hint. */
  errorFor: (field: NumberField) => string | undefined;
}

export const fieldId = (field: NumberField) => `setting-${field}`;

interface NumberProps extends FieldsProps {
  field: NumberField;
  label: string;
  hint: string;
  decimals?: boolean;
}

function NumberText({ field, label, hint, decimals, values, set, errorFor }: NumberProps) {
  return (
    <TextInput
      id={fieldId(field)}
      label={label}
      description={hint}
      inputMode={decimals ? "decimal" : "numeric"}
      autoComplete="off"
      maw={360}
      value={values[field]}
      onChange={(event) => set(field, event.currentTarget.value)}
      error={errorFor(field)}
    />
  );
}

/** When SDQ, ORS and SRS are due, in the order a coordinator meets them in a case. */
export function ScheduleFields(props: FieldsProps) {
  const { t } = useTranslation("admin");
  const cases = useCaseLabels();
  const { values, set } = props;
  return (
    <>
      <Fieldset legend={t("schedule.sdq.legend")}>
        <Stack gap="md">
          <Checkbox.Group
            label={t("schedule.sdq.informants")}
            description={t("schedule.sdq.informantsHint")}
            value={values.sdqInformants}
            onChange={(v) => set("sdqInformants", v)}
          >
            <Stack gap={6} mt={6}>
              {(["parent", "teacher", "self"] as const).map((i) => (
                <Checkbox key={i} value={i} label={t(`schedule.sdq.informant.${i}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox
            label={t("schedule.sdq.beforeMeeting1")}
            description={t("schedule.sdq.beforeMeeting1Hint")}
            checked={values.sdqBeforeNetworkMeeting1}
            onChange={(e) => set("sdqBeforeNetworkMeeting1", e.currentTarget.checked)}
          />
          <NumberText
            {...props}
            field="sdqBaselineFallbackDays"
            label={t("schedule.sdq.fallbackDays")}
            hint={t("schedule.sdq.fallbackDaysHint")}
          />
          <NumberText
            {...props}
            field="sdqEveryMonths"
            label={t("schedule.sdq.everyMonths")}
            hint={t("schedule.sdq.everyMonthsHint")}
          />
          <Checkbox
            label={t("schedule.sdq.atClosure")}
            description={t("schedule.sdq.atClosureHint")}
            checked={values.sdqAtClosure}
            onChange={(e) => set("sdqAtClosure", e.currentTarget.checked)}
          />
          <NumberText
            {...props}
            field="sdqClosureWindowDays"
            label={t("schedule.sdq.closureWindow")}
            hint={t("schedule.sdq.closureWindowHint")}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t("schedule.session.legend")}>
        <Stack gap="md">
          <Checkbox.Group
            label={t("schedule.session.instruments")}
            description={t("schedule.session.instrumentsHint")}
            value={values.sessionInstruments}
            onChange={(v) => set("sessionInstruments", v)}
          >
            <Stack gap={6} mt={6}>
              {(["ors", "srs"] as const).map((i) => (
                <Checkbox key={i} value={i} label={t(`schedule.session.instrument.${i}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group
            label={t("schedule.session.meetingKinds")}
            value={values.sessionMeetingKinds}
            onChange={(v) => set("sessionMeetingKinds", v)}
          >
            <Stack gap={6} mt={6}>
              {MEETING_KINDS.map((kind) => (
                <Checkbox key={kind} value={kind} label={cases.meetingKind(kind)} />
              ))}
            </Stack>
          </Checkbox.Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t("schedule.reminders.legend")}>
        <NumberText
          {...props}
          field="dueSoonDays"
          label={t("schedule.reminders.dueSoon")}
          hint={t("schedule.reminders.dueSoonHint")}
        />
      </Fieldset>
    </>
  );
}

/**
 * The cut-offs that colour ORS and SRS results, and the SDQ improvement the steering figures
 * count; points, decimals allowed.
 */
export function ThresholdFields(props: FieldsProps) {
  const { t } = useTranslation("admin");
  return (
    <Fieldset legend={t("schedule.thresholds.legend")}>
      <Text size="sm" mb="sm">
        {t("schedule.thresholds.intro")}
      </Text>
      <Stack gap="md">
        {(
          [
            "corsClinicalCutoff",
            "orsYouthClinicalCutoff",
            "orsClinicalCutoff",
            "orsReliableChange",
            "srsAlertBelow",
            "sdqTotalImprovement",
          ] as const
        ).map((field) => (
          <NumberText
            key={field}
            {...props}
            field={field}
            decimals
            label={t(`schedule.thresholds.${field}`)}
            hint={t(`schedule.thresholds.${field}Hint`)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
