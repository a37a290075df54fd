// Roles given per case (a person's professional role in a unit is separate: see organisation).

export const CASE_ROLES = [
  "coordinator_lead",
  "coordinator_documenting",
  "contact_person",
  "spokesperson",
  "project_leader",
  "participant",
] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

export const CASE_ROLE_LABELS: Record<CaseRole, { sv: string; en: string }> = {
  coordinator_lead: {
    sv: "Koordinator 1 (leder processen)",
    en: "Coordinator 1 (leads the process)",
  },
  coordinator_documenting: { sv: "Koordinator 2 (dokumenterar)", en: "Coordinator 2 (documents)" },
  contact_person: { sv: "Kontaktperson", en: "Contact person" },
  spokesperson: { sv: "Barnets språkrör", en: "Child's spokesperson" },
  project_leader: { sv: "Projektledare", en: "Project leader" },
  participant: { sv: "Deltagare", en: "Participant" },
};
