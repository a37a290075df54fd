// FHIR R4 export of answered forms: a QuestionnaireResponse with the raw answers and one
// Observation per score, derived from it. Item texts are neutral labels, never licensed wording.
import { createHash } from "node:crypto";
import type { InstrumentAnswers, InstrumentScores } from "@kring/contracts";
import { fhirPatientIdentity } from "../children/child-fhir";

type Resource = Record<string, unknown>;
export interface ExportedResponse {
  id: string;
  instrument: string;
  informant: string;
  version: string;
  submittedAt: Date;
  answers: InstrumentAnswers;
  scores: InstrumentScores;
}
export interface ExportedChild {
  id: string;
  personalNumber: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  protectedIdentity: boolean;
}

const KRING = "urn:kring:fhir";
// Swedish personal identity numbers; coordination numbers (day + 60) have their own OID.
const PERSONNUMMER = "urn:oid:1.2.752.129.2.1.3.1";
const SAMORDNINGSNUMMER = "urn:oid:1.2.752.129.2.1.3.3";

/** A stable UUID per response and score, so a re-export updates rather than duplicates. */
function derivedUuid(...parts: string[]): string {
  const h = createHash("sha256").update(parts.join(":")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function patient(child: ExportedChild): Resource {
  const coordination = Number(child.personalNumber.slice(6, 8)) > 60;
  return {
    resourceType: "Patient",
    id: child.id,
    ...fhirPatientIdentity(child.protectedIdentity, [
      { system: coordination ? SAMORDNINGSNUMMER : PERSONNUMMER, value: child.personalNumber },
    ]),
    name: [{ family: child.familyName, given: [child.givenName] }],
    birthDate: child.birthDate,
  };
}

function answerItems(a: InstrumentAnswers): Resource[] {
  if ("answers" in a) {
    const items: Resource[] = a.answers.map((v, i) => ({
      linkId: String(i + 1),
      text: `SDQ item ${i + 1}`,
      ...(v === null ? {} : { answer: [{ valueInteger: v }] }),
    }));
    items.push({ linkId: "no-difficulties", answer: [{ valueBoolean: a.noDifficulties }] });
    // The overall question, 0 no to 3 severe difficulties, when it was answered.
    if (a.difficulties !== null && a.difficulties !== undefined)
      items.push({ linkId: "difficulties", answer: [{ valueInteger: a.difficulties }] });
    (a.impact ?? []).forEach((v, i) => {
      if (v !== null) items.push({ linkId: `impact-${i + 1}`, answer: [{ valueInteger: v }] });
    });
    return items;
  }
  return Object.entries(a.items).map(([key, value]) => ({
    linkId: key,
    text: key,
    answer: [{ valueDecimal: value }],
  }));
}

function observations(r: ExportedResponse, subject: Resource): Resource[] {
  const s = r.scores;
  const entries: [string, number | null, string | null][] =
    s.instrument === "sdq"
      ? Object.entries(s.scores).map(([k, v]) => [k, v, s.bands3[k] ?? null])
      : [["total", s.total, s.flagged ? "flagged" : "not-flagged"]];
  return entries.map(([key, value, band]) => {
    const code = `${r.instrument}-${r.informant}-${key}`;
    return {
      resourceType: "Observation",
      id: derivedUuid(r.id, key),
      status: "final",
      category: [
        {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/observation-category",
              code: "survey",
            },
          ],
        },
      ],
      code: { coding: [{ system: `${KRING}/instrument-score`, code }], text: code },
      subject,
      effectiveDateTime: r.submittedAt.toISOString(),
      derivedFrom: [{ reference: `urn:uuid:${r.id}` }],
      ...(value === null
        ? {
            dataAbsentReason: {
              coding: [
                {
                  system: "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                  code: "unknown",
                },
              ],
            },
          }
        : s.instrument === "sdq"
          ? { valueInteger: value }
          : { valueQuantity: { value, unit: "points" } }),
      ...(band ? { interpretation: [{ coding: [{ system: `${KRING}/band`, code: band }] }] } : {}),
      ...(s.instrument !== "sdq" ? { referenceRange: [{ low: { value: s.threshold } }] } : {}),
    };
  });
}

/** A collection Bundle: the child, then each response followed by its scores. */
export function fhirBundle(child: ExportedChild, responses: ExportedResponse[]): Resource {
  const subject = { reference: `urn:uuid:${child.id}` };
  const entry = (resource: Resource) => ({ fullUrl: `urn:uuid:${String(resource.id)}`, resource });
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: new Date().toISOString(),
    entry: [
      entry(patient(child)),
      ...responses.flatMap((r) => [
        entry({
          resourceType: "QuestionnaireResponse",
          id: r.id,
          questionnaire: `${KRING}/Questionnaire/${r.instrument}-${r.informant}-${r.version}`,
          status: "completed",
          subject,
          authored: r.submittedAt.toISOString(),
          item: answerItems(r.answers),
        }),
        ...observations(r, subject).map(entry),
      ]),
    ],
  };
}
