import { HL7, coding, personIdentifier } from "../../platform/fhir/terms";

/**
 * How every FHIR export (plan, instruments) shows a child with protected identity: the Patient
 * is marked restricted (HL7 v3 Confidentiality "R") and carries no personal identity number,
 * whoever exports it; the receiver gets the content, not a way to find the person (ADR 0016).
 */
export function fhirPatientIdentity<I>(protectedIdentity: boolean, identifier: I) {
  return protectedIdentity
    ? { meta: { security: [coding(HL7.confidentiality, "R", "restricted")] } }
    : { identifier };
}

export interface FhirChild {
  id: string;
  personal_number: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  protected_identity: boolean;
}

/** The child as the same Patient in every export: Kring's child id, HL7 Sweden's number system. */
export function fhirPatient(child: FhirChild) {
  return {
    resourceType: "Patient" as const,
    id: child.id,
    ...fhirPatientIdentity(child.protected_identity, [personIdentifier(child.personal_number)]),
    name: [{ family: child.family_name, given: [child.given_name] }],
    birthDate: child.birth_date,
  };
}
