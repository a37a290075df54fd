import { type PeriodSize, type ReportPeriod, periodOf } from "@kring/domain/statistics";

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

const today = () => new Date().toISOString().slice(0, 10);

/** The chosen period: by default the current term, a steering group's usual meeting rhythm. */
export function chosenPeriod(search: SteeringSearch): { size: PeriodSize; period: ReportPeriod } {
  const size = search.size ?? "term";
  return { size, period: periodOf(search.at ?? today(), size) };
}
