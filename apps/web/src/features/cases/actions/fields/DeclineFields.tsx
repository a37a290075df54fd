import { NativeSelect, Stack, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DECLINE_REASONS } from "@kring/domain/cases";
import { useCaseLabels } from "../../shared/case-labels";
import type { EventFieldsProps } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

/**
 * Not a collaboration case: what is done instead, and why, as a reason from the list (which the
 * steering group counts) and in words.
 */
export function DeclineFields({ values, set, errorFor }: EventFieldsProps) {
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
  const labels = useCaseLabels();
  return (
    <Stack gap="sm">
      <Textarea
        label={t("decline.otherAction")}
        description={t("decline.otherActionHint")}
        required
        autosize
        minRows={2}
        value={values.otherAction ?? ""}
        error={errorFor("event.otherAction")}
        onChange={(e) => set("otherAction", e.currentTarget.value)}
      />
      <NativeSelect
        label={t("decline.reasonCode")}
        required
        data={[
          { value: "", label: t("choose"), disabled: true },
          ...DECLINE_REASONS.map((r) => ({ value: r, label: labels.declineReason(r) })),
        ]}
        value={values.reasonCode ?? ""}
        error={errorFor("event.reasonCode")}
        onChange={(e) => set("reasonCode", e.currentTarget.value)}
      />
      <Textarea
        label={t("decline.reason")}
        required
        autosize
        minRows={2}
        value={values.reason ?? ""}
        error={errorFor("event.reason")}
        onChange={(e) => set("reason", e.currentTarget.value)}
      />
    </Stack>
  );
}
