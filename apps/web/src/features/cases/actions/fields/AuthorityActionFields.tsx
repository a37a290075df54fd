import { AUTHORITY_ACTION_KINDS } from "@kring/domain/cases";
import { Checkbox, NativeSelect, Stack, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../../shared/case-labels";
import type { EventFieldsProps } from "../event-form-types";
import { ReflectionFields } from "./ReflectionFields";
import { useCaseActionsTexts } from "../caseActions-texts";

/** Authority takes over (e.g. a report of concern): it may close the collaboration case. */
export function AuthorityActionFields(props: EventFieldsProps) {
  const { values, set, errorFor } = props;
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
  const labels = useCaseLabels();
  const closes = values.closesCase === "yes";
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t("authority.kind")}
        data={AUTHORITY_ACTION_KINDS.map((k) => ({ value: k, label: labels.authorityAction(k) }))}
        value={values.kind ?? ""}
        error={errorFor("event.kind")}
        onChange={(e) => set("kind", e.currentTarget.value)}
      />
      <Textarea
        label={t("authority.note")}
        description={t("authority.noteHint")}
        required
        autosize
        minRows={2}
        value={values.note ?? ""}
        error={errorFor("event.note")}
        onChange={(e) => set("note", e.currentTarget.value)}
      />
      <Checkbox
        label={t("authority.closesCase")}
        checked={closes}
        onChange={(e) => set("closesCase", e.currentTarget.checked ? "yes" : "")}
      />
      {closes && <ReflectionFields values={values} set={set} errorFor={errorFor} />}
    </Stack>
  );
}
