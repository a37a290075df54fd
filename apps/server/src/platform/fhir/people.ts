// The people and units around a child as FHIR resources, with ids from Kring's own so that a
// professional is the same Practitioner in the plan and in the instrument export.
import { GUARDIAN_ROLE, HSA_ID } from "./terms";
import { ref } from "./ids";

export function practitioner(p: {
  id: string;
  name: string;
  email?: string | null;
  hsaId?: string | null;
}) {
  return {
    resourceType: "Practitioner" as const,
    id: p.id,
    ...(p.hsaId ? { identifier: [{ system: HSA_ID, value: p.hsaId }] } : {}),
    name: [{ text: p.name }],
    ...(p.email ? { telecom: [{ system: "email", value: p.email }] } : {}),
  };
}

export function organization(u: { id: string; name: string; hsaId?: string | null }) {
  return {
    resourceType: "Organization" as const,
    id: u.id,
    ...(u.hsaId ? { identifier: [{ system: HSA_ID, value: u.hsaId }] } : {}),
    name: u.name,
  };
}

export function relatedPerson(g: { id: string; name: string }, patientId: string) {
  return {
    resourceType: "RelatedPerson" as const,
    id: g.id,
    patient: ref(patientId),
    relationship: [{ coding: [GUARDIAN_ROLE], text: GUARDIAN_ROLE.display }],
    name: [{ text: g.name }],
  };
}
