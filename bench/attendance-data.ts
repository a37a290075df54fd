import { Readable } from "node:stream";
import { makePersonalNumber } from "@kring/domain";
import { addDays } from "@kring/domain/attendance";
import type { ImportFile } from "../apps/server/src/features/attendance/import/import-files";

// A municipality generated as SS 12000 JSON lines, streamed straight into the import (nothing
// is written to disk and nothing is held whole in memory). Deterministic for a given size.

export interface Municipality {
  pupils: number;
  /** School days in the term. */
  days: number;
  /** Lessons per class and school day. */
  lessons: number;
  classSize: number;
  schoolSize: number;
  firstDay: string;
}

const META = '{"created":"2025-06-01T08:00:00+02:00","modified":"2025-06-01T08:00:00+02:00"}';

export function schoolDaysOf(m: Municipality, from = m.firstDay, count = m.days): string[] {
  const days: string[] = [];
  for (let d = from; days.length < count; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) days.push(d);
  }
  return days;
}

/** Most pupils are seldom away; some often, and a few a lot and without valid reason. */
function propensity(pupil: number): { away: number; unexcused: number } {
  const r = (pupil * 2654435761) % 100;
  if (r < 70) return { away: 0.02, unexcused: 0.05 };
  if (r < 90) return { away: 0.08, unexcused: 0.15 };
  if (r < 98) return { away: 0.2, unexcused: 0.4 };
  return { away: 0.4, unexcused: 0.7 };
}

/** A small fast deterministic hash to [0, 1) for "was this pupil away this lesson". */
function chance(a: number, b: number): number {
  let h = (a * 374761393 + b * 668265263) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const KINDS = [
  "school",
  "pupil",
  "guardian",
  "staff",
  "class",
  "duty",
  "activity",
  "event",
  "attendance",
];

/** Cheap unique UUIDs (a kind and a number): hashing 18 million ids would dwarf the import. */
function id(kind: string, n: number): string {
  const k = KINDS.indexOf(kind).toString(16).padStart(8, "0");
  return `${k}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

function streamed(name: string, size: number, lines: () => Generator<string>): ImportFile {
  return {
    name,
    size,
    open: () =>
      Readable.from(
        (function* () {
          let chunk = "";
          for (const line of lines()) {
            chunk += `${line}\n`;
            if (chunk.length > 1 << 16) {
              yield chunk;
              chunk = "";
            }
          }
          if (chunk) yield chunk;
        })(),
      ),
  };
}

/** The structure files: schools, pupils with a guardian each, classes and their mentors. */
export function structureFiles(m: Municipality): ImportFile[] {
  const schools = Math.ceil(m.pupils / m.schoolSize);
  const classes = Math.ceil(m.pupils / m.classSize);
  const schoolOf = (pupil: number) => Math.floor(pupil / m.schoolSize);
  const classSchool = (c: number) => schoolOf(c * m.classSize);
  return [
    streamed("organisations.jsonl", schools * 200, function* () {
      for (let s = 0; s < schools; s++) {
        yield `{"id":"${id("school", s)}","meta":${META},"displayName":"Skola ${s}","organisationType":"Skolenhet"}`;
      }
    }),
    streamed("persons.jsonl", m.pupils * 700, function* () {
      for (let p = 0; p < m.pupils; p++) {
        const civic = makePersonalNumber(addDays("2010-01-01", p % 3000), Math.floor(p / 3000));
        yield `{"id":"${id("pupil", p)}","meta":${META},"givenName":"Elev","familyName":"Nr ${p}","civicNo":{"value":"${civic}"},"enrolments":[{"enroledAt":{"id":"${id("school", schoolOf(p))}"},"schoolType":"GR","schoolYear":5,"startDate":"2025-08-15"}],"responsibles":[{"person":{"id":"${id("guardian", p)}"},"relationType":"Vårdnadshavare"}]}`;
        yield `{"id":"${id("guardian", p)}","meta":${META},"givenName":"Förälder","familyName":"Nr ${p}","phoneNumbers":[{"value":"070-${p}","type":"Hem","mobile":true}]}`;
      }
      for (let c = 0; c < classes; c++) {
        yield `{"id":"${id("staff", c)}","meta":${META},"givenName":"Mentor","familyName":"Nr ${c}","eduPersonPrincipalNames":["mentor.${c}"]}`;
      }
    }),
    streamed("groups.jsonl", classes * (200 + m.classSize * 80), function* () {
      for (let c = 0; c < classes; c++) {
        const members = [];
        for (let p = c * m.classSize; p < Math.min(m.pupils, (c + 1) * m.classSize); p++) {
          members.push(`{"person":{"id":"${id("pupil", p)}"}}`);
        }
        yield `{"id":"${id("class", c)}","meta":${META},"displayName":"Klass ${c}","groupType":"Klass","startDate":"2025-08-01","organisation":{"id":"${id("school", classSchool(c))}"},"groupMemberships":[${members.join(",")}]}`;
      }
    }),
    streamed("duties.jsonl", classes * 400, function* () {
      for (let c = 0; c < classes; c++) {
        yield `{"id":"${id("duty", c)}","meta":${META},"person":{"id":"${id("staff", c)}"},"dutyAt":{"id":"${id("school", classSchool(c))}"},"dutyRole":"Lärare","startDate":"2025-08-01","assignmentRole":[{"group":{"id":"${id("class", c)}"},"assignmentRoleType":"Mentor"}]}`;
      }
    }),
  ];
}

const LESSON_MINUTES = 300;

/** Calendar events and lesson-level attendance for the given school days. */
export function attendanceFiles(m: Municipality, days: string[], dayOffset: number): ImportFile[] {
  const classes = Math.ceil(m.pupils / m.classSize);
  const minutes = Math.round(LESSON_MINUTES / m.lessons);
  const event = (c: number, d: number, n: number) => id("event", (d * m.lessons + n) * classes + c);
  return [
    streamed("calendarEvents.jsonl", classes * days.length * m.lessons * 260, function* () {
      for (const [i, date] of days.entries()) {
        for (let c = 0; c < classes; c++) {
          for (let n = 0; n < m.lessons; n++) {
            const hh = String(8 + n).padStart(2, "0");
            yield `{"id":"${event(c, dayOffset + i, n)}","meta":${META},"activity":{"id":"${id("activity", c)}"},"startTime":"${date}T${hh}:00:00+02:00","endTime":"${date}T${hh}:55:00+02:00","teachingLengthStudent":${minutes}}`;
          }
        }
      }
    }),
    streamed("attendances.jsonl", m.pupils * days.length * m.lessons * 330, function* () {
      for (let i = 0; i < days.length; i++) {
        const day = dayOffset + i;
        for (let p = 0; p < m.pupils; p++) {
          const { away, unexcused } = propensity(p);
          const c = Math.floor(p / m.classSize);
          for (let n = 0; n < m.lessons; n++) {
            const absent = chance(p, day * 8 + n) < away;
            const invalid = absent && chance(day, p * 8 + n) < unexcused;
            const valid = absent && !invalid;
            yield `{"id":"${id("attendance", (day * m.lessons + n) * m.pupils + p)}","meta":${META},"calendarEvent":{"id":"${event(c, day, n)}"},"student":{"id":"${id("pupil", p)}"},"isReported":true,"attendanceMinutes":${absent ? 0 : minutes},"validAbsenceMinutes":${valid ? minutes : 0},"invalidAbsenceMinutes":${invalid ? minutes : 0}}`;
          }
        }
      }
    }),
  ];
}

/** Attendance for the school day after the term's `days`: a day's increment. */
export function nextDayFiles(m: Municipality, days: string[]): ImportFile[] {
  const nextDay = schoolDaysOf(m, days.at(-1), 2)[1]!;
  return attendanceFiles(m, [nextDay], days.length);
}

/** The whole term: the structure, then the calendar and attendance of the term's `days`. */
export function termFiles(m: Municipality, days: string[]): ImportFile[] {
  return [...structureFiles(m), ...attendanceFiles(m, days, 0)];
}
