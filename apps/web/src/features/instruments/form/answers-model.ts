import { type FormDefinition, type InstrumentAnswers, answerFormOf } from "@kring/contracts";

// What the respondent has marked so far, and how it becomes the answers the server scores.
// SDQ questions may be left blank (the scoring allows for it); every VAS line must be marked.

export interface FormState {
  sdq: (0 | 1 | 2 | null)[];
  /** The overall question: 0 = no difficulties, 1-3 = some; null = not answered. */
  difficulties: number | null;
  impact: (0 | 1 | 2 | 3 | null)[];
  vas: Record<string, number | null>;
}

export type Step =
  | { kind: "sdq"; index: number }
  | { kind: "difficulties" }
  | { kind: "impact"; index: number }
  | { kind: "vas"; key: string };

export function initialState(form: FormDefinition): FormState {
  if (form.layout === "sdq")
    return {
      sdq: form.items.map(() => null),
      difficulties: null,
      impact: form.impactItems.map(() => null),
      vas: {},
    };
  return {
    sdq: [],
    difficulties: null,
    impact: [],
    vas: Object.fromEntries(form.items.map((i) => [i.key, null])),
  };
}

/** The questions in order; the impact questions only when the respondent sees difficulties. */
export function stepsOf(form: FormDefinition, state: FormState): Step[] {
  if (form.layout === "vas") return form.items.map((i) => ({ kind: "vas", key: i.key }));
  const steps: Step[] = form.items.map((_, index) => ({ kind: "sdq", index }));
  steps.push({ kind: "difficulties" });
  if ((state.difficulties ?? 0) > 0)
    form.impactItems.forEach((_, index) => steps.push({ kind: "impact", index }));
  return steps;
}

export const stepId = (step: Step) =>
  step.kind === "sdq" || step.kind === "impact"
    ? `${step.kind}-${step.index}`
    : step.kind === "vas"
      ? `vas-${step.key}`
      : "difficulties";

/** The server's field ("answers.3", "impact.1", "items.me") as the question it belongs to. */
export function stepOfField(field: string): string | null {
  const [head, key] = field.split(".");
  if (head === "answers" && key !== undefined) return `sdq-${key}`;
  if (head === "impact" && key !== undefined) return `impact-${key}`;
  if (head === "items" && key !== undefined) return `vas-${key}`;
  return null;
}

export function isAnswered(step: Step, state: FormState): boolean {
  if (step.kind === "sdq") return state.sdq[step.index] !== null;
  if (step.kind === "impact") return state.impact[step.index] !== null;
  if (step.kind === "difficulties") return state.difficulties !== null;
  return state.vas[step.key] !== null;
}

/** Questions that must be answered before sending: the marks on the VAS lines. */
export function requiredMissing(form: FormDefinition, state: FormState): Step[] {
  return form.layout === "vas" ? stepsOf(form, state).filter((s) => !isAnswered(s, state)) : [];
}

export function toAnswers(form: FormDefinition, state: FormState): InstrumentAnswers {
  const key = answerFormOf(form.instrument, form.informant, form.version);
  if (form.layout === "vas") return { form: key, items: state.vas } as unknown as InstrumentAnswers;
  const some = (state.difficulties ?? 0) > 0;
  return {
    form: key,
    answers: state.sdq,
    noDifficulties: state.difficulties === 0,
    difficulties: state.difficulties,
    impact: some ? state.impact : null,
  } as InstrumentAnswers;
}
