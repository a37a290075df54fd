// Who must agree to a version of the plan. The plan is the family's: every guardian with custody
// agrees, and the child too from the age the municipality sets in its consent rules (15 by
// default, the age from which a child speaks for themself in social-services matters, SoL 11 kap.
// 10 §). A younger child's
// agreement is welcome and recorded, but not required.
import { addYears, compareCivilDates, type CivilDate } from "../cases/civil-date";

export type AgreementParty = { kind: "guardian"; guardianId: string } | { kind: "child" };

export const DEFAULT_CHILD_AGREEMENT_AGE = 15;

export interface AgreementFacts {
  guardianIds: readonly string[];
  childBirthDate: CivilDate;
  today: CivilDate;
  childAgreementAge?: number;
}

export function childAgreementRequired(facts: AgreementFacts): boolean {
  const age = facts.childAgreementAge ?? DEFAULT_CHILD_AGREEMENT_AGE;
  return compareCivilDates(addYears(facts.childBirthDate, age), facts.today) <= 0;
}

export function requiredParties(facts: AgreementFacts): AgreementParty[] {
  const guardians = [...new Set(facts.guardianIds)].map((guardianId): AgreementParty => ({
    kind: "guardian",
    guardianId,
  }));
  return childAgreementRequired(facts) ? [...guardians, { kind: "child" }] : guardians;
}

export const sameParty = (a: AgreementParty, b: AgreementParty) =>
  a.kind === b.kind && (a.kind === "child" || a.guardianId === (b as typeof a).guardianId);

/** The required parties who have not agreed yet (empty: the version can be agreed). */
export function missingParties(
  required: readonly AgreementParty[],
  given: readonly AgreementParty[],
): AgreementParty[] {
  return required.filter((r) => !given.some((g) => sameParty(r, g)));
}
