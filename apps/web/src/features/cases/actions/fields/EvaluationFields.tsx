import { NativeSelect, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventFieldsProps } from "../event-form-types";

const OUTCOMES = ["met", "partly", "not_met"] as const;

/** The short evaluation: how far the goals were met, the family's view and the child's own. */
export function EvaluationFields({
  values,
  set,
  errorFor,
}: Omit<EventFieldsProps, "detail" | "allowed">) {
  const { t } = useTranslation("caseActions");
  return (
    <>
      <NativeSelect
        label={t("evaluation.goals")}
        required
        data={[
          { value: "", label: t("choose"), disabled: true },
          ...OUTCOMES.map((o) => ({ value: o, label: t(`evaluation.outcome.${o}`) })),
        ]}
        value={values.goals ?? ""}
        error={errorFor("event.evaluation.goals")}
        onChange={(e) => set("goals", e.currentTarget.value)}
      />
      <Textarea
        label={t("evaluation.familyView")}
        required
        autosize
        minRows={2}
        value={values.familyView ?? ""}
        error={errorFor("event.evaluation.familyView")}
        onChange={(e) => set("familyView", e.currentTarget.value)}
      />
      <Textarea
        label={t("evaluation.childView")}
        description={t("evaluation.childViewHint")}
        required
        autosize
        minRows={2}
        value={values.childView ?? ""}
        error={errorFor("event.evaluation.childView")}
        onChange={(e) => set("childView", e.currentTarget.value)}
      />
    </>
  );
}

/** The form's values as the API's evaluation. */
export const evaluationOf = (v: Record<string, string>) => ({
  goals: (v.goals ?? "") as "met",
  familyView: v.familyView ?? "",
  childView: v.childView ?? "",
});
