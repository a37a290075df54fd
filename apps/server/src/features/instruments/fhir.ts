// FHIR R4 export of answered forms: the child, who answered, each form's Questionnaire, a
// QuestionnaireResponse with the raw answers and one Observation per score, derived from it.
// Ids, systems and codes follow ADR 0029 and docs/fhir.md.
import type { FormDefinition, InstrumentAnswers, InstrumentScores } from "@kring/contracts";
import { type FhirChild, fhirPatient } from "../children/child-fhir";
import { derivedUuid, entry, ref } from "../../platform/fhir/ids";
import { practitioner, relatedPerson } from "../../platform/fhir/people";
import {
  HL7,
  coding,
  instrumentScoreCoding,
  interpretation,
  score,
} from "../../platform/fhir/terms";
import { answerItems, questionnaire, questionnaireCanonical } from "./fhir-questionnaire";

type Resource = { id: string; resourceType: string } & Record<string, unknown>;

/** Who gave the answers or typed them in: the child, a guardian or a professional. */
export type FhirPerson =
  | { kind: "child" }
  | { kind: "guardian"; id: string; name: string }
  | { kind: "professional"; id: string; name: string; email: string | null };

export interface ExportedResponse {
  id: string;
  instrument: string;
  informant: string;
  version: string;
  submittedAt: Date;
  answers: InstrumentAnswers;
  scores: InstrumentScores;
  form: FormDefinition;
  /** Who answered. */
  source: FhirPerson;
  /** Who entered the answers: the respondent, or a professional transcribing a paper form. */
  author: FhirPerson;
}

const SURVEY = coding(HL7.observationCategory, "survey", "Survey");
const UNKNOWN = coding(HL7.dataAbsentReason, "unknown", "Unknown");

function observations(r: ExportedResponse, subject: object, performer: object): Resource[] {
  const s = r.scores;
  const entries: [string, number | null, string | null][] =
    s.instrument === "sdq"
      ? Object.entries(s.scores).map(([k, v]) => [k, v, s.bands3[k] ?? null])
      : [["total", s.total, s.flagged ? "flagged" : "not-flagged"]];
  return entries.map(([key, value, band]) => {
    const code = instrumentScoreCoding(`${r.instrument}-${r.informant}-${key}`);
    return {
      resourceType: "Observation",
      id: derivedUuid(r.id, key),
      status: "final",
      category: [{ coding: [SURVEY], text: SURVEY.display }],
      code: { coding: [code], text: code.display },
      subject,
      effectiveDateTime: r.submittedAt.toISOString(),
      performer: [performer],
      derivedFrom: [ref(r.id)],
      ...(value === null
        ? { dataAbsentReason: { coding: [UNKNOWN], text: UNKNOWN.display } }
        : { valueQuantity: score(value) }),
      ...(band && value !== null ? { interpretation: interpretation(band, key) } : {}),
      ...(s.instrument !== "sdq" ? { referenceRange: [{ low: score(s.threshold) }] } : {}),
    };
  });
}

/** A collection Bundle: the child, the people who answered, the forms, each response and its scores. */
export function fhirBundle(child: FhirChild, responses: ExportedResponse[]) {
  const patient = fhirPatient(child);
  const people = new Map<string, Resource>();
  const person = (p: FhirPerson) => {
    if (p.kind === "child") return ref(patient.id);
    if (!people.has(p.id))
      people.set(p.id, p.kind === "guardian" ? relatedPerson(p, patient.id) : practitioner(p));
    return { ...ref(p.id), display: p.name };
  };
  const forms = new Map<string, Resource>();
  const answered = responses.flatMap((r) => {
    const q = questionnaireCanonical(r.form);
    if (!forms.has(q.canonical)) forms.set(q.canonical, questionnaire(r.form));
    const source = person(r.source);
    const response = {
      resourceType: "QuestionnaireResponse",
      id: r.id,
      questionnaire: q.canonical,
      status: "completed",
      subject: ref(patient.id),
      authored: r.submittedAt.toISOString(),
      author: person(r.author),
      source,
      item: answerItems(r.form, r.answers),
    };
    return [response, ...observations(r, ref(patient.id), source)];
  });
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: new Date().toISOString(),
    entry: [patient, ...people.values(), ...forms.values(), ...answered].map((r) => entry(r)),
  };
}
