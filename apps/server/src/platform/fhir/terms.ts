// The code systems, identifier systems and canonical URLs every FHIR export uses (ADR 0029,
// docs/fhir.md). One place, so the plan and the instrument exports name things alike.
import { CASE_ROLE_LABELS, type CaseRole } from "@kring/domain/cases";

/** Kring's canonical base: its own code systems and Questionnaires live under it. */
export const KRING_FHIR = "https://kring.se/fhir";
export const KRING_CODES = {
  instrumentScore: `${KRING_FHIR}/CodeSystem/instrument-score`,
  instrumentBand: `${KRING_FHIR}/CodeSystem/instrument-band`,
  careTeamRole: `${KRING_FHIR}/CodeSystem/care-team-role`,
  problem: `${KRING_FHIR}/CodeSystem/problem`,
} as const;
export const KRING_IDENTIFIERS = { plan: `${KRING_FHIR}/identifier/plan` } as const;

// HL7 Sweden's identifier systems for the person: personnummer and samordningsnummer.
export const PERSONNUMMER = "http://electronichealth.se/identifier/personnummer";
export const SAMORDNINGSNUMMER = "http://electronichealth.se/identifier/samordningsnummer";
/** HSA-id, the Swedish health and social care directory's id for people and units. */
export const HSA_ID = "urn:oid:1.2.752.29.4.19";

export const HL7 = {
  confidentiality: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
  roleCode: "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
  interpretation: "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  dataAbsentReason: "http://terminology.hl7.org/CodeSystem/data-absent-reason",
  goalAchievement: "http://terminology.hl7.org/CodeSystem/goal-achievement",
  issueType: "http://hl7.org/fhir/issue-type",
  ucum: "http://unitsofmeasure.org",
} as const;

export interface Coding {
  system: string;
  code: string;
  display: string;
}
export const coding = (system: string, code: string, display: string): Coding => ({
  system,
  code,
  display,
});

/** The personnummer or, with the day plus 60, the samordningsnummer system. */
export function personIdentifier(personalNumber: string) {
  const coordination = Number(personalNumber.slice(6, 8)) > 60;
  return { system: coordination ? SAMORDNINGSNUMMER : PERSONNUMMER, value: personalNumber };
}

/** A score has no physical unit: UCUM's annotation `{score}`. */
export const score = (value: number) => ({
  value,
  unit: "score",
  system: HL7.ucum,
  code: "{score}",
});

// ---- Kring's code systems, every code with its display (listed in docs/fhir.md) ----

export const INFORMANT_DISPLAY: Record<string, string> = {
  parent: "parent report",
  teacher: "teacher report",
  self: "self-report",
};
const SDQ_SCALE_DISPLAY: Record<string, string> = {
  emotional: "emotional symptoms",
  conduct: "conduct problems",
  hyperactivity: "hyperactivity/inattention",
  peer: "peer relationship problems",
  prosocial: "prosocial behaviour",
  total: "total difficulties",
  externalising: "externalising",
  internalising: "internalising",
  impact: "impact",
};
export const SDQ_SCALES = Object.keys(SDQ_SCALE_DISPLAY);
const VAS_DISPLAY: Record<string, string> = {
  ors: "Outcome Rating Scale (ORS/CORS)",
  srs: "Session Rating Scale (SRS/CSRS)",
};
/** Every score code: sdq-{informant}-{scale}, ors-{informant}-total, srs-{informant}-total. */
export const INSTRUMENT_SCORE_CODES: Coding[] = [
  ...["parent", "teacher", "self"].flatMap((informant) =>
    SDQ_SCALES.map((scale) =>
      coding(
        KRING_CODES.instrumentScore,
        `sdq-${informant}-${scale}`,
        `SDQ ${INFORMANT_DISPLAY[informant]}: ${SDQ_SCALE_DISPLAY[scale]} score`,
      ),
    ),
  ),
  ...["ors", "srs"].flatMap((instrument) =>
    ["parent", "self"].map((informant) =>
      coding(
        KRING_CODES.instrumentScore,
        `${instrument}-${informant}-total`,
        `${VAS_DISPLAY[instrument]} ${INFORMANT_DISPLAY[informant]}: total score`,
      ),
    ),
  ),
];
export function instrumentScoreCoding(code: string): Coding {
  return (
    INSTRUMENT_SCORE_CODES.find((c) => c.code === code) ??
    coding(KRING_CODES.instrumentScore, code, code)
  );
}

/** Kring's bands: the SDQ 3-band categories and the ORS/SRS cut-off flag. */
export const INSTRUMENT_BANDS: Coding[] = [
  coding(KRING_CODES.instrumentBand, "normal", "Normal (close to average)"),
  coding(KRING_CODES.instrumentBand, "borderline", "Borderline"),
  coding(KRING_CODES.instrumentBand, "abnormal", "Abnormal (high need)"),
  coding(KRING_CODES.instrumentBand, "flagged", "Under the cut-off"),
  coding(KRING_CODES.instrumentBand, "not-flagged", "At or over the cut-off"),
];

/**
 * A band as HL7 ObservationInterpretation: normal is N; an SDQ borderline score is H (for
 * prosocial, where low is the concern, L); abnormal is A; an ORS/SRS total under its cut-off is L.
 */
export function interpretation(band: string, scale: string) {
  const hl7 =
    band === "normal" || band === "not-flagged"
      ? coding(HL7.interpretation, "N", "Normal")
      : band === "abnormal"
        ? coding(HL7.interpretation, "A", "Abnormal")
        : band === "flagged" || scale === "prosocial"
          ? coding(HL7.interpretation, "L", "Low")
          : coding(HL7.interpretation, "H", "High");
  const kring = INSTRUMENT_BANDS.find((b) => b.code === band)!;
  return [{ coding: [hl7, kring], text: kring.display }];
}

/** The roles in a case's network, from the case's own role names. */
export const CARE_TEAM_ROLES: Coding[] = Object.entries(CASE_ROLE_LABELS).map(([code, label]) =>
  coding(KRING_CODES.careTeamRole, code, label.sv),
);
export function careTeamRole(role: string) {
  const known = CARE_TEAM_ROLES.find((c) => c.code === role);
  const label = CASE_ROLE_LABELS[role as CaseRole]?.sv ?? role;
  return { coding: known ? [known] : [], text: label };
}
export const GUARDIAN_ROLE = coding(HL7.roleCode, "GUARD", "guardian");
