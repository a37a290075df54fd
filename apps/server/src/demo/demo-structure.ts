// The fictional municipality "Kringby" and its region: areas, units of every kind, and the staff
// who log in. Usernames and the shared password are listed in the README. The password is shorter
// than the rules allow (ADR 0014): it is hashed here, never set through them, and only the demo has it.
export const DEMO_PASSWORD = "kring-demo";
export const DEMO_TENANT = { slug: "kringby", name: "Kringby kommun" };
export const DEMO_AREAS = ["Mariehem", "Ersboda", "Holmsund", "Teg"] as const;

/**
 * The organisations units belong to: the municipality (the default), the region, and two outside
 * both, as Västbas and SSPF have them in a network: the police and a sports club.
 */
export const DEMO_ORGANISATIONS = {
  municipality: { name: "Kringby kommun", kind: "municipality" },
  region: { name: "Region Kringland", kind: "region" },
  police: { name: "Polismyndigheten", kind: "state_agency" },
  club: { name: "Kringby IF", kind: "voluntary" },
} as const;
export type DemoOrganisation = keyof typeof DEMO_ORGANISATIONS;

export interface DemoUnit {
  key: string;
  name: string;
  kind: string;
  area?: (typeof DEMO_AREAS)[number];
  organisation?: DemoOrganisation;
}

const perArea = (area: (typeof DEMO_AREAS)[number], key: string): DemoUnit[] => [
  { key: `${key}-school`, name: `${area}skolan`, kind: "school", area },
  { key: `${key}-preschool`, name: `Förskolan ${area}`, kind: "preschool", area },
  { key: `${key}-eht`, name: `Elevhälsan ${area}`, kind: "student_health", area },
  { key: `${key}-leisure`, name: `Fritidsgården ${area}`, kind: "leisure", area },
];

export const DEMO_UNITS: DemoUnit[] = [
  ...perArea("Mariehem", "mariehem"),
  ...perArea("Ersboda", "ersboda"),
  ...perArea("Holmsund", "holmsund"),
  ...perArea("Teg", "teg"),
  // The area runs from birth (Kronoberg): maternity care and child health care of the region.
  {
    key: "mariehem-mvc",
    name: "Barnmorskemottagningen Mariehem",
    kind: "maternity_care",
    area: "Mariehem",
    organisation: "region",
  },
  {
    key: "mariehem-bvc",
    name: "BVC Mariehem",
    kind: "child_health_care",
    area: "Mariehem",
    organisation: "region",
  },
  { key: "ifo", name: "Individ- och familjeomsorgen", kind: "social_services" },
  { key: "central-eht", name: "Central elevhälsa", kind: "student_health" },
  { key: "administration", name: "Kommunledningskontoret", kind: "other" },
  { key: "bup", name: "BUP Kringland", kind: "child_psychiatry", organisation: "region" },
  { key: "vc", name: "Vårdcentralen Kringby", kind: "primary_care", organisation: "region" },
  { key: "hab", name: "Habiliteringen Kringland", kind: "habilitation", organisation: "region" },
  { key: "police", name: "Lokalpolisområde Kringby", kind: "police", organisation: "police" },
  {
    key: "club",
    name: "Kringby IF ungdom",
    kind: "voluntary_organisation",
    organisation: "club",
  },
];

export interface DemoUser {
  username: string;
  displayName: string;
  memberships: [unitKey: string, role: string][];
}

const areaStaff = (area: string, key: string, people: string[]): DemoUser[] => [
  {
    username: `rektor.${key}`,
    displayName: people[0]!,
    memberships: [[`${key}-school`, "principal"]],
  },
  {
    username: `mentor.${key}`,
    displayName: people[1]!,
    memberships: [[`${key}-school`, "teacher_mentor"]],
  },
  {
    username: `mentor2.${key}`,
    displayName: people[2]!,
    memberships: [[`${key}-school`, "teacher_mentor"]],
  },
  {
    username: `skolskoterska.${key}`,
    displayName: people[3]!,
    memberships: [[`${key}-eht`, "school_nurse"]],
  },
  {
    username: `kurator.${key}`,
    displayName: people[4]!,
    memberships: [[`${key}-eht`, "school_counsellor"]],
  },
  {
    username: `specped.${key}`,
    displayName: people[5]!,
    memberships: [[`${key}-eht`, "special_educator"]],
  },
  {
    username: `forskola.${key}`,
    displayName: people[6]!,
    memberships: [[`${key}-preschool`, "teacher_mentor"]],
  },
  {
    username: `fritid.${key}`,
    displayName: `${people[7]!} (${area})`,
    memberships: [[`${key}-leisure`, "leisure_leader"]],
  },
];

export const DEMO_USERS: DemoUser[] = [
  {
    username: "admin",
    displayName: "Agnes Admin",
    memberships: [["administration", "administrator"]],
  },
  {
    username: "analytiker",
    displayName: "Arvid Analys",
    memberships: [["administration", "analyst"]],
  },
  {
    username: "logggranskare",
    displayName: "Lova Logggranskare",
    memberships: [["administration", "log_reviewer"]],
  },
  {
    // The municipality's steering group: a unit outside every area, so the whole municipality.
    username: "styrgrupp",
    displayName: "Stina Styrgrupp",
    memberships: [["administration", "steering_group"]],
  },
  {
    username: "samordnare",
    displayName: "Cecilia Samordnare",
    memberships: [["central-eht", "central_coordinator"]],
  },
  {
    username: "samordnare2",
    displayName: "Carl Koordinator",
    memberships: [["central-eht", "central_coordinator"]],
  },
  {
    username: "samordnare3",
    displayName: "Clara Nätverk",
    memberships: [["central-eht", "central_coordinator"]],
  },
  {
    username: "psykolog",
    displayName: "Petra Psykolog",
    memberships: [["central-eht", "psychologist"]],
  },
  {
    username: "socialsekreterare",
    displayName: "Sara Socialsekreterare",
    memberships: [["ifo", "social_secretary"]],
  },
  {
    username: "socialsekreterare2",
    displayName: "Simon Socialsekreterare",
    memberships: [["ifo", "social_secretary"]],
  },
  {
    username: "narvaroteam",
    displayName: "Nina Närvaro",
    memberships: [
      ["ifo", "attendance_team"],
      ["central-eht", "attendance_team"],
    ],
  },
  {
    username: "narvaroteam2",
    displayName: "Nils Närvaro",
    memberships: [["central-eht", "attendance_team"]],
  },
  {
    username: "foraldraradgivare",
    displayName: "Fia Föräldrarådgivare",
    memberships: [["ifo", "parent_advisor"]],
  },
  {
    // Kronoberg: a Barnets bästa lead per operational area, here Mariehem's (its school).
    username: "barnetsbasta",
    displayName: "Bo Barnetsbästa",
    memberships: [["mariehem-school", "childs_best_lead"]],
  },
  {
    username: "bvc.mariehem",
    displayName: "Britt BVC-sköterska",
    memberships: [["mariehem-bvc", "child_health_nurse"]],
  },
  { username: "bup", displayName: "Berit BUP", memberships: [["bup", "psychologist"]] },
  {
    username: "vardcentral",
    displayName: "Vilhelm Vårdcentral",
    memberships: [["vc", "physician"]],
  },
  {
    username: "habilitering",
    displayName: "Hanna Habilitering",
    memberships: [["hab", "special_educator"]],
  },
  {
    username: "polis",
    displayName: "Pontus Polis",
    memberships: [["police", "police_officer"]],
  },
  {
    username: "forening",
    displayName: "Frida Förening",
    memberships: [["club", "association_leader"]],
  },
  ...areaStaff("Mariehem", "mariehem", [
    "Maria Rektor",
    "Magnus Mentor",
    "Mona Lärare",
    "Mia Skolsköterska",
    "Mats Kurator",
    "Malin Specialpedagog",
    "Moa Förskollärare",
    "Max Fritid",
  ]),
  ...areaStaff("Ersboda", "ersboda", [
    "Erik Rektor",
    "Elin Mentor",
    "Emil Lärare",
    "Ester Skolsköterska",
    "Edvin Kurator",
    "Eva Specialpedagog",
    "Ebba Förskollärare",
    "Egon Fritid",
  ]),
  ...areaStaff("Holmsund", "holmsund", [
    "Hans Rektor",
    "Hedda Mentor",
    "Harald Lärare",
    "Hilda Skolsköterska",
    "Hampus Kurator",
    "Hilma Specialpedagog",
    "Henny Förskollärare",
    "Hugo Fritid",
  ]),
  ...areaStaff("Teg", "teg", [
    "Tove Rektor",
    "Tage Mentor",
    "Tyra Lärare",
    "Tilda Skolsköterska",
    "Tor Kurator",
    "Tua Specialpedagog",
    "Tindra Förskollärare",
    "Tim Fritid",
  ]),
];
