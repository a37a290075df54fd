const CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

/**
 * How every FHIR export (plan, instruments) shows a child with protected identity: the Patient
 * is marked restricted (HL7 v3 Confidentiality "R") and carries no personal identity number,
 * whoever exports it; the receiver gets the content, not a way to find the person (ADR 0016).
 */
export function fhirPatientIdentity<I>(protectedIdentity: boolean, identifier: I) {
  return protectedIdentity
    ? { meta: { security: [{ system: CONFIDENTIALITY, code: "R", display: "restricted" }] } }
    : { identifier };
}
