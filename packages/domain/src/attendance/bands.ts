/**
 * Absence bands for steering figures (domain.md §8, attendance trends). Steering groups follow
 * how many pupils are over 10, 15 and 20 % absence; the bands overlap on purpose, so a pupil at
 * 22 % is counted in all three, matching how the municipalities report them.
 */
import { AttendanceInputError, describeValue } from "./errors";

export type AbsenceBand = ">10" | ">15" | ">20";

export const ABSENCE_BANDS: readonly { readonly band: AbsenceBand; readonly over: number }[] = [
  { band: ">10", over: 10 },
  { band: ">15", over: 15 },
  { band: ">20", over: 20 },
];

/** The bands whose threshold the share strictly exceeds (exactly 10 % is not ">10"). */
export function absenceBand(sharePercent: number): AbsenceBand[] {
  if (!Number.isFinite(sharePercent) || sharePercent < 0 || sharePercent > 100) {
    throw new AttendanceInputError(
      `sharePercent must be a number from 0 to 100, got ${describeValue(sharePercent)}`,
      `sharePercent måste vara ett tal från 0 till 100, fick ${describeValue(sharePercent)}`,
      "sharePercent",
    );
  }
  return ABSENCE_BANDS.filter((b) => sharePercent > b.over).map((b) => b.band);
}
