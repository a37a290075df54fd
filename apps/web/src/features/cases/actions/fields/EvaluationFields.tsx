import type { CaseDetail } from "@kring/contracts";
import { Fieldset, NativeSelect, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventFieldsProps, FormValues } from "../event-form-types";
import { useCaseActionsTexts } from "../caseActions-texts";

const OUTCOMES = ["met", "partly", "not_met"] as const;
const GOAL = "goal:";

/**
 * The short evaluation: each goal of the plan (met, partly, not met), the goals as a whole, the
 * family's view and the child's own.
 */
export function EvaluationFields({
  detail,
  values,
  set,
  errorFor,
}: Omit<EventFieldsProps, "detail" | "allowed"> & { detail?: CaseDetail }) {
  useCaseActionsTexts();
  const { t } = useTranslation("caseActions");
  const goals = detail?.closureCheck?.planGoals ?? [];
  const choices = (key: "outcome" | "goalOutcome") => [
    { value: "", label: t("choose"), disabled: true },
    ...OUTCOMES.map((o) => ({ value: o, label: t(`evaluation.${key}.${o}`) })),
  ];
  return (
    <>
      {goals.length > 0 && (
        <Fieldset legend={t("evaluation.eachGoal")}>
          {goals.map((g, i) => (
            <NativeSelect
              key={g.id}
              label={t("evaluation.goalN", { n: i + 1, text: g.text })}
              required
              mb="xs"
              data={choices("goalOutcome")}
              value={values[`${GOAL}${g.id}`] ?? ""}
              error={errorFor(`event.evaluation.goalOutcomes.${i}.outcome`)}
              onChange={(e) => set(`${GOAL}${g.id}`, e.currentTarget.value)}
            />
          ))}
        </Fieldset>
      )}
      <NativeSelect
        label={t("evaluation.goals")}
        required
        data={choices("outcome")}
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

/** A field per goal of the plan, in the plan's order, so the evaluation names each goal. */
export const goalFields = (detail: CaseDetail): FormValues =>
  Object.fromEntries((detail.closureCheck?.planGoals ?? []).map((g) => [`${GOAL}${g.id}`, ""]));

/** The form's values as the API's evaluation. */
export const evaluationOf = (v: FormValues) => {
  const goalOutcomes = Object.entries(v)
    .filter(([key]) => key.startsWith(GOAL))
    .map(([key, outcome]) => ({ goalId: key.slice(GOAL.length), outcome: outcome as "met" }));
  return {
    goals: (v.goals ?? "") as "met",
    ...(goalOutcomes.length > 0 ? { goalOutcomes } : {}),
    familyView: v.familyView ?? "",
    childView: v.childView ?? "",
  };
};
