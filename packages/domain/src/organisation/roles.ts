// Professional roles a user holds in a unit (a membership). Case roles such as coordinator are
// separate: they are given per case.
export const PROFESSIONAL_ROLES = [
  "teacher_mentor",
  "principal",
  "school_nurse",
  "school_counsellor",
  "psychologist",
  "special_educator",
  "social_secretary",
  "central_coordinator",
  "parent_advisor",
  "attendance_team",
  "childs_best_lead",
  "leisure_leader",
  "police_officer",
  "physician",
  "association_leader",
  "child_health_nurse",
  "analyst",
  "steering_group",
  "log_reviewer",
  "administrator",
] as const;
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];

export const ROLE_LABELS: Record<ProfessionalRole, { sv: string; en: string }> = {
  teacher_mentor: { sv: "Lärare/mentor", en: "Teacher/mentor" },
  principal: { sv: "Rektor", en: "Principal" },
  school_nurse: { sv: "Skolsköterska", en: "School nurse" },
  school_counsellor: { sv: "Skolkurator", en: "School counsellor" },
  psychologist: { sv: "Psykolog", en: "Psychologist" },
  special_educator: { sv: "Specialpedagog", en: "Special educator" },
  social_secretary: { sv: "Socialsekreterare", en: "Social secretary" },
  central_coordinator: { sv: "Central samordnare", en: "Central coordinator" },
  parent_advisor: { sv: "Föräldrarådgivare", en: "Parent advisor" },
  attendance_team: { sv: "Närvaroteam", en: "Attendance team" },
  childs_best_lead: { sv: "Barnets bästa-ansvarig", en: "Child's-best lead" },
  leisure_leader: { sv: "Fritidsledare", en: "Youth leisure leader" },
  police_officer: { sv: "Polis", en: "Police officer" },
  physician: { sv: "Läkare", en: "Physician" },
  association_leader: { sv: "Föreningsledare", en: "Club or association leader" },
  child_health_nurse: { sv: "BVC-sjuksköterska", en: "Child health nurse (BVC)" },
  analyst: { sv: "Analytiker", en: "Analyst" },
  steering_group: { sv: "Styrgrupp", en: "Steering group" },
  log_reviewer: { sv: "Logggranskare", en: "Access-log reviewer" },
  administrator: { sv: "Administratör", en: "Administrator" },
};

/** Student-health (EHT) roles: the contact person is drawn from these. */
export const STUDENT_HEALTH_ROLES: readonly ProfessionalRole[] = [
  "school_nurse",
  "school_counsellor",
  "psychologist",
  "special_educator",
];
