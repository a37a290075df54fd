import type { FormDefinition } from "@kring/contracts";
import { Radio, Stack } from "@mantine/core";
import type { FormState, Step } from "./answers-model";
import { stepId } from "./answers-model";

type SdqForm = Extract<FormDefinition, { layout: "sdq" }>;
type SdqStep = Exclude<Step, { kind: "vas" }>;

interface Props {
  form: SdqForm;
  step: SdqStep;
  state: FormState;
  onChange: (next: FormState) => void;
  error?: string | undefined;
}

/** One SDQ question as a group of radio buttons, large enough to tap on a phone. */
export function SdqQuestion({ form, step, state, onChange, error }: Props) {
  const { label, options, value } = questionOf(form, step, state);
  const set = (v: string) => {
    const n = Number(v);
    if (step.kind === "sdq")
      onChange({
        ...state,
        sdq: state.sdq.map((a, i) => (i === step.index ? (n as 0 | 1 | 2) : a)),
      });
    else if (step.kind === "impact")
      onChange({
        ...state,
        impact: state.impact.map((a, i) => (i === step.index ? (n as 0 | 1 | 2 | 3) : a)),
      });
    else onChange({ ...state, difficulties: n });
  };
  return (
    <Radio.Group
      id={stepId(step)}
      label={label}
      value={value === null ? "" : String(value)}
      onChange={set}
      error={error}
      size="md"
    >
      <Stack gap="sm" mt="xs">
        {options.map((text, i) => (
          <Radio key={i} value={String(i)} label={text} size="md" />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function questionOf(form: SdqForm, step: SdqStep, state: FormState) {
  if (step.kind === "sdq") {
    const item = form.items[step.index]!;
    return {
      label: `${item.number}. ${item.text}`,
      options: form.options,
      value: state.sdq[step.index],
    };
  }
  if (step.kind === "impact")
    return {
      label: form.impactItems[step.index]!.text,
      options: form.impactOptions,
      value: state.impact[step.index],
    };
  return {
    label: form.difficultiesQuestion,
    options: form.difficultiesOptions,
    value: state.difficulties,
  };
}
