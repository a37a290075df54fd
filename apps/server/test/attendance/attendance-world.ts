import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { makePersonalNumber } from "@kring/domain";
import { addDays } from "@kring/domain/attendance";
import type { Database } from "../../src/platform/db/schema";
import * as b from "../../src/features/attendance/import/ss12000/ss12000-builders";
import { type Client, createTestTenant, loginAs } from "../support/test-app";

/** Absence minutes of one pupil's lesson on the n-th school day (0-based). */
export type Pattern = (day: number, lesson: number) => { valid: number; invalid: number };
export const PRESENT: Pattern = () => ({ valid: 0, invalid: 0 });
export const LESSONS = [
  { hour: 8, minutes: 180 },
  { hour: 13, minutes: 120 },
];

export interface PupilSpec {
  key: string;
  school: "a" | "b";
  pattern: Pattern;
}

/** School days (Monday to Friday) from a Monday, as many as asked. */
export function schoolDays(from: string, count: number): string[] {
  const days: string[] = [];
  for (let d = from; days.length < count; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) days.push(d);
  }
  return days;
}

/**
 * A municipality with two schools, each with a class and its mentor, and the attendance team,
 * student health, a principal per school, an analyst and an administrator.
 */
export async function attendanceWorld(db: Kysely<Database>, app: FastifyInstance) {
  const tenant = await createTestTenant(db);
  const units = {
    a: await tenant.addUnit("school-a", "school"),
    b: await tenant.addUnit("school-b", "school"),
    eht: await tenant.addUnit("eht", "student_health"),
    team: await tenant.addUnit("team", "social_services"),
  };
  const names = {
    mentorA: await tenant.addUser("mentorA", [["school-a", "teacher_mentor"]]),
    mentorB: await tenant.addUser("mentorB", [["school-b", "teacher_mentor"]]),
    principalA: await tenant.addUser("principalA", [["school-a", "principal"]]),
    principalB: await tenant.addUser("principalB", [["school-b", "principal"]]),
    team: await tenant.addUser("team", [["team", "attendance_team"]]),
    analyst: await tenant.addUser("analyst", [["admin", "analyst"]]),
    admin: await tenant.addUser("admin", [["admin", "administrator"]]),
  };
  const as = {} as Record<keyof typeof names, Client>;
  for (const [key, username] of Object.entries(names)) {
    as[key as keyof typeof names] = await loginAs(app, username);
  }
  const schoolNames = {
    a: (
      await db.selectFrom("unit").select("name").where("id", "=", units.a).executeTakeFirstOrThrow()
    ).name,
    b: (
      await db.selectFrom("unit").select("name").where("id", "=", units.b).executeTakeFirstOrThrow()
    ).name,
  };
  return { tenant, tenantId: tenant.tenantId, units, names, as, schoolNames };
}
export type AttendanceWorld = Awaited<ReturnType<typeof attendanceWorld>>;

/** The SS 12000 export of the world's schools: persons, classes, mentors and lessons. */
export function ss12000Bundle(w: AttendanceWorld, pupils: PupilSpec[], days: string[]) {
  const id = (kind: string, key: string | number) => b.ss12000Id(`${w.tenantId}|${kind}`, key);
  const schools = (["a", "b"] as const).map((s) => b.schoolUnit(id("school", s), w.schoolNames[s]));
  const persons = [];
  for (const [i, p] of pupils.entries()) {
    const guardian = id("guardian", p.key);
    persons.push(
      b.person({
        id: id("pupil", p.key),
        givenName: `Elev${i}`,
        familyName: "Testsson",
        civicNo: makePersonalNumber("2013-05-10", 100 + i),
        enrolment: { schoolId: id("school", p.school), schoolYear: 6, startDate: "2025-08-15" },
        responsibles: [guardian],
      }),
      b.person({ id: guardian, givenName: `Förälder${i}`, familyName: "Testsson", phone: "070-1" }),
    );
  }
  const mentors = (["a", "b"] as const).map((s) =>
    b.person({
      id: id("staff", s),
      givenName: "Mentor",
      familyName: s,
      logins: [w.names[s === "a" ? "mentorA" : "mentorB"]],
    }),
  );
  const groups = (["a", "b"] as const).map((s) =>
    b.klass(
      id("class", s),
      `6${s.toUpperCase()}`,
      id("school", s),
      pupils.filter((p) => p.school === s).map((p) => id("pupil", p.key)),
    ),
  );
  const duties = (["a", "b"] as const).map((s) =>
    b.mentorDuty(id("duty", s), id("staff", s), id("school", s), [id("class", s)]),
  );
  const calendarEvents = days.flatMap((d) =>
    LESSONS.map((l, n) => b.calendarEvent(id("event", `${d}|${n}`), d, l.hour, l.minutes)),
  );
  const attendances = days.flatMap((d, day) =>
    pupils.flatMap((p) =>
      LESSONS.map((l, n) => {
        const absent = p.pattern(day, n);
        return b.attendance(
          id("attendance", `${p.key}|${d}|${n}`),
          id("event", `${d}|${n}`),
          id("pupil", p.key),
          {
            present: l.minutes - absent.valid - absent.invalid,
            ...absent,
          },
        );
      }),
    ),
  );
  return {
    organisations: { data: schools },
    persons: { data: [...persons, ...mentors] },
    groups: { data: groups },
    duties: { data: duties },
    calendarEvents: { data: calendarEvents },
    attendances: { data: attendances },
  };
}

/** The actor of a test user, for calling services directly. */
export { demoActor as actorOf } from "../../src/demo/demo-actor";
