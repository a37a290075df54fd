// Appointing coordinators, the spokesperson and the contact person. The eligibility facts come
// from the transition context; without them the appointment is refused, never waved through.
import type { CaseState } from "./case-state";
import { checkCoordinatorAppointment } from "./coordinator-eligibility";
import type { PersonFacts } from "./eligibility-types";
import type { CaseEvent, TransitionContext } from "./events";
import {
  checkContactPersonEligibility,
  checkSpokespersonEligibility,
} from "./network-role-eligibility";
import { fail, isNonBlank, ok, type TransitionResult } from "./transition-helpers";
import { transitionError } from "./transition-errors";

function person(context: TransitionContext, id: string): PersonFacts | undefined {
  const facts = context.people?.[id];
  return facts && facts.personId === id ? facts : undefined;
}

export function appointCoordinators(
  state: CaseState,
  event: Extract<CaseEvent, { type: "appoint_coordinators" }>,
  context: TransitionContext,
): TransitionResult {
  if (!isNonBlank(event.leadId) || !isNonBlank(event.documentingId)) {
    return fail(transitionError("person_required"));
  }
  const lead = person(context, event.leadId);
  const documenting = person(context, event.documentingId);
  if (!lead || !documenting || !context.child) return fail(transitionError("facts_missing"));
  const check = checkCoordinatorAppointment(lead, documenting, context.child);
  if (!check.eligible) {
    const reasons = [...check.pair, ...check.lead, ...check.documenting];
    return fail(transitionError("coordinator_ineligible", reasons));
  }
  return ok({
    ...state,
    // Appointing moves an accepted request on; later it replaces the coordinators in place.
    stage: state.stage === "assessment" ? "coordinators_appointed" : state.stage,
    coordinators: { leadId: event.leadId, documentingId: event.documentingId },
  });
}

export function appointSpokesperson(
  state: CaseState,
  event: Extract<CaseEvent, { type: "appoint_spokesperson" }>,
  context: TransitionContext,
): TransitionResult {
  if (!isNonBlank(event.personId)) return fail(transitionError("person_required"));
  const candidate = person(context, event.personId);
  if (!candidate) return fail(transitionError("facts_missing"));
  const check = checkSpokespersonEligibility(candidate);
  if (!check.eligible) return fail(transitionError("spokesperson_ineligible", check.reasons));
  return ok({ ...state, spokespersonId: event.personId });
}

export function appointContactPerson(
  state: CaseState,
  event: Extract<CaseEvent, { type: "appoint_contact_person" }>,
  context: TransitionContext,
): TransitionResult {
  if (!isNonBlank(event.personId) || !isNonBlank(event.appointedById)) {
    return fail(transitionError("person_required"));
  }
  const candidate = person(context, event.personId);
  const appointer = person(context, event.appointedById);
  if (!candidate || !appointer) return fail(transitionError("facts_missing"));
  const check = checkContactPersonEligibility(candidate, appointer);
  if (!check.eligible) return fail(transitionError("contact_person_ineligible", check.reasons));
  return ok({
    ...state,
    contactPerson: { personId: event.personId, appointedById: event.appointedById },
  });
}
