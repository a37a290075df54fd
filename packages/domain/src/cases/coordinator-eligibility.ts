// Coordinators must be as free as possible from the case (Västbas): not the child's own social
// secretary, not the child's mentor, not staff in any unit the child currently attends; and not the
// person who raised the request nor staff of the unit that raised it, who are as close (issue 17).
import {
  reason,
  result,
  type ChildRelations,
  type EligibilityReason,
  type EligibilityResult,
  type PersonFacts,
} from "./eligibility-types";

export function checkCoordinatorEligibility(
  candidate: PersonFacts,
  child: ChildRelations,
): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  if (candidate.kind !== "professional") reasons.push(reason("not_professional"));
  if (child.socialSecretaryIds.includes(candidate.personId)) {
    reasons.push(reason("childs_social_secretary"));
  }
  if (child.mentorIds.includes(candidate.personId)) reasons.push(reason("childs_mentor"));
  const shared = [
    ...new Set(
      candidate.memberships
        .map((m) => m.unitId)
        .filter((unitId) => child.currentUnitIds.includes(unitId)),
    ),
  ].sort();
  if (shared.length > 0) reasons.push(reason("staff_of_childs_unit", shared));
  if (child.raiserIds?.includes(candidate.personId)) reasons.push(reason("raised_the_request"));
  const raising = [
    ...new Set(
      candidate.memberships
        .map((m) => m.unitId)
        .filter((unitId) => child.raisingUnitIds?.includes(unitId) && !shared.includes(unitId)),
    ),
  ].sort();
  if (raising.length > 0) reasons.push(reason("staff_of_raising_unit", raising));
  return result(reasons);
}

/** The two coordinators of a case must be two different people. */
export function checkCoordinatorPair(leadId: string, documentingId: string): EligibilityResult {
  return result(leadId === documentingId ? [reason("same_person")] : []);
}

export interface CoordinatorAppointmentCheck {
  eligible: boolean;
  lead: EligibilityReason[];
  documenting: EligibilityReason[];
  pair: EligibilityReason[];
}

/** Both candidates and the pair rule at once. */
export function checkCoordinatorAppointment(
  lead: PersonFacts,
  documenting: PersonFacts,
  child: ChildRelations,
): CoordinatorAppointmentCheck {
  const l = checkCoordinatorEligibility(lead, child).reasons;
  const d = checkCoordinatorEligibility(documenting, child).reasons;
  const p = checkCoordinatorPair(lead.personId, documenting.personId).reasons;
  return { eligible: l.length + d.length + p.length === 0, lead: l, documenting: d, pair: p };
}
