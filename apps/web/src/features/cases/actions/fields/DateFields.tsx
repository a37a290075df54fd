import { TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventFieldsProps } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

/** The day it happened: today unless the user records something from earlier. */
export function DateFields({ values, set, errorFor }: EventFieldsProps) {
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
  return (
    <TextInput
      type="date"
      label={t("date.label")}
      description={t("date.hint")}
      value={values.on ?? ""}
      error={errorFor("event.on")}
      onChange={(e) => set("on", e.currentTarget.value)}
      w={{ base: "100%", xs: 240 }}
    />
  );
}
