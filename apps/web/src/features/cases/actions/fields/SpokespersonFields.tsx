import { Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventFieldsProps } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

/** The child's spokesperson: someone close to the child, from the private network. */
export function SpokespersonFields({ values, set, errorFor }: EventFieldsProps) {
  useCaseActionsTexts();
  const { t } = useTranslation(["caseActions", "common"]);
  return (
    <Stack gap="sm">
      <TextInput
        label={t("caseActions:spokesperson.name")}
        required
        autoComplete="off"
        value={values.name ?? ""}
        error={errorFor("event.name")}
        onChange={(e) => set("name", e.currentTarget.value)}
      />
      <TextInput
        label={t("caseActions:spokesperson.relation")}
        description={t("caseActions:spokesperson.relationHint")}
        required
        autoComplete="off"
        value={values.relation ?? ""}
        error={errorFor("event.relation")}
        onChange={(e) => set("relation", e.currentTarget.value)}
      />
      <TextInput
        type="email"
        label={`${t("caseActions:spokesperson.email")} (${t("common:optional")})`}
        autoComplete="off"
        value={values.email ?? ""}
        error={errorFor("event.email")}
        onChange={(e) => set("email", e.currentTarget.value)}
      />
    </Stack>
  );
}
