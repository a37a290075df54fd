import { parsePersonalNumber } from "@kring/domain";
import type { PersonRow, Responsible } from "../import-rows";
import type { CsvColumn } from "./csv-columns";
import type { CsvProblem } from "./csv-records";

// A CSV line may name the pupil's guardians (vårdnadshavare1_…, vårdnadshavare2_…): each becomes
// a guardian of the pupil, with custody unless its column says "nej" (ADR 0044). A guardian is
// known by personal number, so the same person on many lines (and in SS 12000) is one record.

const SLOTS = [
  ["guardian1Number", "guardian1Given", "guardian1Family", "guardian1Phone", "guardian1Custody"],
  ["guardian2Number", "guardian2Given", "guardian2Family", "guardian2Phone", "guardian2Custody"],
] as const;

const YES = new Set(["", "ja", "j", "yes", "y", "1", "x", "sant", "true"]);
const NO = new Set(["nej", "n", "no", "0", "falskt", "false"]);

export const csvGuardianExt = (personalNumber: string) => `csv-guardian:${personalNumber}`;

export function csvGuardians(
  get: (c: CsvColumn) => string,
  name: (c: CsvColumn) => string,
): { persons: PersonRow[]; responsibles: Responsible[] } | { problem: CsvProblem } {
  const persons: PersonRow[] = [];
  const responsibles: Responsible[] = [];
  for (const [numberCol, givenCol, familyCol, phoneCol, custodyCol] of SLOTS) {
    const [number, given, family] = [get(numberCol), get(givenCol), get(familyCol)];
    if (!number && !given && !family) continue;
    const parsed = parsePersonalNumber(number);
    if (!parsed)
      return bad(
        name(numberCol),
        "invalid_personal_number",
        "not a valid personal number of the guardian (12 digits, check digit)",
        "inte ett giltigt personnummer för vårdnadshavaren (12 siffror, kontrollsiffra)",
      );
    if (!given || !family || /[\r\n\uFFFD]/.test(given + family))
      return bad(
        name(given ? familyCol : givenCol),
        "missing_name",
        "the guardian's first and last name are required",
        "vårdnadshavarens förnamn och efternamn krävs",
      );
    const custody = get(custodyCol).toLowerCase();
    if (!YES.has(custody) && !NO.has(custody))
      return bad(
        name(custodyCol),
        "invalid_custody",
        'must be "ja" (custody) or "nej" (no custody)',
        "måste vara ”ja” (har vårdnaden) eller ”nej” (har inte vårdnaden)",
      );
    const ext = csvGuardianExt(parsed.value);
    persons.push({
      kind: "person",
      ext,
      personalNumber: parsed.value,
      givenName: given,
      familyName: family,
      protectedIdentity: false,
      phone: get(phoneCol) || null,
      email: null,
      logins: [],
    });
    responsibles.push({ personExt: ext, custody: YES.has(custody) });
  }
  return { persons, responsibles };
}

const bad = (column: string, code: string, message: string, messageSv: string) => ({
  problem: { column, code, message, messageSv },
});
