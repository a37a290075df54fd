// One time axis for every chart on the child's page, so an SDQ, an ORS and a term's grades that
// happened together line up vertically.

const DAY = 86_400_000;

/** "YYYY-MM-DD" (or an ISO instant) as milliseconds. */
export const msOf = (date: string) => Date.parse(date.length === 10 ? `${date}T12:00:00Z` : date);

/** Grades are set at the end of a term: autumn term (HT) before Christmas, spring (VT) in June. */
export function termDate(term: string): string {
  const year = term.slice(2);
  return term.startsWith("HT") ? `${year}-12-20` : `${year}-06-10`;
}

/** The span of all dates, padded, and at least half a year wide so single points sit inside. */
export function domainOf(dates: string[], today = new Date()): [number, number] {
  const ms = dates.map(msOf);
  const end = Math.max(today.getTime(), ...ms);
  const start = Math.min(end - 180 * DAY, ...ms);
  const pad = (end - start) * 0.04;
  return [start - pad, end + pad];
}

/** First days of months across the domain, thinned to at most `max` ticks. */
export function monthTicks([start, end]: [number, number], max = 6): number[] {
  const ticks: number[] = [];
  const d = new Date(start);
  d.setUTCDate(1);
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCMonth(d.getUTCMonth() + 1);
  while (d.getTime() <= end) {
    ticks.push(d.getTime());
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  const every = Math.max(1, Math.ceil(ticks.length / max));
  return ticks.filter((_, i) => i % every === 0);
}
