import { parsePersonalNumber } from "@kring/domain";
import type { ImportRow } from "../import-rows";

// An SS 12000 Person: a pupil when enrolled somewhere (and then identified by personal number),
// otherwise a guardian or staff member, which the import tells apart later.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface MappingProblem {
  path: string;
  code: string;
  message: string;
  messageSv: string;
}

export type Mapped = { rows: ImportRow[] } | { problem: MappingProblem };

const PROTECTED = new Set(["Sekretessmarkering", "Skyddad folkbokföring"]);

/**
 * A pupil who has died or left the country (personStatus; "Utflyttad" is what some vendors send
 * for 2.1.0's "Utvandrad") leaves the attendance staircase: their enrolments end on the import.
 */
const GONE = new Set(["Avliden", "Utvandrad", "Utflyttad"]);

/**
 * The standard's civicNo also allows a "tillfälligt personnummer" for pupils who have neither a
 * personal nor a coordination number: the date part, then two letters where the serial's first
 * two digits would be (20130101TF01). Registers give reserve numbers the same shape. Such a
 * number identifies the pupil and nothing more: the standard does not say its date part is the
 * birth date, so the birth date comes from birthDate alone.
 */
const TEMPORARY = /^\d{8}[A-Z]{2}\d{2}$/;

/** A pupil's identifier from civicNo: a personal or coordination number, or a temporary one. */
export function pupilNumber(
  civic: string | undefined,
): { value: string; birthDate: string | null } | null {
  if (!civic) return null;
  const parsed = parsePersonalNumber(civic);
  if (parsed) return { value: parsed.value, birthDate: parsed.birthDate };
  const temporary = civic.trim().replace(/[-\s]/g, "").toUpperCase();
  return TEMPORARY.test(temporary) ? { value: temporary, birthDate: null } : null;
}

const damaged = (...names: (string | undefined)[]) => names.some((n) => n?.includes("\uFFFD"));

const STOCKHOLM = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });
const yesterday = () => STOCKHOLM.format(new Date(Date.now() - 86_400_000));
/** An enrolment's end: the day before the import for a pupil who is gone (never before it began). */
function endDate(from: string, to: string | null, endedBy: string | null) {
  if (endedBy === null || (to !== null && to < endedBy)) return to;
  return endedBy < from ? from : endedBy;
}

export function person(record: Json): Mapped {
  const civic = (record.civicNo as Json | undefined)?.value as string | undefined;
  const parsed = civic ? parsePersonalNumber(civic) : null;
  const enrolments = ((record.enrolments as Json[] | undefined) ?? []).filter(
    (e) => e.cancelled !== true,
  );
  const protectedIdentity = PROTECTED.has(record.securityMarking as string);
  const base = {
    ext: record.id as string,
    givenName: record.givenName as string,
    familyName: record.familyName as string,
    protectedIdentity,
  };
  if (enrolments.length === 0) {
    const emails = ((record.emails as Json[] | undefined) ?? []).map((e) => e.value as string);
    const phone = ((record.phoneNumbers as Json[] | undefined) ?? [])[0]?.value as string;
    return {
      rows: [
        {
          kind: "person",
          ...base,
          personalNumber: parsed?.value ?? null,
          phone: phone ?? null,
          email: emails[0] ?? null,
          logins: [...emails, ...((record.eduPersonPrincipalNames as string[]) ?? [])],
        },
      ],
    };
  }
  const number = pupilNumber(civic);
  if (!number) {
    return {
      problem: {
        path: "civicNo.value",
        code: "invalid_personal_number",
        message:
          "a pupil needs a valid Swedish personal or coordination number (12 digits) or a temporary number (20130101TF01)",
        messageSv:
          "en elev behöver ett giltigt person- eller samordningsnummer (12 siffror) eller ett tillfälligt nummer (20130101TF01)",
      },
    };
  }
  const birthDate = (record.birthDate as string | undefined) ?? number.birthDate;
  if (!birthDate) {
    return {
      problem: {
        path: "birthDate",
        code: "missing_birth_date",
        message: "a pupil with a temporary number needs birthDate (the number does not give it)",
        messageSv: "en elev med tillfälligt nummer behöver birthDate (numret anger det inte)",
      },
    };
  }
  if (damaged(base.givenName, base.familyName)) {
    return {
      problem: {
        path: "familyName",
        code: "replacement_character",
        message:
          "the name contains the replacement character � (damaged by an earlier conversion); correct it at the source",
        messageSv:
          "namnet innehåller ersättningstecknet � (skadat vid en tidigare konvertering); rätta det i källan",
      },
    };
  }
  // A pupil who is gone is enrolled nowhere from the day of the import on.
  const endedBy = GONE.has(record.personStatus as string) ? yesterday() : null;
  return {
    rows: [
      {
        kind: "pupil",
        ...base,
        personalNumber: number.value,
        birthDate,
        enrolments: enrolments.map((e) => ({
          schoolExt: (e.enroledAt as Json).id as string,
          schoolYear: (e.schoolYear as number | undefined) ?? null,
          from: e.startDate as string,
          to: endDate(e.startDate as string, (e.endDate as string | undefined) ?? null, endedBy),
        })),
        gone: endedBy !== null,
        responsibles: ((record.responsibles as Json[] | undefined) ?? []).flatMap((r) => {
          const personExt = (r.person as Json | undefined)?.id as string | undefined;
          // Only a vårdnadshavare has custody (ADR 0044); a relation without a type is read as
          // the standard's main case, which older exports send without saying.
          const type = (r.relationType as string | undefined) ?? "Vårdnadshavare";
          return personExt ? [{ personExt, custody: type === "Vårdnadshavare" }] : [];
        }),
      },
    ],
  };
}
