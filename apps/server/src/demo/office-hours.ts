import { type CivilDate, addDays, stockholmDate } from "@kring/domain/cases";

// Demo meetings sit where real ones do: on a weekday, in office hours, Swedish time, whenever
// the demo happens to be seeded (not at 04:19 on a Saturday).

const isWeekend = (date: CivilDate) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

/** The instant of a Swedish wall-clock time on a civil date (summer or winter time). */
function inStockholm(date: CivilDate, hour: number): Date {
  const guess = new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
  const wall = (zone: string) => new Date(guess.toLocaleString("en-US", { timeZone: zone }));
  return new Date(guess.getTime() - (wall("Europe/Stockholm").getTime() - wall("UTC").getTime()));
}

/**
 * A weekday `days` from today (negative: in the past) at `hour` Swedish time; a weekend day moves
 * away from today (to Friday in the past, Monday in the future), so it stays on the same side.
 */
export function officeHours(days: number, hour: number, today = new Date()): Date {
  let date = addDays(stockholmDate(today), days);
  const away = days < 0 ? -1 : 1;
  while (isWeekend(date)) date = addDays(date, away);
  return inStockholm(date, hour);
}
