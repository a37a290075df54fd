import { NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../../shared/case-labels";
import type { EventFieldsProps } from "../event-form-types";
import { CloseWarnings } from "./CloseWarnings";
import { EvaluationFields } from "./EvaluationFields";
import { ReflectionFields } from "./ReflectionFields";
import { useCaseActionsTexts } from "../caseActions-texts";

/**
 * Closing: a reason (those the case allows now), the short evaluation when none was recorded at
 * the evaluation meeting, what closing now runs into (CloseWarnings) and the reflection for the
 * steering group.
 */
export function CloseFields(props: EventFieldsProps) {
  const { allowed, values, set, errorFor } = props;
  useCaseActionsTexts();
  const { t } = useTranslation(["caseActions", "common"]);
  const labels = useCaseLabels();
  const choose = { value: "", label: t("caseActions:choose"), disabled: true };
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t("caseActions:close.reason")}
        required
        data={[
          choose,
          ...(allowed.reasons ?? []).map((r) => ({ value: r, label: labels.closeReason(r) })),
        ]}
        value={values.reason ?? ""}
        error={errorFor("event.reason")}
        onChange={(e) => set("reason", e.currentTarget.value)}
      />
      <Textarea
        label={`${t("caseActions:close.note")} (${t("common:optional")})`}
        autosize
        minRows={2}
        value={values.note ?? ""}
        error={errorFor("event.note")}
        onChange={(e) => set("note", e.currentTarget.value)}
      />
      <CloseWarnings {...props} />
      {values.needsEvaluation && (
        <>
          <Text size="sm" fw={600}>
            {t("caseActions:evaluation.intro")}
          </Text>
          <EvaluationFields detail={props.detail} values={values} set={set} errorFor={errorFor} />
        </>
      )}
      <Text size="sm" fw={600}>
        {t("caseActions:reflection.intro")}
      </Text>
      <ReflectionFields values={values} set={set} errorFor={errorFor} />
    </Stack>
  );
}
