import { Alert, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../shared/format";
import type { EventFieldsProps } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

/** Starting the evaluation: when it is due, and why if it starts earlier than that. */
export function StartEvaluationFields({ detail, values, set, errorFor }: EventFieldsProps) {
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
  const format = useFormat();
  const check = detail.closureCheck;
  return (
    <Stack gap="sm">
      {check?.evaluationDueOn && (
        <Text size="sm">{t("evaluation.dueOn", { date: format.date(check.evaluationDueOn) })}</Text>
      )}
      {check?.evaluationEarly && (
        <>
          <Alert color="yellow" variant="light">
            <Text fw={700} size="sm">
              {t("evaluation.earlyTitle")}
            </Text>
            {t("evaluation.early")}
          </Alert>
          <Textarea
            label={t("evaluation.earlyReason")}
            required
            autosize
            minRows={2}
            value={values.earlyReason ?? ""}
            error={errorFor("event.earlyReason")}
            onChange={(e) => set("earlyReason", e.currentTarget.value)}
          />
        </>
      )}
    </Stack>
  );
}
