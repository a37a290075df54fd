import type { ImportRow } from "../import-rows";
import { type Mapped, type MappingProblem, person } from "./ss12000-person";
import type { Ss12000Entity } from "./ss12000-schemas";

// Turns one SS 12000 record, already valid against the official schema, into Kring's import
// rows. What the schema cannot say (a pupil needs a valid personal number) is checked here.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type { Mapped } from "./ss12000-person";

/** Schools are the organisation elements pupils are enrolled at. */
const SCHOOL_TYPES = new Set(["Skolenhet", "Skola"]);
/** Groups whose members share a mentor; teaching groups do not decide who follows a pupil. */
export const MENTOR_GROUP_TYPES = new Set(["Klass", "Mentor"]);

const minutes = (v: unknown) => (typeof v === "number" && v > 0 ? v : 0);

const MINUTE_FIELDS = [
  "attendanceMinutes",
  "otherAttendanceMinutes",
  "validAbsenceMinutes",
  "invalidAbsenceMinutes",
] as const;

/** Minutes the schema lets through (any integer) but no lesson has: refused as in CSV. */
function impossibleMinutes(record: Json): MappingProblem | null {
  const bad = MINUTE_FIELDS.find((f) => {
    const v = record[f] as unknown;
    return typeof v === "number" && (v < 0 || v > 9999 || !Number.isInteger(v));
  });
  if (!bad) return null;
  return {
    path: bad,
    code: "invalid_minutes",
    message: "must be whole minutes from 0 to 9999",
    messageSv: "måste vara hela minuter från 0 till 9999",
  };
}

function calendarEvent(record: Json): ImportRow[] {
  const start = new Date(record.startTime as string);
  const end = new Date(record.endTime as string);
  const length = (record.teachingLengthStudent as number | undefined) ?? (+end - +start) / 60_000;
  const rows: ImportRow[] = [
    {
      kind: "event",
      ext: record.id as string,
      date: stockholmDateOf(start),
      minutes: record.cancelled === true ? 0 : Math.max(0, Math.round(length)),
    },
  ];
  // A calendar event fetched with expand=attendance carries its attendance records.
  // (An impossible one among them is left out: its lesson goes in, and its pupil's days.)
  for (const a of ((record._embedded as Json | undefined)?.attendance as Json[]) ?? []) {
    if (impossibleMinutes(a)) continue;
    rows.push(attendance({ ...a, calendarEvent: { id: record.id as string } }));
  }
  return rows;
}

function attendance(record: Json): ImportRow {
  return {
    kind: "lesson",
    ext: record.id as string,
    pupilExt: (record.student as Json).id as string,
    eventExt: (record.calendarEvent as Json).id as string,
    date: null,
    scheduled: null,
    present: minutes(record.attendanceMinutes) + minutes(record.otherAttendanceMinutes),
    valid: minutes(record.validAbsenceMinutes),
    invalid: minutes(record.invalidAbsenceMinutes),
  };
}

const STOCKHOLM = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });
/** Lessons count on the civil date in Sweden, whatever offset the sender wrote. */
export const stockholmDateOf = (instant: Date) => STOCKHOLM.format(instant);

export function mapSs12000(entity: Ss12000Entity, record: Json): Mapped {
  switch (entity) {
    case "organisations":
      return {
        rows: SCHOOL_TYPES.has(record.organisationType as string)
          ? [{ kind: "school", ext: record.id as string, name: record.displayName as string }]
          : [],
      };
    case "persons":
      return person(record);
    case "groups":
      return {
        rows: [
          {
            kind: "group",
            ext: record.id as string,
            name: record.displayName as string,
            groupType: record.groupType as string,
            schoolExt: (record.organisation as Json).id as string,
            members: ((record.groupMemberships as Json[] | undefined) ?? []).map((m) => ({
              personExt: (m.person as Json).id as string,
              from: (m.startDate as string | undefined) ?? null,
              to: (m.endDate as string | undefined) ?? null,
            })),
            replaceMembers: true,
          },
        ],
      };
    case "duties":
      return {
        rows: ((record.assignmentRole as Json[] | undefined) ?? [])
          .filter((r) => r.assignmentRoleType === "Mentor")
          .map((r) => ({
            kind: "mentor" as const,
            groupExt: (r.group as Json).id as string,
            personExt: ((record.person as Json | undefined)?.id as string | undefined) ?? "",
            from: (r.startDate as string | undefined) ?? null,
            to: (r.endDate as string | undefined) ?? null,
          }))
          .filter((r) => r.personExt !== ""),
      };
    case "calendarEvents":
      return { rows: calendarEvent(record) };
    case "attendances": {
      const problem = impossibleMinutes(record);
      return problem ? { problem } : { rows: [attendance(record)] };
    }
    case "absences":
      return {
        rows: [
          {
            kind: "absence",
            ext: record.id as string,
            pupilExt: (record.student as Json).id as string,
            startsAt: record.startTime as string,
            endsAt: record.endTime as string,
            absenceKind: record.type === "Beviljad ledighet" ? "leave" : "reported",
          },
        ],
      };
  }
}
