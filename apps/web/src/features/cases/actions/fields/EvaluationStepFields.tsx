import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventFieldsProps } from "../event-form-types";
import { EvaluationFields } from "./EvaluationFields";
import { ReflectionFields } from "./ReflectionFields";
import { useCaseActionsTexts } from "../caseActions-texts";

/**
 * The six-month evaluation: the short form, and (if the network wants) what has worked and got
 * in the way so far, for the steering group's experience log as at closure.
 */
export function EvaluationStepFields(props: EventFieldsProps) {
  useCaseActionsTexts();
  const { t } = useTranslation(["caseActions", "common"]);
  return (
    <Stack gap="sm">
      <EvaluationFields {...props} />
      <Text size="sm" fw={600}>
        {`${t("caseActions:reflection.intro")} (${t("common:optional")})`}
      </Text>
      <ReflectionFields values={props.values} set={props.set} errorFor={props.errorFor} optional />
    </Stack>
  );
}
