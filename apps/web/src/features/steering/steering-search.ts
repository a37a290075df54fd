import type { PeriodSize } from "@kring/domain/statistics";

// Kept apart from the pages: the router validates the query string on the first page.

/** The steering pages' query string: the period's length and a day in it, and an area. */
export interface SteeringSearch {
  size?: PeriodSize;
  at?: string;
  area?: string;
}

const SIZES: PeriodSize[] = ["month", "term", "year"];

export function validateSteeringSearch(search: Record<string, unknown>): SteeringSearch {
  const out: SteeringSearch = {};
  if (SIZES.includes(search.size as PeriodSize)) out.size = search.size as PeriodSize;
  if (typeof search.at === "string" && /^\d{4}-\d{2}-\d{2}$/.test(search.at)) out.at = search.at;
  if (typeof search.area === "string" && search.area.length <= 200) out.area = search.area;
  return out;
}
