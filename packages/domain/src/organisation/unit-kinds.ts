// The kinds of operational unit (verksamhet) that take part in a child's network.
export const UNIT_KINDS = [
  "preschool",
  "school",
  "student_health",
  "social_services",
  "child_psychiatry",
  "primary_care",
  "habilitation",
  "leisure",
  "police",
  "voluntary_organisation",
  "maternity_care",
  "child_health_care",
  "other",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, { sv: string; en: string }> = {
  preschool: { sv: "Förskola", en: "Preschool" },
  school: { sv: "Skola", en: "School" },
  student_health: { sv: "Elevhälsa", en: "Student health" },
  social_services: { sv: "Socialtjänst", en: "Social services" },
  child_psychiatry: { sv: "Barn- och ungdomspsykiatri", en: "Child psychiatry" },
  primary_care: { sv: "Primärvård", en: "Primary care" },
  habilitation: { sv: "Habilitering", en: "Habilitation" },
  leisure: { sv: "Fritid", en: "Leisure" },
  police: { sv: "Polis", en: "Police" },
  voluntary_organisation: {
    sv: "Förening eller ideell organisation",
    en: "Club or voluntary organisation",
  },
  // Kronoberg: the Barnets bästa area runs "från mödravården och fram till att barnet blir myndigt".
  maternity_care: { sv: "Mödravård", en: "Maternity care" },
  child_health_care: { sv: "Barnavårdscentral (BVC)", en: "Child health care (BVC)" },
  other: { sv: "Övrigt", en: "Other" },
};

// Besides the municipality and the region, the network may hold organisations of their own
// (Västbas: "ideella organisationer och föreningar"; SSPF: the police): a state agency such as the
// Swedish Police Authority, or a club or voluntary organisation.
export const ORGANISATION_KINDS = ["municipality", "region", "state_agency", "voluntary"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
