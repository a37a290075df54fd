// The case state machine: transition(state, event, context) => new state or a refusal.
import type { CaseState } from "./case-state";
import { isCivilDate } from "./civil-date";
import { CASE_EVENT_TYPES, type CaseEvent, type TransitionContext } from "./events";
import { availableMeetingKinds, gate, resolveProcessRules } from "./gates";
import { MEETING_RULES, isMeetingKind } from "./meetings";
import {
  appointContactPerson,
  appointCoordinators,
  appointSpokesperson,
} from "./transition-appointments";
import {
  close,
  continueWithRevisedPlan,
  decline,
  recordAuthorityAction,
} from "./transition-closure";
import { startEvaluation, recordEvaluation } from "./transition-evaluation";
import { eventDate, fail, ok, type TransitionResult } from "./transition-helpers";
import { meetingNotAllowed, transitionError } from "./transition-errors";

export type { TransitionResult } from "./transition-helpers";

function isKnownEvent(event: unknown): event is CaseEvent {
  if (typeof event !== "object" || event === null) return false;
  const type = (event as { type?: unknown }).type;
  return typeof type === "string" && (CASE_EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * Apply one event. Pure: the input state is never changed. Refusals carry a code and a message in
 * English and Swedish. Terminal stages (`declined`, `closed`) refuse every event.
 */
export function transition(
  state: CaseState,
  event: CaseEvent,
  context: TransitionContext,
): TransitionResult {
  if (!isKnownEvent(event)) return fail(transitionError("unknown_event"));
  if (!isCivilDate(context.today)) return fail(transitionError("invalid_date"));
  const rules = resolveProcessRules(context.processRules);
  const refused = gate(state, event.type, rules);
  if (refused) return fail(refused);
  return apply(state, event, context);
}

function apply(state: CaseState, event: CaseEvent, context: TransitionContext): TransitionResult {
  switch (event.type) {
    case "submit":
      return ok({ ...state, stage: "assessment" });
    case "accept":
      return ok({ ...state, accepted: true });
    case "decline":
      return decline(state, event, context);
    case "appoint_coordinators":
      return appointCoordinators(state, event, context);
    case "appoint_spokesperson":
      return appointSpokesperson(state, event, context);
    case "appoint_contact_person":
      return appointContactPerson(state, event, context);
    case "record_first_contact": {
      const d = eventDate(state, context, event.on);
      return d.ok
        ? ok({ ...state, stage: "first_contact", firstContactOn: d.date })
        : fail(d.error);
    }
    case "hold_meeting":
      return holdMeeting(state, event, context);
    case "agree_plan": {
      const d = eventDate(state, context, event.on);
      if (!d.ok) return fail(d.error);
      return ok({ ...state, stage: "interventions", planAgreedOn: d.date, planVersion: 1 });
    }
    case "record_eht_review": {
      const plan = state.planAgreedOn;
      const d = eventDate(
        state,
        context,
        event.on,
        plan ? { date: plan, code: "date_before_plan" } : undefined,
      );
      return d.ok ? ok({ ...state, ehtReviewedOn: d.date }) : fail(d.error);
    }
    case "start_evaluation":
      return startEvaluation(state, event, context);
    case "record_evaluation":
      return recordEvaluation(state, event, context);
    case "continue":
      return continueWithRevisedPlan(state, event, context);
    case "close":
      return close(state, event, context);
    case "record_authority_action":
      return recordAuthorityAction(state, event, context);
  }
}

function holdMeeting(
  state: CaseState,
  event: Extract<CaseEvent, { type: "hold_meeting" }>,
  context: TransitionContext,
): TransitionResult {
  const kind: unknown = event.kind;
  if (!isMeetingKind(kind)) return fail(transitionError("meeting_not_allowed"));
  const rules = resolveProcessRules(context.processRules);
  if (!availableMeetingKinds(state, rules).includes(kind)) {
    const blockedBySpokesperson =
      kind === "network_meeting_1" && state.stage === MEETING_RULES[kind].heldIn;
    return fail(
      blockedBySpokesperson
        ? transitionError("spokesperson_required")
        : meetingNotAllowed(kind, state, rules),
    );
  }
  const d = eventDate(state, context, event.on);
  if (!d.ok) return fail(d.error);
  return ok({
    ...state,
    stage: MEETING_RULES[kind].leadsTo,
    meetings: [...state.meetings, { kind, heldOn: d.date }],
  });
}
