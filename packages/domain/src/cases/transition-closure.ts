// Ending a case or turning it: decline at assessment, close, continue after evaluation, and
// authority action (which may happen at any open step and may close the case).
import {
  AUTHORITY_ACTION_KINDS,
  CLOSE_REASONS,
  currentEvaluation,
  type CaseState,
  type CloseReason,
  type Closure,
} from "./case-state";
import { addYears, compareCivilDates, type CivilDate } from "./civil-date";
import { DEFAULT_DEADLINE_RULES } from "./deadline-rules";
import type { CaseEvent, TransitionContext } from "./events";
import { availableCloseReasons } from "./gates";
import {
  fail,
  isNonBlank,
  isReflection,
  ok,
  trimReflection,
  type TransitionResult,
} from "./transition-helpers";
import { transitionError } from "./transition-errors";
import { evaluationRecord, goalOutcomesProblem, isEvaluationForm } from "./transition-evaluation";

export function decline(
  state: CaseState,
  event: Extract<CaseEvent, { type: "decline" }>,
  context: TransitionContext,
): TransitionResult {
  if (!isNonBlank(event.otherAction)) return fail(transitionError("other_action_required"));
  if (!isNonBlank(event.reason)) return fail(transitionError("reason_required"));
  return ok({
    ...state,
    stage: "declined",
    declined: {
      otherAction: event.otherAction.trim(),
      reason: event.reason.trim(),
      ...(event.reasonCode ? { reasonCode: event.reasonCode } : {}),
      on: context.today,
    },
  });
}

/** Closing reasons forced on the case from outside: they explain an early end themselves. */
const FORCED_REASONS: readonly CloseReason[] = [
  "family_declined",
  "consent_withdrawn",
  "moved_away",
];

/** The end of the tenant's minimum follow-up time (HUB: two years), or null when none is set. */
export function followUpEndsOn(state: CaseState, context: TransitionContext): CivilDate | null {
  const years =
    context.deadlineRules === undefined
      ? DEFAULT_DEADLINE_RULES.followUpYears
      : context.deadlineRules.followUpYears;
  return years === null ? null : addYears(state.requestedOn, years);
}

/**
 * Closing needs an evaluation: the one recorded at this step's evaluation meeting or, for a case
 * that ends before (or without) one, the short form given with the closure. "Goals met" needs the
 * evaluation meeting, an evaluation that found the goals met and no goal of the plan left
 * unachieved. Closing before the minimum follow-up time needs a written reason unless the reason
 * is forced from outside (the family declines, consent is withdrawn, the child moved). A missing
 * closing measurement needs a reason too.
 */
export function close(
  state: CaseState,
  event: Extract<CaseEvent, { type: "close" }>,
  context: TransitionContext,
): TransitionResult {
  const reason: unknown = event.reason;
  if (typeof reason !== "string" || !(CLOSE_REASONS as readonly string[]).includes(reason)) {
    return fail(transitionError("invalid_close_reason"));
  }
  if (!(availableCloseReasons(state) as string[]).includes(reason)) {
    return fail(
      transitionError(
        reason === "authority_action" ? "invalid_close_reason" : "evaluation_required",
      ),
    );
  }
  if (reason === "other" && !isNonBlank(event.note)) return fail(transitionError("note_required"));
  const recorded = currentEvaluation(state);
  if (event.reason === "goals_met") {
    if (!recorded) return fail(transitionError("evaluation_meeting_required"));
    if (recorded.goals !== "met" || recorded.goalOutcomes?.some((o) => o.outcome !== "met"))
      return fail(transitionError("goals_not_met"));
    if ((context.closing?.openGoals ?? 0) > 0) return fail(transitionError("goals_open"));
  }
  if (!recorded && !isEvaluationForm(event.evaluation))
    return fail(transitionError("evaluation_form_required"));
  if (!recorded && isEvaluationForm(event.evaluation)) {
    const problem = goalOutcomesProblem(event.evaluation, context);
    if (problem) return fail(transitionError(problem));
  }
  const ends = followUpEndsOn(state, context);
  const early = ends !== null && compareCivilDates(context.today, ends) < 0;
  const needsEarlyReason = early && !FORCED_REASONS.includes(event.reason);
  if (needsEarlyReason && !isNonBlank(event.earlyReason))
    return fail(transitionError("early_close_reason_required"));
  const measurementMissing = (context.closing?.missingClosingMeasurements ?? 0) > 0;
  if (measurementMissing && !isNonBlank(event.measurementSkipReason))
    return fail(transitionError("closing_measurement_required"));
  if (!isReflection(event.reflection)) return fail(transitionError("reflection_required"));
  const closure: Closure = {
    reason: event.reason,
    reflection: trimReflection(event.reflection),
    on: context.today,
    ...(isNonBlank(event.note) ? { note: event.note.trim() } : {}),
    ...(early && isNonBlank(event.earlyReason) ? { earlyReason: event.earlyReason.trim() } : {}),
    ...(measurementMissing && isNonBlank(event.measurementSkipReason)
      ? { measurementSkipReason: event.measurementSkipReason.trim() }
      : {}),
  };
  const evaluations =
    recorded || !isEvaluationForm(event.evaluation)
      ? (state.evaluations ?? [])
      : [
          ...(state.evaluations ?? []),
          evaluationRecord(event.evaluation, context.today, false, context.planGoals),
        ];
  return ok({
    ...state,
    stage: "closed",
    closure,
    evaluations,
    ...(state.stage === "evaluation" ? { lastEvaluationOn: context.today } : {}),
  });
}

export function continueWithRevisedPlan(
  state: CaseState,
  event: Extract<CaseEvent, { type: "continue" }>,
  context: TransitionContext,
): TransitionResult {
  if ((event.revisedPlan as unknown) !== true)
    return fail(transitionError("revised_plan_required"));
  return ok({
    ...state,
    stage: "interventions",
    planVersion: state.planVersion + 1,
    planRevisedOn: context.today,
    lastEvaluationOn: context.today,
  });
}

export function recordAuthorityAction(
  state: CaseState,
  event: Extract<CaseEvent, { type: "record_authority_action" }>,
  context: TransitionContext,
): TransitionResult {
  if (!(AUTHORITY_ACTION_KINDS as readonly unknown[]).includes(event.kind)) {
    return fail(transitionError("invalid_authority_kind"));
  }
  if (!isNonBlank(event.note)) return fail(transitionError("note_required"));
  const closesCase = (event.closesCase as unknown) === true;
  if (event.reflection !== undefined && !isReflection(event.reflection)) {
    return fail(transitionError("reflection_required"));
  }
  const record = {
    kind: event.kind,
    note: event.note.trim(),
    on: context.today,
    stage: state.stage,
    closedCase: closesCase,
  };
  const next: CaseState = { ...state, authorityActions: [...state.authorityActions, record] };
  if (!closesCase) return ok(next);
  const closure: Closure = {
    reason: "authority_action",
    on: context.today,
    ...(event.reflection ? { reflection: trimReflection(event.reflection) } : {}),
  };
  return ok({ ...next, stage: "closed", closure });
}
