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
  if (!parsed) {
    return {
      problem: {
        path: "civicNo.value",
        code: "invalid_personal_number",
        message: "a pupil needs a valid Swedish personal or coordination number (12 digits)",
        messageSv: "en elev behöver ett giltigt person- eller samordningsnummer (12 siffror)",
      },
    };
  }
  return {
    rows: [
      {
        kind: "pupil",
        ...base,
        personalNumber: parsed.value,
        birthDate: (record.birthDate as string | undefined) ?? parsed.birthDate,
        enrolments: enrolments.map((e) => ({
          schoolExt: (e.enroledAt as Json).id as string,
          schoolYear: (e.schoolYear as number | undefined) ?? null,
          from: e.startDate as string,
          to: (e.endDate as string | undefined) ?? null,
        })),
        responsibles: ((record.responsibles as Json[] | undefined) ?? [])
          .map((r) => (r.person as Json | undefined)?.id as string | undefined)
          .filter((id): id is string => !!id),
      },
    ],
  };
}
