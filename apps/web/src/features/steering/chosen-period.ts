import { type PeriodSize, type ReportPeriod, periodOf } from "@kring/domain/statistics";
import { todayInSweden } from "../cases/shared/format";
import type { SteeringSearch } from "./steering-search";

/** The chosen period: by default the current term, a steering group's usual meeting rhythm. */
export function chosenPeriod(search: SteeringSearch): { size: PeriodSize; period: ReportPeriod } {
  const size = search.size ?? "term";
  return { size, period: periodOf(search.at ?? todayInSweden(), size) };
}
