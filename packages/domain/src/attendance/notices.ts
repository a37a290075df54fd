/** The guardian's same-day notice of unexcused absence. */
import type { IsoDate } from "./dates";
import { prepareDays, type SchoolDaySummary } from "./days";

export interface SameDayNotice {
  readonly date: IsoDate;
  readonly invalidAbsenceMinutes: number;
}

/**
 * Dates on which the guardian must be told the same day that the pupil was absent without valid
 * reason (Skollagen 7 kap. 17 §). Any invalid minute counts: the law has no lower limit.
 */
export function sameDayNotices(days: readonly SchoolDaySummary[]): SameDayNotice[] {
  return prepareDays(days)
    .filter((d) => d.invalid > 0)
    .map((d) => ({ date: d.date, invalidAbsenceMinutes: d.invalid }));
}
