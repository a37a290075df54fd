// Ending a case or turning it: decline at assessment, close, continue after evaluation, and
// authority action (which may happen at any open step and may close the case).
import { AUTHORITY_ACTION_KINDS, CLOSE_REASONS, type CaseState, type Closure } from "./case-state";
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
      on: context.today,
    },
  });
}

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
  if (!isReflection(event.reflection)) return fail(transitionError("reflection_required"));
  const closure: Closure = {
    reason: event.reason,
    reflection: trimReflection(event.reflection),
    on: context.today,
    ...(isNonBlank(event.note) ? { note: event.note.trim() } : {}),
  };
  return ok({
    ...state,
    stage: "closed",
    closure,
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
