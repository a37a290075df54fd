// Small counts (1-4) are hidden before anything leaves the server, with complementary
// suppression (packages/domain statistics/small-cells.ts). Each indicator is protected over the
// whole municipality at once, areas as rows and the municipality as the total, so the figures
// are the same whoever reads them and an area's hidden count cannot be worked out from the
// municipality's figure minus the other areas'.
import { type ShownFigure, protectSmallCells, protectSmallCounts } from "@kring/domain/statistics";
import { type AreaFigures, type RawFigure, quantile } from "./compute";
import { INDICATORS, type IndicatorDefinition } from "./indicators";
import { protectGroups } from "./protect-groups";

export interface IndicatorFigure {
  id: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
}

export interface IndicatorGroup {
  /** Null: the whole municipality. */
  areaId: string | null;
  area: string | null;
  indicators: IndicatorFigure[];
}

const EMPTY: RawFigure = { numerator: 0, denominator: 0, days: [] };
const shownNumber = (f: ShownFigure) => (typeof f === "number" ? f : null);

/**
 * Groups for the municipality and each area. `rowKeys` are every area id plus "" (cases outside
 * every area): those count in the municipality's figures and are protected as a row of their own,
 * but are not listed as a group.
 */
export function protectedGroups(
  figures: Map<string, AreaFigures>,
  areas: { id: string; name: string }[],
): IndicatorGroup[] {
  const rowKeys = [...areas.map((a) => a.id), ""];
  const municipality: IndicatorFigure[] = [];
  const perArea: IndicatorFigure[][] = areas.map(() => []);
  const grouped = protectGroups(figures, rowKeys);
  for (const def of INDICATORS) {
    const raw = rowKeys.map((k) => figures.get(k)?.get(def.id) ?? EMPTY);
    const { total, rows } = grouped.get(def.id) ?? protectIndicator(def, raw);
    municipality.push(total);
    areas.forEach((_, i) => perArea[i]!.push(rows[i]!));
  }
  return [
    { areaId: null, area: null, indicators: municipality },
    ...areas.map((a, i) => ({ areaId: a.id, area: a.name, indicators: perArea[i]! })),
  ];
}

function protectIndicator(def: IndicatorDefinition, raw: RawFigure[]) {
  if (def.kind === "days") {
    const shown = protectSmallCounts(raw.map((r) => r.denominator));
    const measure = def.id.endsWith("_p90") ? 0.9 : 0.5;
    const figure = (count: ShownFigure, days: number[]) =>
      make(def.id, null, shownNumber(count), (n) => (n > 0 ? quantile(days, measure) : null), true);
    return {
      total: figure(
        shown.total,
        raw.flatMap((r) => r.days),
      ),
      rows: raw.map((r, i) => figure(shown.cells[i]!, r.days)),
    };
  }
  // A share is shown with its complement (not met) implied, a ratio with both counts: either way
  // a two-column table whose row and column totals are what a reader could add up.
  const table =
    def.kind === "share"
      ? raw.map((r) => [r.numerator, r.denominator - r.numerator])
      : raw.map((r) => [r.numerator, r.denominator]);
  const p = protectSmallCells(table);
  const digits = def.kind === "share" ? 3 : 2;
  const value = (num: number | null) => (den: number) =>
    num === null || den === 0 ? null : round(num / den, digits);
  const figure = (num: ShownFigure, den: ShownFigure) => {
    const n = shownNumber(num);
    return make(def.id, n, shownNumber(den), value(n), false);
  };
  return def.kind === "share"
    ? {
        total: figure(p.columnTotals[0]!, p.total),
        rows: p.cells.map((cells, i) => figure(cells[0]!, p.rowTotals[i]!)),
      }
    : {
        total: figure(p.columnTotals[0]!, p.columnTotals[1]!),
        rows: p.cells.map((cells) => figure(cells[0]!, cells[1]!)),
      };
}

function make(
  id: string,
  numerator: number | null,
  denominator: number | null,
  value: (denominator: number) => number | null,
  numeratorUnused: boolean,
): IndicatorFigure {
  const suppressed = denominator === null || (!numeratorUnused && numerator === null);
  return {
    id,
    numerator: suppressed ? null : numerator,
    denominator: suppressed ? null : denominator,
    value: suppressed || denominator === null ? null : value(denominator),
    suppressed,
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
