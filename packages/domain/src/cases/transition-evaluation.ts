// The evaluation step (Västbas: after six months). It is a step of its own: it starts when it is
// due (earlier only with a reason), its meeting is held, and the evaluation is recorded from the
// meeting on a short form. Closing or going on with a revised plan then builds on it.
import {
  EVALUATION_OUTCOMES,
  type CaseState,
  type EvaluationForm,
  type EvaluationRecord,
} from "./case-state";
import { addDays, addMonths, compareCivilDates, type CivilDate } from "./civil-date";
import { DEFAULT_DEADLINE_RULES } from "./deadline-rules";
import type { CaseEvent, TransitionContext } from "./events";
import { fail, isNonBlank, ok, type TransitionResult } from "./transition-helpers";
import { transitionError } from "./transition-errors";

/** An evaluation may start this many days before it is due without a reason. */
export const EVALUATION_EARLY_WINDOW_DAYS = 30;

/** When the next evaluation is due: months after the plan, then after the last evaluation. */
export function evaluationDueOn(state: CaseState, context: TransitionContext): CivilDate {
  const months =
    context.deadlineRules?.evaluationEveryMonths ?? DEFAULT_DEADLINE_RULES.evaluationEveryMonths;
  return addMonths(state.lastEvaluationOn ?? state.planAgreedOn ?? state.requestedOn, months);
}

/** Whether starting the evaluation today is early (and so needs a reason). */
export function evaluationIsEarly(state: CaseState, context: TransitionContext): boolean {
  const from = addDays(evaluationDueOn(state, context), -EVALUATION_EARLY_WINDOW_DAYS);
  return compareCivilDates(context.today, from) < 0;
}

export function isEvaluationForm(value: unknown): value is EvaluationForm {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Record<keyof EvaluationForm, unknown>>;
  return (
    (EVALUATION_OUTCOMES as readonly unknown[]).includes(v.goals) &&
    isNonBlank(v.familyView) &&
    isNonBlank(v.childView)
  );
}

export function evaluationRecord(
  form: EvaluationForm,
  on: CivilDate,
  atMeeting: boolean,
): EvaluationRecord {
  return {
    goals: form.goals,
    familyView: form.familyView.trim(),
    childView: form.childView.trim(),
    on,
    atMeeting,
  };
}

export function startEvaluation(
  state: CaseState,
  event: Extract<CaseEvent, { type: "start_evaluation" }>,
  context: TransitionContext,
): TransitionResult {
  const early = evaluationIsEarly(state, context);
  if (early && !isNonBlank(event.earlyReason))
    return fail(transitionError("early_evaluation_reason_required"));
  return ok({
    ...state,
    stage: "evaluation",
    evaluationStartedOn: context.today,
    evaluationMeetingsBefore: evaluationMeetings(state),
    ...(early && isNonBlank(event.earlyReason)
      ? { evaluationEarlyReason: event.earlyReason.trim() }
      : {}),
  });
}

const evaluationMeetings = (state: CaseState) =>
  state.meetings.filter((m) => m.kind === "evaluation").length;

/**
 * The evaluation meeting of the current step, held: what the evaluation is recorded from. Counted
 * rather than dated: a meeting planned earlier may be recorded as held once the step has started.
 */
export function evaluationMeetingHeld(state: CaseState): boolean {
  return evaluationMeetings(state) > (state.evaluationMeetingsBefore ?? 0);
}

export function recordEvaluation(
  state: CaseState,
  event: Extract<CaseEvent, { type: "record_evaluation" }>,
  context: TransitionContext,
): TransitionResult {
  if (!isEvaluationForm(event.evaluation)) return fail(transitionError("evaluation_form_required"));
  return ok({
    ...state,
    evaluations: [
      ...(state.evaluations ?? []),
      evaluationRecord(event.evaluation, context.today, true),
    ],
  });
}
