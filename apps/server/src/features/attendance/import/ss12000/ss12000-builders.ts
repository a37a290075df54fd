import { stableUuid } from "../stable-uuid";

// SS 12000 records built from plain facts, shaped as the official schemas require. The demo,
// the benchmark and the tests all feed Kring's import with these, so they exercise the same
// path as a real export.

const META = { created: "2025-06-01T08:00:00+02:00", modified: "2025-06-01T08:00:00+02:00" };

export const ss12000Id = (kind: string, key: string | number) =>
  stableUuid(`ss12000|${kind}|${key}`);

export function schoolUnit(id: string, displayName: string) {
  return { id, meta: META, displayName, organisationType: "Skolenhet", schoolTypes: ["GR"] };
}

export interface PersonFacts {
  id: string;
  givenName: string;
  familyName: string;
  civicNo?: string;
  protectedIdentity?: boolean;
  emails?: string[];
  /** eduPersonPrincipalNames: how staff log in, matched against Kring usernames. */
  logins?: string[];
  phone?: string;
  /** A pupil: the school unit, school year and first day. */
  enrolment?: { schoolId: string; schoolYear: number; startDate: string };
  /** External ids; "Annan ansvarig" and the like after a colon: "g1:Annan ansvarig". */
  responsibles?: string[];
}

export function person(p: PersonFacts) {
  return {
    id: p.id,
    meta: META,
    givenName: p.givenName,
    familyName: p.familyName,
    ...(p.civicNo ? { civicNo: { value: p.civicNo, nationality: "SE" } } : {}),
    securityMarking: p.protectedIdentity ? "Skyddad folkbokföring" : "Ingen",
    ...(p.emails ? { emails: p.emails.map((value) => ({ value, type: "Skola personal" })) } : {}),
    ...(p.logins ? { eduPersonPrincipalNames: p.logins } : {}),
    ...(p.phone ? { phoneNumbers: [{ value: p.phone, type: "Hem", mobile: true }] } : {}),
    ...(p.enrolment
      ? {
          enrolments: [
            {
              enroledAt: { id: p.enrolment.schoolId },
              schoolType: "GR",
              schoolYear: p.enrolment.schoolYear,
              startDate: p.enrolment.startDate,
            },
          ],
        }
      : {}),
    ...(p.responsibles
      ? {
          responsibles: p.responsibles.map((ref) => {
            const [id, relationType = "Vårdnadshavare"] = ref.split(":");
            return { person: { id }, relationType };
          }),
        }
      : {}),
  };
}

export function klass(id: string, displayName: string, schoolId: string, members: string[]) {
  return {
    id,
    meta: META,
    displayName,
    groupType: "Klass",
    schoolType: "GR",
    startDate: "2025-08-01",
    organisation: { id: schoolId },
    groupMemberships: members.map((pid) => ({ person: { id: pid }, startDate: "2025-08-01" })),
  };
}

export function mentorDuty(id: string, personId: string, schoolId: string, groupIds: string[]) {
  return {
    id,
    meta: META,
    person: { id: personId },
    dutyAt: { id: schoolId },
    dutyRole: "Lärare",
    startDate: "2025-08-01",
    assignmentRole: groupIds.map((gid) => ({
      group: { id: gid },
      assignmentRoleType: "Mentor",
      startDate: "2025-08-01",
    })),
  };
}

/** A lesson on a civil date in Sweden, starting at hh:mm local time (CET/CEST handled). */
export function calendarEvent(id: string, date: string, startHour: number, minutes: number) {
  const offset = stockholmOffset(date);
  const hh = String(startHour).padStart(2, "0");
  const start = new Date(`${date}T${hh}:00:00${offset}`);
  const end = new Date(start.getTime() + minutes * 60_000);
  return {
    id,
    meta: META,
    activity: { id: ss12000Id("activity", "lessons") },
    startTime: `${date}T${hh}:00:00${offset}`,
    endTime: end.toISOString(),
    teachingLengthStudent: minutes,
  };
}

export function attendance(
  id: string,
  eventId: string,
  studentId: string,
  m: { present: number; valid: number; invalid: number },
) {
  return {
    id,
    meta: META,
    calendarEvent: { id: eventId },
    student: { id: studentId },
    isReported: true,
    attendanceMinutes: m.present,
    validAbsenceMinutes: m.valid,
    invalidAbsenceMinutes: m.invalid,
  };
}

/** Summer time in Sweden: from the last Sunday of March to the last Sunday of October. */
function stockholmOffset(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer =
    (m > 3 && m < 10) || (m === 3 && d >= lastSunday(3)) || (m === 10 && d < lastSunday(10));
  return summer ? "+02:00" : "+01:00";
}
