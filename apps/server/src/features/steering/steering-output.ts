import type { SteeringReport } from "./steering.service";

/** The report as scripts read it: exactly period and groups, no internal ids. */
export function reportJson(report: SteeringReport) {
  return {
    period: report.period,
    groups: report.groups.map((g) => ({
      area: g.area,
      indicators: g.indicators.map(({ id, numerator, denominator, value, suppressed }) => ({
        id,
        numerator,
        denominator,
        value,
        suppressed,
      })),
    })),
  };
}

const cell = (v: string | number | boolean | null) => {
  if (v === null) return "";
  const text = String(v);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The report as one table: a header and one row per area and indicator, as in every file. */
export function reportTable(report: SteeringReport) {
  const header = [
    "from",
    "to",
    "area",
    "indicator",
    "numerator",
    "denominator",
    "value",
    "suppressed",
  ];
  const rows = report.groups.flatMap((g) =>
    g.indicators.map((i) => [
      report.period.from,
      report.period.to,
      g.area,
      i.id,
      i.numerator,
      i.denominator,
      i.value,
      i.suppressed,
    ]),
  );
  return { header, rows };
}

/**
 * The report as CSV for spreadsheets set up for Swedish: UTF-8 with a byte-order mark (so Excel
 * reads å, ä, ö), semicolons between fields, one row per area and indicator; a suppressed figure
 * is an empty field.
 */
export function reportCsv(report: SteeringReport): string {
  const { header, rows } = reportTable(report);
  const lines = rows.map((r) => r.map(cell).join(";"));
  return `\uFEFF${[header.join(";"), ...lines].join("\r\n")}\r\n`;
}
