import { Stack, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventFieldsProps } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

/** Not a collaboration case: what is done instead, and why. */
export function DeclineFields({ values, set, errorFor }: EventFieldsProps) {
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
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
