import { addDays, stockholmDate } from "@kring/domain/cases";
import { badRequest } from "../../platform/http/errors";

/** The instant a civil date begins in Stockholm (midnight is 22:00 or 23:00 UTC the day before). */
export function stockholmMidnight(date: string): Date {
  const utc = Date.parse(`${date}T00:00:00Z`);
  for (const hours of [2, 1, 0]) {
    const candidate = new Date(utc - hours * 3_600_000);
    if (stockholmDate(candidate) === date) return candidate;
  }
  return new Date(utc);
}

/** A period of whole Stockholm days, `to` included: [start, end). */
export function reviewPeriod(input: { from: string; to: string }) {
  if (input.from > input.to)
    throw badRequest(
      "period_reversed",
      "Perioden börjar efter att den slutar: välj ett från-datum som är samma dag som till-datumet eller tidigare.",
      "The period starts after it ends: choose a from date on or before the to date.",
    );
  return { start: stockholmMidnight(input.from), end: stockholmMidnight(addDays(input.to, 1)) };
}
export type ReviewPeriod = ReturnType<typeof reviewPeriod>;
