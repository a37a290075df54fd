// Consent asked of the family in the family view: each guardian with custody (and the child from
// the tenant's age) answers from their own account. The same rules as for a consent a
// professional records decide when the answers suffice (givers.ts), so the family view can never
// accept what the professional form would refuse.
import { type ConsentRules, consentChoices, consentRefusal } from "./givers";

export interface FamilyAnswer {
  /** A guardian by id, or the child (null). */
  guardianId: string | null;
  answer: "given" | "refused";
}

export type DigitalConsentOutcome =
  | { status: "given"; givenByGuardianIds: string[]; byChild: boolean }
  | { status: "refused" }
  | { status: "waiting"; waitingForGuardianIds: string[]; childMayAnswer: boolean };

/**
 * What the answers so far amount to. The first refusal closes the question: the network then
 * talks with the family rather than asking again at once. Otherwise consent is given as soon as
 * those who gave it satisfy the tenant's rules; until then it waits for the others.
 */
export function digitalConsentOutcome(
  child: { birthDate: string; on: string; guardianIds: readonly string[] },
  answers: readonly FamilyAnswer[],
  rules: ConsentRules,
): DigitalConsentOutcome {
  if (answers.some((a) => a.answer === "refused")) return { status: "refused" };
  const givenByGuardianIds = answers.flatMap((a) => (a.guardianId ? [a.guardianId] : []));
  const byChild = answers.some((a) => a.guardianId === null);
  const refusal = consentRefusal(
    {
      birthDate: child.birthDate,
      on: child.on,
      guardianIds: child.guardianIds,
      givenByGuardianIds,
      byChild,
      method: "digital",
      recordedBy: "guardian",
    },
    rules,
  );
  if (refusal === null) return { status: "given", givenByGuardianIds, byChild };
  const childMayAnswer = consentChoices(child.birthDate, child.on, rules).childMayConsentAlone;
  return {
    status: "waiting",
    waitingForGuardianIds: child.guardianIds.filter((id) => !givenByGuardianIds.includes(id)),
    childMayAnswer: childMayAnswer && !byChild,
  };
}

/**
 * Whether those who can answer in the family view (guardians with an account, the child with an
 * account) could give a consent the rules accept at all: otherwise asking is pointless.
 */
export function familyCanConsent(
  child: { birthDate: string; on: string; guardianIds: readonly string[] },
  reachable: { guardianIds: readonly string[]; child: boolean },
  rules: ConsentRules,
): boolean {
  const childAlone = consentChoices(child.birthDate, child.on, rules).childMayConsentAlone;
  if (reachable.guardianIds.length === 0 && !(reachable.child && childAlone)) return false;
  return (
    consentRefusal(
      {
        birthDate: child.birthDate,
        on: child.on,
        guardianIds: child.guardianIds,
        givenByGuardianIds: reachable.guardianIds,
        byChild: reachable.child && childAlone,
        method: "digital",
        recordedBy: "guardian",
      },
      rules,
    ) === null
  );
}
