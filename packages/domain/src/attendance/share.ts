/** Absence shares and threshold comparisons. */
import type { AbsenceKind, ThresholdOperator } from "./config";
import type { IsoDate } from "./dates";
import { prepareDays, requireDate, sumAbsence, type SchoolDaySummary } from "./days";
import { AttendanceInputError } from "./errors";

/**
 * Compares absent/scheduled with a percent threshold without dividing, so a share of exactly
 * 20 % is exactly 20 % (no floating-point rounding at the threshold).
 */
export function meetsThreshold(
  absent: number,
  scheduled: number,
  thresholdPercent: number,
  operator: ThresholdOperator,
): boolean {
  if (scheduled <= 0) return false;
  const lhs = absent * 100;
  const rhs = thresholdPercent * scheduled;
  return operator === ">" ? lhs > rhs : lhs >= rhs;
}

/** The share in percent rounded to two decimals, for reasons and display only. */
export function roundedPercent(absent: number, scheduled: number): number {
  return Math.round((absent / scheduled) * 10_000) / 100;
}

/** The last `schoolDays` school days ending on `end`, or every school day from `from` to `to`. */
export type ShareWindow =
  | { readonly end: IsoDate; readonly schoolDays: number }
  | { readonly from: IsoDate; readonly to: IsoDate };

export interface AbsenceShare {
  /** School days actually found in the window (fewer than asked at the start of data). */
  readonly schoolDays: number;
  readonly scheduledMinutes: number;
  readonly absentMinutes: number;
  /** null when nothing was scheduled. */
  readonly percent: number | null;
}

/** Share of scheduled minutes absent (of the given kind) over a window of school days. */
export function absenceShare(
  days: readonly SchoolDaySummary[],
  window: ShareWindow,
  kind: AbsenceKind,
): AbsenceShare {
  const records = prepareDays(days);
  let selected;
  if ("end" in window) {
    if (!Number.isInteger(window.schoolDays) || window.schoolDays < 1) {
      throw new AttendanceInputError(
        "schoolDays must be a whole number ≥ 1",
        "schoolDays måste vara ett heltal ≥ 1",
        "window.schoolDays",
      );
    }
    const end = requireDate(window.end, "window.end");
    selected = records.filter((d) => d.day <= end).slice(-window.schoolDays);
  } else {
    const [from, to] = [
      requireDate(window.from, "window.from"),
      requireDate(window.to, "window.to"),
    ];
    selected = records.filter((d) => d.day >= from && d.day <= to);
  }
  const { absent, scheduled } = sumAbsence(selected, kind);
  return {
    schoolDays: selected.length,
    scheduledMinutes: scheduled,
    absentMinutes: absent,
    percent: scheduled > 0 ? (absent / scheduled) * 100 : null,
  };
}

/** "12,5 %": Swedish decimal comma and a non-breaking space before the sign. */
export function formatPercentSv(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  return `${String(rounded).replace(".", ",")}\u00a0%`;
}
