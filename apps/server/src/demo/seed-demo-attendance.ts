import { DANDERYD_STAIRCASE, addDays } from "@kring/domain/attendance";
import { stockholmDate } from "@kring/domain/cases";
import { fileInMemory } from "../features/attendance/import/import-files";
import { importAttendance } from "../features/attendance/import/import.service";
import * as b from "../features/attendance/import/ss12000/ss12000-builders";
import { saveStaircase } from "../features/attendance/staircase/staircase.service";
import { isoWeek } from "../features/attendance/views/term";
import { demoActor } from "./demo-actor";
import { DEMO_AREAS } from "./demo-structure";
import type { DemoContext } from "./seed-demo";

/** The school days the demo has attendance for: the last 70 before today (about a term). */
export const DEMO_SCHOOL_DAYS = 70;
const LESSONS = [
  { hour: 8, minutes: 180 },
  { hour: 13, minutes: 120 },
];

/** Weekends and the usual breaks (summer, Christmas, autumn week 44, sports week 9). */
function isSchoolDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  const md = date.slice(5);
  const week = Number(isoWeek(date).week.slice(6));
  if (weekday === 0 || weekday === 6 || week === 44 || week === 9) return false;
  return !(md >= "06-13" && md <= "08-17") && !(md >= "12-20" || md <= "01-08");
}

export function demoSchoolDays(today: string): string[] {
  const days: string[] = [];
  for (let d = addDays(today, -1); days.length < DEMO_SCHOOL_DAYS; d = addDays(d, -1)) {
    if (isSchoolDay(d)) days.unshift(d);
  }
  return days;
}

type Absence = { valid: number; invalid: number };
const NONE: Absence = { valid: 0, invalid: 0 };

/**
 * Each pupil's story, chosen so that the Danderyd staircase puts pupils on every step: when a
 * pattern of absence (a third of the time, mostly without valid reason) starts, in school days
 * before the end, decides how far up they have come. Others were ill now and then, or had a
 * bad spell early in the term and recovered.
 */
const STORIES: ((day: number, lesson: number) => Absence)[] = [
  (d) => (d % 25 === 7 ? { valid: 300, invalid: 0 } : NONE),
  (d, n) => (d % 30 === 12 && n === 1 ? { valid: 120, invalid: 0 } : NONE),
  () => NONE,
  (d) => (d % 35 === 20 ? { valid: 300, invalid: 0 } : NONE),
  () => NONE,
  (d, n) => (d >= 5 && d < 15 && d % 3 === 0 ? { valid: 0, invalid: LESSONS[n]!.minutes } : NONE),
  (d, n) => (d === DEMO_SCHOOL_DAYS - 3 && n === 1 ? { valid: 0, invalid: 60 } : NONE),
  spellFrom(DEMO_SCHOOL_DAYS - 17),
  spellFrom(DEMO_SCHOOL_DAYS - 30),
  spellFrom(DEMO_SCHOOL_DAYS - 45),
];

function spellFrom(first: number) {
  return (d: number, n: number): Absence => {
    if (d < first) return NONE;
    if (d % 3 === 0) return { valid: 0, invalid: LESSONS[n]!.minutes };
    if (d % 5 === 1 && n === 1) return { valid: LESSONS[n]!.minutes, invalid: 0 };
    return NONE;
  };
}

/**
 * A term of lesson-level attendance for the demo's schoolchildren, sent through the real
 * SS 12000 import (schools, pupils, classes with their mentors, lessons), with Danderyd's
 * staircase, so that the evaluation puts pupils on every step and creates their work.
 */
export async function seedDemoAttendance(ctx: DemoContext): Promise<number> {
  const { db, tenantId } = ctx;
  const admin = await demoActor(db, tenantId, "admin");
  await saveStaircase(db, admin, { unitId: null, staircase: DANDERYD_STAIRCASE });
  const days = demoSchoolDays(stockholmDate(ctx.today));
  const id = (kind: string, key: string | number) => b.ss12000Id(`demo|${kind}`, key);
  const data = {
    organisations: [],
    persons: [],
    groups: [],
    duties: [],
    calendarEvents: [],
    attendances: [],
  } as Record<string, unknown[]>;
  let pupilCount = 0;
  for (const area of DEMO_AREAS) {
    const key = area.toLowerCase();
    const schoolId = id("school", key);
    data.organisations!.push(b.schoolUnit(schoolId, `${area}skolan`));
    const pupils = await db
      .selectFrom("child as c")
      .innerJoin("child_unit as cu", "cu.child_id", "c.id")
      .select([
        "c.personal_number",
        "c.protected_identity",
        "c.given_name",
        "c.family_name",
        "cu.school_year",
        "cu.from_date",
      ])
      .where("cu.unit_id", "=", ctx.unitIds.get(`${key}-school`)!)
      .orderBy("c.personal_number")
      .execute();
    const classes = [0, 1].map((k) => pupils.filter((_, i) => i % 2 === k));
    for (const [k, members] of classes.entries()) {
      const mentor = k === 0 ? `mentor.${key}` : `mentor2.${key}`;
      const groupId = id("class", `${key}${k}`);
      const pupilIds = members.map((p) => id("pupil", p.personal_number));
      data.persons!.push(
        b.person({
          id: id("staff", mentor),
          givenName: "Mentor",
          familyName: area,
          logins: [mentor],
        }),
      );
      data.groups!.push(b.klass(groupId, `Klass ${"AB"[k]} ${area}`, schoolId, pupilIds));
      data.duties!.push(b.mentorDuty(id("duty", mentor), id("staff", mentor), schoolId, [groupId]));
      for (const [n, l] of LESSONS.entries()) {
        for (const d of days)
          data.calendarEvents!.push(
            b.calendarEvent(id("event", `${groupId}|${d}|${n}`), d, l.hour, l.minutes),
          );
      }
      for (const p of members) {
        const story = STORIES[pupilCount++ % STORIES.length]!;
        data.persons!.push(
          b.person({
            id: id("pupil", p.personal_number),
            givenName: p.given_name,
            familyName: p.family_name,
            civicNo: p.personal_number,
            protectedIdentity: p.protected_identity,
            enrolment: { schoolId, schoolYear: p.school_year ?? 1, startDate: p.from_date },
          }),
        );
        for (const [day, d] of days.entries()) {
          for (const [n, l] of LESSONS.entries()) {
            const absent = story(day, n);
            data.attendances!.push(
              b.attendance(
                id("attendance", `${p.personal_number}|${d}|${n}`),
                id("event", `${groupId}|${d}|${n}`),
                id("pupil", p.personal_number),
                {
                  present: l.minutes - absent.valid - absent.invalid,
                  ...absent,
                },
              ),
            );
          }
        }
      }
    }
  }
  const result = await importAttendance(db, { tenantId, userId: null, system: "demo" }, "ss12000", [
    fileInMemory("demo-ss12000.json", JSON.stringify(data)),
  ]);
  if (result.status !== "succeeded") {
    throw new Error(`demo attendance import failed: ${JSON.stringify(result.issues.slice(0, 3))}`);
  }
  return pupilCount;
}
