// Reporting periods for steering figures: calendar months, school terms and calendar years.
// A term follows the Swedish school year as the seeds speak of it: spring term (vt) January to
// June, autumn term (ht) July to December, so the summer belongs to the autumn that follows it
// and every day lies in exactly one term.

export type PeriodSize = "month" | "term" | "year";

export interface ReportPeriod {
  /** "2026-03", "2026-ht" / "2026-vt", "2026". */
  key: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of the given size that holds the civil date (YYYY-MM-DD). */
export function periodOf(date: string, size: PeriodSize): ReportPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (size === "year") return { key: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
  if (size === "term")
    return month <= 6
      ? { key: `${year}-vt`, from: `${year}-01-01`, to: `${year}-06-30` }
      : { key: `${year}-ht`, from: `${year}-07-01`, to: `${year}-12-31` };
  return {
    key: `${year}-${pad(month)}`,
    from: `${year}-${pad(month)}-01`,
    to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
  };
}

/** The period just before (the day before its first day lies in it). */
export function previousPeriod(period: ReportPeriod, size: PeriodSize): ReportPeriod {
  const d = new Date(`${period.from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return periodOf(d.toISOString().slice(0, 10), size);
}

/** The `count` periods ending with the one holding `date`, oldest first. */
export function periodsEndingAt(date: string, size: PeriodSize, count: number): ReportPeriod[] {
  const out = [periodOf(date, size)];
  while (out.length < count) out.unshift(previousPeriod(out[0]!, size));
  return out;
}
