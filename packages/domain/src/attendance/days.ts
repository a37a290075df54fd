/**
 * School-day summaries: the engine's only input about a pupil. They are summed upstream from
 * SS 12000 lesson-level Attendance (attendanceMinutes, validAbsenceMinutes,
 * invalidAbsenceMinutes per calendar event and student).
 */
import type { AbsenceKind } from "./config";
import { dayNumber, type IsoDate } from "./dates";
import { AttendanceInputError, describeValue } from "./errors";

export interface SchoolDaySummary {
  readonly date: IsoDate;
  /** 0 means not a school day for this pupil (weekend, holiday, study day). */
  readonly scheduledMinutes: number;
  /**
   * Informational only: absence minutes are authoritative, because SS 12000 also has
   * otherAttendanceMinutes and the parts need not add up to the schedule.
   */
  readonly presentMinutes?: number;
  readonly validAbsenceMinutes: number;
  readonly invalidAbsenceMinutes: number;
}

/** A normalised school day. Absence is clamped to the schedule so a share never exceeds 100 %. */
export interface DayRecord {
  readonly date: IsoDate;
  readonly day: number;
  readonly scheduled: number;
  readonly valid: number;
  readonly invalid: number;
  readonly any: number;
}

const MINUTE_FIELDS = ["scheduledMinutes", "validAbsenceMinutes", "invalidAbsenceMinutes"] as const;

function fail(index: number, field: string, en: string, sv: string): never {
  throw new AttendanceInputError(en, sv, `days[${index}]${field ? `.${field}` : ""}`);
}

function checkDay(input: SchoolDaySummary, index: number): number {
  const day = dayNumber(input.date);
  if (day === null) {
    fail(
      index,
      "date",
      `date must be YYYY-MM-DD, got ${describeValue(input.date)}`,
      `datum måste anges som ÅÅÅÅ-MM-DD, fick ${describeValue(input.date)}`,
    );
  }
  const fields =
    input.presentMinutes === undefined
      ? MINUTE_FIELDS
      : [...MINUTE_FIELDS, "presentMinutes" as const];
  for (const field of fields) {
    const value = input[field];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      fail(
        index,
        field,
        `${field} must be a number of minutes ≥ 0, got ${describeValue(value)}`,
        `${field} måste vara ett antal minuter ≥ 0, fick ${describeValue(value)}`,
      );
    }
  }
  return day;
}

/**
 * Validates, sorts and keeps only school days. Absence above the schedule is clamped rather
 * than rejected: upstream sums of overlapping lessons can exceed the schedule by a few minutes,
 * and one such day must not stop the evaluation of a whole school.
 */
export function prepareDays(days: readonly SchoolDaySummary[]): DayRecord[] {
  const records = days.map((input, index): DayRecord => {
    const day = checkDay(input, index);
    const scheduled = input.scheduledMinutes;
    const valid = Math.min(input.validAbsenceMinutes, scheduled);
    const invalid = Math.min(input.invalidAbsenceMinutes, scheduled);
    const any = Math.min(input.validAbsenceMinutes + input.invalidAbsenceMinutes, scheduled);
    return { date: input.date, day, scheduled, valid, invalid, any };
  });
  records.sort((a, b) => a.day - b.day);
  for (let i = 1; i < records.length; i++) {
    const current = records[i];
    if (current && records[i - 1]?.day === current.day) {
      throw new AttendanceInputError(
        `two summaries for the same date ${current.date}`,
        `två sammanställningar för samma datum ${current.date}`,
        "days",
      );
    }
  }
  return records.filter((r) => r.scheduled > 0);
}

/** A full-day absence (by default) of the given kind, for consecutive-day rules. */
export function isAbsentDay(day: DayRecord, kind: AbsenceKind, fraction: number): boolean {
  return day[kind] >= fraction * day.scheduled;
}

export interface MinuteTotals {
  readonly absent: number;
  readonly scheduled: number;
}

export function sumAbsence(days: readonly DayRecord[], kind: AbsenceKind): MinuteTotals {
  let absent = 0;
  let scheduled = 0;
  for (const d of days) {
    absent += d[kind];
    scheduled += d.scheduled;
  }
  return { absent, scheduled };
}

/** The last `n` records, or null when fewer exist (a rule that needs a full window waits). */
export function lastDays(days: readonly DayRecord[], n: number): readonly DayRecord[] | null {
  return days.length >= n ? days.slice(days.length - n) : null;
}

/** How many school days (scheduledMinutes > 0) fall between `from` and `to`, both included. */
export function schoolDaysBetween(
  days: readonly SchoolDaySummary[],
  from: IsoDate,
  to: IsoDate,
): number {
  const [start, end] = [requireDate(from, "from"), requireDate(to, "to")];
  return prepareDays(days).filter((d) => d.day >= start && d.day <= end).length;
}

export function requireDate(value: IsoDate, field: string): number {
  const day = dayNumber(value);
  if (day === null) {
    throw new AttendanceInputError(
      `${field} must be YYYY-MM-DD, got ${describeValue(value)}`,
      `${field} måste anges som ÅÅÅÅ-MM-DD, fick ${describeValue(value)}`,
      field,
    );
  }
  return day;
}
