// Facts the eligibility rules look at, and the reasons they give. The caller gathers the facts
// (memberships, the child's social secretaries, mentors and current units); the rules are pure.
import type { ProfessionalRole, UnitKind } from "../organisation";

/** One professional membership: a role held in a unit. */
export interface MembershipFacts {
  unitId: string;
  unitKind: UnitKind;
  role: ProfessionalRole;
  /** Sits on the unit's student-health team (EHT) even if the role is not an EHT role. */
  studentHealthTeam?: boolean;
}

export interface PersonFacts {
  personId: string;
  /** "private": the child's private network (relatives, neighbours, coaches as private persons). */
  kind: "professional" | "private";
  memberships: readonly MembershipFacts[];
}

/** The child's relations that make a professional too close to be coordinator. */
export interface ChildRelations {
  /** Social secretaries assigned to the child (handläggare). */
  socialSecretaryIds: readonly string[];
  /** The child's mentors. */
  mentorIds: readonly string[];
  /** Units where the child is currently enrolled or served (resolved by the caller for today). */
  currentUnitIds: readonly string[];
  /** Who raised the case's request: as close to the child as the mentor (issue 17). */
  raiserIds?: readonly string[];
  /** The unit that raised the request: its staff are as close as the child's own unit's. */
  raisingUnitIds?: readonly string[];
}

export const ELIGIBILITY_MESSAGES = {
  not_professional: {
    en: "A coordinator must be a professional.",
    sv: "En koordinator måste vara yrkesverksam.",
  },
  childs_social_secretary: {
    en: "The child's own social secretary cannot be coordinator.",
    sv: "Barnets egen socialsekreterare kan inte vara koordinator.",
  },
  childs_mentor: {
    en: "The child's mentor cannot be coordinator.",
    sv: "Barnets mentor kan inte vara koordinator.",
  },
  staff_of_childs_unit: {
    en: "Staff of a unit the child attends cannot be coordinator.",
    sv: "Personal i en verksamhet där barnet finns kan inte vara koordinator.",
  },
  raised_the_request: {
    en: "The person who raised the request cannot be coordinator.",
    sv: "Den som gjorde förfrågan kan inte vara koordinator.",
  },
  staff_of_raising_unit: {
    en: "Staff of the unit that raised the request cannot be coordinator.",
    sv: "Personal i den verksamhet som gjorde förfrågan kan inte vara koordinator.",
  },
  same_person: {
    en: "Coordinator 1 and coordinator 2 must be two different people.",
    sv: "Koordinator 1 och koordinator 2 måste vara två olika personer.",
  },
  principal_not_allowed: {
    en: "A principal cannot be contact person (they make authority decisions).",
    sv: "En rektor kan inte vara kontaktperson (rektor fattar beslut i myndighetsutövning).",
  },
  social_secretary_not_allowed: {
    en: "A social secretary cannot be contact person (they make authority decisions).",
    sv: "En socialsekreterare kan inte vara kontaktperson (fattar beslut i myndighetsutövning).",
  },
  not_student_health: {
    en: "The contact person must come from the student-health team (EHT).",
    sv: "Kontaktpersonen ska komma från elevhälsoteamet (EHT).",
  },
  appointer_not_principal: {
    en: "The contact person is appointed by a principal.",
    sv: "Kontaktpersonen utses av rektor.",
  },
  professional_not_allowed: {
    en: "The spokesperson must come from the child's private network, not be a professional.",
    sv: "Språkröret ska komma från barnets privata nätverk, inte vara yrkesverksam.",
  },
} as const satisfies Record<string, { en: string; sv: string }>;

export type EligibilityCode = keyof typeof ELIGIBILITY_MESSAGES;

export interface EligibilityReason {
  code: EligibilityCode;
  messageEn: string;
  messageSv: string;
  /** The units concerned, for `staff_of_childs_unit` and `staff_of_raising_unit`. */
  unitIds?: string[];
}

export interface EligibilityResult {
  eligible: boolean;
  reasons: EligibilityReason[];
}

export function reason(code: EligibilityCode, unitIds?: string[]): EligibilityReason {
  const m = ELIGIBILITY_MESSAGES[code];
  return unitIds
    ? { code, messageEn: m.en, messageSv: m.sv, unitIds }
    : { code, messageEn: m.en, messageSv: m.sv };
}

export function result(reasons: EligibilityReason[]): EligibilityResult {
  return { eligible: reasons.length === 0, reasons };
}
