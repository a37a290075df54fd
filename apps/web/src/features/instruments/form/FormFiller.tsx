import type { FormDefinition, InstrumentAnswers } from "@kring/contracts";
import { Alert, Button, Group, Progress, SegmentedControl, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../platform/api/api-error";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useIsPhone } from "../../../platform/ui/use-is-phone";
import {
  type Step,
  initialState,
  isAnswered,
  requiredMissing,
  stepId,
  stepOfField,
  stepsOf,
  toAnswers,
} from "./answers-model";
import { SdqQuestion } from "./SdqQuestion";
import { VasQuestion } from "./VasQuestion";
import { useInstrumentsTexts } from "../instruments-texts";

interface Props {
  form: FormDefinition;
  onSubmit: (answers: InstrumentAnswers) => void;
  pending: boolean;
  error: unknown;
}

/**
 * Fills in one form, one question at a time (the default on a phone) or all at once. Problems
 * the server finds are shown at the question they concern, and the form goes there.
 */
export function FormFiller({ form, onSubmit, pending, error }: Props) {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const isPhone = useIsPhone();
  // Until the respondent chooses, a phone shows one question at a time (known after first paint).
  const [chosen, setMode] = useState<"one" | "all" | null>(null);
  const mode = chosen ?? (isPhone ? "one" : "all");
  const [state, setState] = useState(() => initialState(form));
  const [current, setCurrent] = useState(0);
  const [missing, setMissing] = useState<string[]>([]);
  const questionRef = useRef<HTMLDivElement>(null);
  const steps = stepsOf(form, state);
  const index = Math.min(current, steps.length - 1);

  const serverErrors = new Map(
    (error instanceof ApiError ? error.fieldErrors : []).flatMap((e) => {
      const id = stepOfField(e.field);
      return id ? [[id, t("form.invalid")] as const] : [];
    }),
  );
  const errorOf = (step: Step) =>
    serverErrors.get(stepId(step)) ??
    (missing.includes(stepId(step)) && !isAnswered(step, state)
      ? t("form.vas.required")
      : undefined);

  const go = (to: number) => {
    setCurrent(to);
    const id = stepId(steps[to]!);
    requestAnimationFrame(() => {
      const all = document.getElementById(id)?.querySelector<HTMLElement>("input, [role=slider]");
      (mode === "one" ? questionRef.current : all)?.focus();
    });
  };
  // Go to the first question the server refused, once per refusal.
  useEffect(() => {
    const first = steps.findIndex((s) => serverErrors.has(stepId(s)));
    if (first >= 0) go(first);
  }, [error]);
  const submit = () => {
    const unmarked = requiredMissing(form, state).map(stepId);
    setMissing(unmarked);
    if (unmarked.length) {
      go(steps.findIndex((s) => unmarked.includes(stepId(s))));
      return;
    }
    onSubmit(toAnswers(form, state));
  };
  const question = (step: Step) =>
    step.kind === "vas" ? (
      <VasQuestion
        key={stepId(step)}
        item={form.layout === "vas" ? form.items.find((i) => i.key === step.key)! : never()}
        state={state}
        onChange={setState}
        error={errorOf(step)}
      />
    ) : (
      <SdqQuestion
        key={stepId(step)}
        form={form.layout === "sdq" ? form : never()}
        step={step}
        state={state}
        onChange={setState}
        error={errorOf(step)}
      />
    );
  const blank = steps.filter((s) => !isAnswered(s, state)).length;

  return (
    <form
      aria-label={form.title}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        {form.instructions && <Text>{form.instructions}</Text>}
        <SegmentedControl
          aria-label={t("form.mode.label")}
          value={mode}
          onChange={(v) => setMode(v)}
          data={[
            { value: "one", label: t("form.mode.one") },
            { value: "all", label: t("form.mode.all") },
          ]}
          w="fit-content"
        />
        <ProblemAlert error={error} />
        {mode === "one" ? (
          <Stack gap="md">
            <Text id="form-progress" fw={700}>
              {t("form.progress", { n: index + 1, total: steps.length })}
            </Text>
            <Progress.Root>
              <Progress.Section
                value={((index + 1) / steps.length) * 100}
                aria-labelledby="form-progress"
              />
            </Progress.Root>
            <div ref={questionRef} tabIndex={-1}>
              {question(steps[index]!)}
            </div>
            <Group justify="space-between">
              <Button variant="default" onClick={() => go(index - 1)} disabled={index === 0}>
                {t("form.previous")}
              </Button>
              {index < steps.length - 1 ? (
                // Separate keys: reusing one element would turn "Next" into a submit button
                // while its own click is still being handled, and send the form too early.
                <Button key="next" onClick={() => go(index + 1)}>
                  {t("form.next")}
                </Button>
              ) : (
                <Button key="submit" type="submit" loading={pending}>
                  {t("form.submit")}
                </Button>
              )}
            </Group>
          </Stack>
        ) : (
          <Stack gap="xl">
            {steps.map(question)}
            {blank > 0 && form.layout === "sdq" && (
              <Alert color="gray" variant="light">
                {t("form.blank", { count: blank })}
              </Alert>
            )}
            <Button type="submit" loading={pending} w="fit-content">
              {t("form.submit")}
            </Button>
          </Stack>
        )}
      </Stack>
    </form>
  );
}

function never(): never {
  throw new Error("form layout and question do not match");
}
