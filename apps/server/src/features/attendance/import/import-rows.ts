/**
 * What an import writes, whichever format it came in: SS 12000 records and CSV lines are both
 * turned into these rows, and one sink (import-batch.ts) writes them.
 */

/** Where a row came from, for error reports: file, line (JSON lines, CSV) or JSON path. */
export interface Origin {
  file: string;
  line: number | null;
  path: string | null;
}

export interface SchoolRow {
  kind: "school";
  ext: string;
  name: string;
}

export interface Enrolment {
  schoolExt: string;
  schoolYear: number | null;
  from: string;
  to: string | null;
  /** CSV: enrol only when the pupil is not already enrolled at the school on that date. */
  ensureOnly?: boolean;
}

export interface PupilRow {
  kind: "pupil";
  ext: string;
  personalNumber: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  /** Null: the source does not say (CSV), so Kring's value is kept. */
  protectedIdentity: boolean | null;
  enrolments: Enrolment[];
  /**
   * The responsible adults by external id (SS 12000 responsibles), and whether each has custody:
   * relationType "Vårdnadshavare" has, "Annan ansvarig", "God man" and "Utsedd behörig" have not.
   */
  responsibles: Responsible[];
  /** SS 12000: dead or emigrated, off the staircase (true) or active (false); CSV: not said. */
  gone?: boolean;
}

export interface Responsible {
  personExt: string;
  custody: boolean;
}

/** Someone who is not a pupil: a guardian if a pupil names them, otherwise staff. */
export interface PersonRow {
  kind: "person";
  ext: string;
  personalNumber: string | null;
  givenName: string;
  familyName: string;
  protectedIdentity: boolean;
  phone: string | null;
  email: string | null;
  /** Every e-mail address and eduPersonPrincipalName, to find the person's Kring account. */
  logins: string[];
}

export interface GroupRow {
  kind: "group";
  ext: string;
  name: string;
  groupType: string;
  schoolExt: string;
  members: { personExt: string; from: string | null; to: string | null }[];
  /** SS 12000 sends whole groups; a CSV file only names the pupils it has lines for. */
  replaceMembers: boolean;
}

export interface MentorRow {
  kind: "mentor";
  groupExt: string;
  personExt: string;
  from: string | null;
  to: string | null;
}

/** A CSV mentor is named by Kring username or e-mail instead of an SS 12000 person. */
export interface CsvMentorRow {
  kind: "csv_mentor";
  groupExt: string;
  login: string;
}

export interface EventRow {
  kind: "event";
  ext: string;
  date: string;
  minutes: number;
}

export interface LessonRow {
  kind: "lesson";
  ext: string;
  pupilExt: string;
  /** SS 12000 refers to a calendar event; CSV gives the date and minutes itself. */
  eventExt: string | null;
  date: string | null;
  scheduled: number | null;
  present: number;
  valid: number;
  invalid: number;
}

export interface AbsenceRow {
  kind: "absence";
  ext: string;
  pupilExt: string;
  startsAt: string;
  endsAt: string;
  absenceKind: "leave" | "reported";
}

export type ImportRow =
  | SchoolRow
  | PupilRow
  | PersonRow
  | GroupRow
  | MentorRow
  | CsvMentorRow
  | EventRow
  | LessonRow
  | AbsenceRow;

export type RowKind = ImportRow["kind"];
