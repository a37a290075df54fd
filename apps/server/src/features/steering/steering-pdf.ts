import { type CivilDate, addDays, daysBetween } from "@kring/domain/cases";
import { type PdfSection, rowsPdf } from "../extract/extract-pdf";
import { INDICATORS } from "./indicators";
import type { IndicatorFigure } from "./protect";
import type { SteeringReport } from "./steering.service";

// The steering report for a steering-group meeting (issue 20): per area, each indicator for the
// period next to the one before, with how it is computed. The register extract's tagged PDF/A
// tooling; hidden figures stay hidden ("dolt"), as everywhere else.

/** The period of the same length that ends the day before `from`. */
export function periodBefore(from: CivilDate, to: CivilDate) {
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

const percent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

function shown(kind: string, f: IndicatorFigure | undefined): string {
  if (!f) return "–";
  if (f.suppressed) return "dolt (litet antal)";
  if (f.value === null) return "–";
  const value =
    kind === "share"
      ? percent.format(f.value)
      : kind === "days"
        ? `${f.value} dagar`
        : decimal.format(f.value);
  const counts =
    kind === "days" ? `${f.denominator} ärenden` : `${f.numerator} av ${f.denominator}`;
  return `${value} (${counts})`;
}

export async function steeringPdf(now: SteeringReport, before: SteeringReport): Promise<Buffer> {
  const sections: PdfSection[] = now.groups.map((g) => {
    const earlier = before.groups.find((b) => b.areaId === g.areaId);
    return {
      title: g.area ?? "Hela kommunen",
      parts: INDICATORS.map((def, i) => ({
        title: def.id,
        note: def.sv,
        rows: [
          {
            [`${now.period.from}–${now.period.to}`]: shown(def.kind, g.indicators[i]),
            [`${before.period.from}–${before.period.to}`]: shown(def.kind, earlier?.indicators[i]),
          },
        ],
      })),
    };
  });
  return rowsPdf(
    `Nyckeltal ${now.period.from}–${now.period.to}`,
    [
      `Jämfört med ${before.period.from}–${before.period.to}.`,
      "Inga enskilda ärenden. Antal mellan 1 och 4 döljs, liksom tal som skulle avslöja dem.",
    ],
    sections,
  );
}
