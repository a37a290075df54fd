// Who may give consent for a child, and how it was given. A child under the tenant's age limit
// cannot consent alone: a guardian with custody (vårdnadshavare) must consent, all of them where
// the tenant requires it. From the limit the child may also consent alone to sharing their own
// information (OSL 12 kap. 3 §; the age is the tenant's choice, 15 by default).

export interface ConsentRules {
  /** From this age (whole years) the child may consent alone. */
  childAloneFromAge: number;
  /** Whether every guardian with custody must consent (not just one) while the child may not. */
  allGuardiansRequired: boolean;
}

export const DEFAULT_CONSENT_RULES: ConsentRules = {
  childAloneFromAge: 15,
  allGuardiansRequired: false,
};

export const CONSENT_METHODS = ["written", "oral", "digital"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export interface ConsentAttempt {
  /** The child's birth date and the day of the consent, both civil dates (YYYY-MM-DD). */
  birthDate: string;
  on: string;
  /** The child's guardians with custody. */
  guardianIds: readonly string[];
  /** Who gives the consent: guardians by id, and whether the child does. */
  givenByGuardianIds: readonly string[];
  byChild: boolean;
  method: ConsentMethod;
  /** The signed form, stored with the case (written consent). */
  documentId?: string | null;
  /** The meeting where it was given orally, named (e.g. "Samtal på skolan 3 december"). */
  meeting?: string | null;
  /**
   * Who records it: a professional, or the family themselves in the family view (a guardian, or
   * the child from the tenant's age).
   */
  recordedBy: "professional" | "guardian" | "child";
}

export type ConsentRefusal =
  | "child_too_young_alone"
  | "all_guardians_required"
  | "not_a_guardian"
  | "no_givers"
  | "document_required"
  | "meeting_required"
  | "digital_only_by_guardian";

export const AGE_UNKNOWN = -1;

/** Whole years from a birth date to a day (civil dates); AGE_UNKNOWN for a date that is not one. */
export function ageOn(birthDate: string, on: string): number {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  if (!b || !d) return AGE_UNKNOWN;
  const [by, bm, bd] = b.slice(1).map(Number) as [number, number, number];
  const [dy, dm, dd] = d.slice(1).map(Number) as [number, number, number];
  const beforeBirthday = dm < bm || (dm === bm && dd < bd);
  const age = dy - by - (beforeBirthday ? 1 : 0);
  return age < 0 ? AGE_UNKNOWN : age;
}

export interface ConsentChoices {
  age: number;
  /** The child may consent alone (and with the guardians). */
  childMayConsentAlone: boolean;
  /** Without the child alone: "one" guardian suffices, or "all" must consent. */
  guardiansNeeded: "one" | "all";
}

/** What the rules allow for this child on this day: shown by the form, enforced by the server. */
export function consentChoices(birthDate: string, on: string, rules: ConsentRules): ConsentChoices {
  const age = ageOn(birthDate, on);
  return {
    age,
    childMayConsentAlone: age !== AGE_UNKNOWN && age >= rules.childAloneFromAge,
    guardiansNeeded: rules.allGuardiansRequired ? "all" : "one",
  };
}

/** Why a consent may not be recorded, or null when it may. Checks givers first, then method. */
export function consentRefusal(
  attempt: ConsentAttempt,
  rules: ConsentRules,
): ConsentRefusal | null {
  const guardians = new Set(attempt.guardianIds);
  const giving = new Set(attempt.givenByGuardianIds);
  if (giving.size === 0 && !attempt.byChild) return "no_givers";
  if ([...giving].some((id) => !guardians.has(id))) return "not_a_guardian";
  const choices = consentChoices(attempt.birthDate, attempt.on, rules);
  if (giving.size === 0 && !choices.childMayConsentAlone) return "child_too_young_alone";
  const childAlone = attempt.byChild && choices.childMayConsentAlone;
  if (!childAlone && choices.guardiansNeeded === "all" && giving.size < guardians.size)
    return "all_guardians_required";
  return methodRefusal(attempt);
}

function methodRefusal(attempt: ConsentAttempt): ConsentRefusal | null {
  switch (attempt.method) {
    case "written":
      return attempt.documentId ? null : "document_required";
    case "oral":
      return attempt.meeting?.trim() ? null : "meeting_required";
    case "digital":
      return attempt.recordedBy !== "professional" ? null : "digital_only_by_guardian";
  }
}
