import { parsePersonalNumber } from "@kring/domain";
import { isIsoDate } from "@kring/domain/attendance";
import type { ImportRow } from "../import-rows";
import { stableUuid } from "../stable-uuid";
import { CSV_COLUMNS, type ColumnIndex, type CsvColumn } from "./csv-columns";
import { csvGuardians } from "./csv-guardians";

export interface CsvProblem {
  column: string;
  code: string;
  message: string;
  messageSv: string;
}

/** The school units of the tenant by name (lower case), to which CSV lines must belong. */
export type SchoolsByName = Map<string, string>;

/** The unit itself stands in for an SS 12000 school id in the external references. */
export const unitExt = (unitId: string) => `kring-unit:${unitId}`;

/** A stable id for a CSV line's lesson, so that sending the line again replaces it. */
export const lessonExt = (personalNumber: string, date: string, lesson: string) =>
  stableUuid(`csv-lesson|${personalNumber}|${date}|${lesson}`);

const problem = (column: string, code: string, en: string, sv: string) => ({
  problem: { column, code, message: en, messageSv: sv },
});

function minutes(text: string): number | null {
  return /^\d{1,4}$/.test(text) ? Number(text) : null;
}

/** Text columns: a line break or a replacement character inside one is never a real value. */
const TEXT_COLUMNS: CsvColumn[] = [
  "givenName",
  "familyName",
  "school",
  "group",
  "mentor",
  "lesson",
];
const MINUTE_COLUMNS: CsvColumn[] = ["scheduled", "valid", "invalid", "present"];

export function mapCsvLine(
  fields: string[],
  index: ColumnIndex,
  schools: SchoolsByName,
  /** The header line as in the file, so that messages name a column as the user wrote it. */
  header: string[] = [],
): { rows: ImportRow[] } | { problem: CsvProblem } {
  const get = (c: CsvColumn) => (index[c] === undefined ? "" : (fields[index[c]] ?? "").trim());
  const name = (c: CsvColumn) =>
    (index[c] === undefined ? undefined : header[index[c]]?.trim()) || CSV_COLUMNS[c].header;
  for (const c of TEXT_COLUMNS) {
    if (/[\r\n]/.test(get(c))) {
      // A quoted field that runs over a line break: usually a stray quote in the file. Kept,
      // the break would end up inside a name on letters and lists.
      return problem(
        name(c),
        "line_break_in_field",
        "contains a line break (a quoted field that runs over several lines); remove the break or the stray quote",
        "innehåller en radbrytning (ett fält inom citattecken som löper över flera rader); ta bort radbrytningen eller det överblivna citattecknet",
      );
    }
    if (get(c).includes("\uFFFD")) {
      return problem(
        name(c),
        "replacement_character",
        "contains the replacement character � (the text was damaged by an earlier conversion); correct it at the source",
        "innehåller ersättningstecknet � (texten skadades vid en tidigare konvertering); rätta den i källan",
      );
    }
  }
  const parsed = parsePersonalNumber(get("personalNumber"));
  if (!parsed) {
    return problem(
      name("personalNumber"),
      "invalid_personal_number",
      "not a valid personal or coordination number (12 digits, check digit); format the column as text in Excel",
      "inte ett giltigt person- eller samordningsnummer (12 siffror, kontrollsiffra); formatera kolumnen som text i Excel",
    );
  }
  const [given, family] = [get("givenName"), get("familyName")];
  if (!given || !family) {
    return problem(
      name(given ? "familyName" : "givenName"),
      "missing_name",
      "first and last name are required",
      "förnamn och efternamn krävs",
    );
  }
  const unitId = schools.get(get("school").toLowerCase());
  if (!unitId) {
    return problem(
      name("school"),
      "unknown_school",
      "no school unit with this name in Kring (add it under Organisation first)",
      "ingen skolenhet med det namnet i Kring (lägg till den under Organisation först)",
    );
  }
  const date = get("date");
  if (!isIsoDate(date)) {
    return problem(
      name("date"),
      "invalid_date",
      "must be a date YYYY-MM-DD",
      "måste vara ett datum ÅÅÅÅ-MM-DD",
    );
  }
  const [scheduled, valid, invalid] = [
    minutes(get("scheduled")),
    minutes(get("valid")),
    minutes(get("invalid")),
  ];
  const presentText = get("present");
  const present = presentText === "" ? null : minutes(presentText);
  const bad = MINUTE_COLUMNS.find(
    (c) => minutes(get(c)) === null && !(c === "present" && presentText === ""),
  );
  if (bad || scheduled === null || valid === null || invalid === null) {
    const decimal = /^\d+[,.]\d+$/.test(get(bad!));
    return problem(
      name(bad!),
      "invalid_minutes",
      decimal
        ? "must be whole minutes from 0 to 9999, without decimals (not 60,0 but 60)"
        : "must be whole minutes from 0 to 9999",
      decimal
        ? "måste vara hela minuter från 0 till 9999, utan decimaler (inte 60,0 utan 60)"
        : "måste vara hela minuter från 0 till 9999",
    );
  }
  if (valid + invalid > scheduled) {
    return problem(
      name("valid"),
      "absence_over_schedule",
      "valid and invalid absence together exceed the scheduled minutes",
      "giltig och ogiltig frånvaro är tillsammans mer än den schemalagda tiden",
    );
  }
  const guardians = csvGuardians(get, name);
  if ("problem" in guardians) return guardians;
  const pupilExt = parsed.value;
  const school = unitExt(unitId);
  const rows: ImportRow[] = [
    {
      kind: "pupil",
      ext: pupilExt,
      personalNumber: parsed.value,
      givenName: given,
      familyName: family,
      birthDate: parsed.birthDate,
      protectedIdentity: null,
      enrolments: [{ schoolExt: school, schoolYear: null, from: date, to: null, ensureOnly: true }],
      responsibles: guardians.responsibles,
    },
    ...guardians.persons,
    {
      kind: "lesson",
      ext: lessonExt(parsed.value, date, get("lesson")),
      pupilExt,
      eventExt: null,
      date,
      scheduled,
      present: present ?? Math.max(0, scheduled - valid - invalid),
      valid,
      invalid,
    },
  ];
  const group = get("group");
  if (group) {
    const groupExt = `csv:${unitId}:${group.toLowerCase()}`;
    rows.push({
      kind: "group",
      ext: groupExt,
      name: group,
      groupType: "Klass",
      schoolExt: school,
      members: [{ personExt: pupilExt, from: null, to: null }],
      replaceMembers: false,
    });
    const mentor = get("mentor");
    if (mentor) rows.push({ kind: "csv_mentor", groupExt, login: mentor });
  }
  return { rows };
}
