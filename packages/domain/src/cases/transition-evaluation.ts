// The evaluation step (Västbas: after six months). It is a step of its own: it starts when it is
// due (earlier only with a reason), its meeting is held, and the evaluation is recorded from the
// meeting on a short form. Closing or going on with a revised plan then builds on it.
import {
  EVALUATION_OUTCOMES,
  type CaseState,
  type EvaluationForm,
  type EvaluationRecord,
  type GoalOutcome,
} from "./case-state";
import { addDays, addMonths, compareCivilDates, type CivilDate } from "./civil-date";
import { DEFAULT_DEADLINE_RULES } from "./deadline-rules";
import type { CaseEvent, TransitionContext } from "./events";
import {
  fail,
  isNonBlank,
  isReflection,
  ok,
  trimReflection,
  type TransitionResult,
} from "./transition-helpers";
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

const isOutcome = (v: unknown) => (EVALUATION_OUTCOMES as readonly unknown[]).includes(v);

export function isEvaluationForm(value: unknown): value is EvaluationForm {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Record<keyof EvaluationForm, unknown>>;
  const perGoal =
    v.goalOutcomes === undefined ||
    (Array.isArray(v.goalOutcomes) &&
      v.goalOutcomes.every(
        (o: unknown) =>
          typeof o === "object" &&
          o !== null &&
          isNonBlank((o as GoalOutcome).goalId) &&
          isOutcome((o as GoalOutcome).outcome),
      ));
  const reflection = v.reflection === undefined || isReflection(v.reflection);
  return (
    isOutcome(v.goals) &&
    perGoal &&
    reflection &&
    isNonBlank(v.familyView) &&
    isNonBlank(v.childView)
  );
}

/**
 * The goals one by one agree with the plan and the whole: each goal of the plan once (when the
 * plan is known), and "met" as a whole only when every goal is met.
 */
export function goalOutcomesProblem(
  form: EvaluationForm,
  context: TransitionContext,
): "evaluation_goal_unknown" | "evaluation_goals_disagree" | null {
  const outcomes = form.goalOutcomes;
  if (!outcomes) return null;
  const ids = outcomes.map((o) => o.goalId);
  if (new Set(ids).size !== ids.length) return "evaluation_goal_unknown";
  if (context.planGoals) {
    const planIds = new Set(context.planGoals.map((g) => g.id));
    if (ids.length !== planIds.size || ids.some((id) => !planIds.has(id)))
      return "evaluation_goal_unknown";
  }
  if (form.goals === "met" && outcomes.some((o) => o.outcome !== "met"))
    return "evaluation_goals_disagree";
  return null;
}

export function evaluationRecord(
  form: EvaluationForm,
  on: CivilDate,
  atMeeting: boolean,
  planGoals: TransitionContext["planGoals"] = [],
): EvaluationRecord {
  return {
    goals: form.goals,
    ...(form.goalOutcomes
      ? {
          goalOutcomes: form.goalOutcomes.map((o) => ({
            goalId: o.goalId,
            outcome: o.outcome,
            goal: planGoals.find((g) => g.id === o.goalId)?.text ?? "",
          })),
        }
      : {}),
    familyView: form.familyView.trim(),
    childView: form.childView.trim(),
    ...(form.reflection ? { reflection: trimReflection(form.reflection) } : {}),
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
  const problem = goalOutcomesProblem(event.evaluation, context);
  if (problem) return fail(transitionError(problem));
  return ok({
    ...state,
    evaluations: [
      ...(state.evaluations ?? []),
      evaluationRecord(event.evaluation, context.today, true, context.planGoals),
    ],
  });
}
