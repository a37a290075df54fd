// Contact person and spokesperson (Västbas roles).
import type { ProfessionalRole, UnitKind } from "../organisation";
import { STUDENT_HEALTH_ROLES } from "../organisation";
import {
  reason,
  result,
  type EligibilityReason,
  type EligibilityResult,
  type MembershipFacts,
  type PersonFacts,
} from "./eligibility-types";

/** Units whose student-health team the contact person can come from. */
export const CONTACT_PERSON_UNIT_KINDS: readonly UnitKind[] = ["student_health", "school"];

const AUTHORITY_ROLES: readonly ProfessionalRole[] = ["principal", "social_secretary"];

function isStudentHealthMembership(m: MembershipFacts): boolean {
  if (!CONTACT_PERSON_UNIT_KINDS.includes(m.unitKind)) return false;
  if (AUTHORITY_ROLES.includes(m.role)) return false;
  return STUDENT_HEALTH_ROLES.includes(m.role) || m.studentHealthTeam === true;
}

/**
 * The contact person comes from the student-health team (a school nurse, counsellor, psychologist,
 * special educator, or another EHT member, in a student-health or school unit), is never a
 * principal or a social secretary (in any unit: they make authority decisions), and is appointed
 * by a principal.
 */
export function checkContactPersonEligibility(
  candidate: PersonFacts,
  appointedBy: PersonFacts,
): EligibilityResult {
  const reasons: EligibilityReason[] = [];
  const roles = new Set(candidate.memberships.map((m) => m.role));
  if (roles.has("principal")) reasons.push(reason("principal_not_allowed"));
  if (roles.has("social_secretary")) reasons.push(reason("social_secretary_not_allowed"));
  if (candidate.kind !== "professional" || !candidate.memberships.some(isStudentHealthMembership)) {
    reasons.push(reason("not_student_health"));
  }
  const appointerIsPrincipal =
    appointedBy.kind === "professional" &&
    appointedBy.memberships.some((m) => m.role === "principal");
  if (!appointerIsPrincipal) reasons.push(reason("appointer_not_principal"));
  return result(reasons);
}

/** The child's spokesperson is a person from the private network, never a professional. */
export function checkSpokespersonEligibility(candidate: PersonFacts): EligibilityResult {
  return result(candidate.kind === "private" ? [] : [reason("professional_not_allowed")]);
}
