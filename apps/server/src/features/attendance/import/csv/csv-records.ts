import { parsePersonalNumber } from "@kring/domain";
import { isIsoDate } from "@kring/domain/attendance";
import type { ImportRow } from "../import-rows";
import { stableUuid } from "../stable-uuid";
import type { ColumnIndex, CsvColumn } from "./csv-columns";

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

export function mapCsvLine(
  fields: string[],
  index: ColumnIndex,
  schools: SchoolsByName,
): { rows: ImportRow[] } | { problem: CsvProblem } {
  const get = (c: CsvColumn) => (index[c] === undefined ? "" : (fields[index[c]] ?? "").trim());
  const parsed = parsePersonalNumber(get("personalNumber"));
  if (!parsed) {
    return problem(
      "personnummer",
      "invalid_personal_number",
      "not a valid personal or coordination number (12 digits, check digit); format the column as text in Excel",
      "inte ett giltigt person- eller samordningsnummer (12 siffror, kontrollsiffra); formatera kolumnen som text i Excel",
    );
  }
  const [given, family] = [get("givenName"), get("familyName")];
  if (!given || !family) {
    return problem(
      "förnamn",
      "missing_name",
      "first and last name are required",
      "förnamn och efternamn krävs",
    );
  }
  const unitId = schools.get(get("school").toLowerCase());
  if (!unitId) {
    return problem(
      "skolenhet",
      "unknown_school",
      "no school unit with this name in Kring (add it under Organisation first)",
      "ingen skolenhet med det namnet i Kring (lägg till den under Organisation först)",
    );
  }
  const date = get("date");
  if (!isIsoDate(date)) {
    return problem(
      "datum",
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
  if (
    scheduled === null ||
    valid === null ||
    invalid === null ||
    (presentText !== "" && present === null)
  ) {
    return problem(
      "minuter",
      "invalid_minutes",
      "minutes must be whole numbers from 0 to 9999",
      "minuter måste vara heltal från 0 till 9999",
    );
  }
  if (valid + invalid > scheduled) {
    return problem(
      "giltig_frånvaro_minuter",
      "absence_over_schedule",
      "valid and invalid absence together exceed the scheduled minutes",
      "giltig och ogiltig frånvaro är tillsammans mer än den schemalagda tiden",
    );
  }
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
      responsibles: [],
    },
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
