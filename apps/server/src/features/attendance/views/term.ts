import { addDays, daysBetween } from "@kring/domain/attendance";

// Terms and weeks of the Swedish school year, on civil dates.

/** The term holding a date: autumn from 1 August to 31 December, spring from 1 January to 31 July. */
export function termOf(date: string) {
  const year = date.slice(0, 4);
  return Number(date.slice(5, 7)) >= 8
    ? { from: `${year}-08-01`, to: `${year}-12-31` }
    : { from: `${year}-01-01`, to: `${year}-07-31` };
}

/** ISO week of a date, e.g. "2025-W36", and the Monday it starts on. */
export function isoWeek(date: string): { week: string; monday: string } {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(date, -weekday);
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, "0")}`, monday };
}

interface Minutes {
  scheduled: number;
  valid: number;
  invalid: number;
}

/** School days summed per ISO week, in date order. */
export function weeksOf(days: (Minutes & { date: string })[]) {
  const weeks = new Map<string, Minutes & { week: string; from: string }>();
  for (const d of days) {
    const { week, monday } = isoWeek(d.date);
    const w = weeks.get(week) ?? { week, from: monday, scheduled: 0, valid: 0, invalid: 0 };
    w.scheduled += d.scheduled;
    w.valid += d.valid;
    w.invalid += d.invalid;
    weeks.set(week, w);
  }
  return [...weeks.values()];
}
