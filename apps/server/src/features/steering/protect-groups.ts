// Indicators that split one whole (open cases by stage, declined requests by reason, pupils on
// the attendance staircase by their highest step) are protected together, as one table of
// areas x members: protected one by one, the members shown would give a hidden one away as the
// whole minus the others. Each member is then shown as a share of the whole, so a shown member
// whose complement (the whole minus it) would be 1-4 is hidden too, as is one more member when
// the hidden ones together would be 1-4, and the table protected again until nothing small can
// be read or worked out.
import { type ShownFigure, protectSmallCells } from "@kring/domain/statistics";
import { ATTENDANCE_STEP_IDS } from "./attendance-indicators";
import type { AreaFigures, RawFigure } from "./compute";
import { OUTCOME_GROUPS } from "./outcome-indicators";
import type { IndicatorFigure } from "./protect";

const isSmall = (n: number) => n >= 1 && n <= 4;
const num = (f: ShownFigure) => (typeof f === "number" ? f : null);

/**
 * `raw[m][r]`: member m's figure in row r (areas, then ""), each member's denominator the row's
 * whole. Returns per member the municipality's figure and one per row.
 */
export function protectGroup(ids: string[], raw: RawFigure[][]) {
  const rows = raw[0]!.length;
  const counts = Array.from({ length: rows }, (_, r) => raw.map((m) => m[r]!.numerator));
  const wholes = Array.from({ length: rows }, (_, r) => raw[0]![r]!.denominator);
  // Indexed like the table extended by its totals: row `rows` holds the municipality's.
  const alsoHide = Array.from({ length: rows + 1 }, () => ids.map(() => false).concat(false));
  const total = wholes.reduce((a, b) => a + b, 0);
  let p = protectSmallCells(counts, alsoHide);
  for (let changed = true; changed;) {
    changed = false;
    p.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (typeof cell === "number" && isSmall(wholes[i]! - cell) && !alsoHide[i]![j])
          changed = alsoHide[i]![j] = true;
      }),
    );
    // The municipality's complement: its whole minus the member's column total.
    p.columnTotals.forEach((cell, j) => {
      if (typeof cell === "number" && isSmall(total - cell)) changed = alsoHide[rows]![j] = true;
    });
    // The hidden members of a row together are its whole minus the shown ones: never 1-4.
    [...p.cells, p.columnTotals].forEach((row, i) => {
      const whole = i < rows ? p.rowTotals[i]! : p.total;
      if (typeof whole !== "number") return;
      const shown = row.map((c, j) => [num(c), j] as const).filter(([c]) => c !== null);
      const hiddenSum = whole - shown.reduce((a, [c]) => a + c!, 0);
      const smallest = shown.filter(([c]) => c! > 0).sort((a, b) => a[0]! - b[0]!)[0];
      if (isSmall(hiddenSum) && smallest) changed = alsoHide[i]![smallest[1]] = true;
    });
    if (changed) p = protectSmallCells(counts, alsoHide);
  }
  const figure = (id: string, n: ShownFigure, d: ShownFigure): IndicatorFigure => {
    const numerator = num(n);
    const denominator = num(d);
    const suppressed = numerator === null || denominator === null;
    return {
      id,
      numerator: suppressed ? null : numerator,
      denominator: suppressed ? null : denominator,
      value:
        suppressed || denominator === 0
          ? null
          : Math.round((numerator / denominator) * 1000) / 1000,
      suppressed,
    };
  };
  return ids.map((id, j) => ({
    total: figure(id, p.columnTotals[j]!, p.total),
    rows: p.cells.map((row, i) => figure(id, row[j]!, p.rowTotals[i]!)),
  }));
}

/** The indicators that split one whole, each group's members' ids. */
export const INDICATOR_GROUPS: string[][] = [...OUTCOME_GROUPS, ATTENDANCE_STEP_IDS];

/** Every group of INDICATOR_GROUPS, protected together; by indicator id. */
export function protectGroups(figures: Map<string, AreaFigures>, rowKeys: string[]) {
  const out = new Map<string, ReturnType<typeof protectGroup>[number]>();
  for (const ids of INDICATOR_GROUPS) {
    const raw = ids.map((id) =>
      rowKeys.map((k) => figures.get(k)?.get(id) ?? { numerator: 0, denominator: 0, days: [] }),
    );
    protectGroup(ids, raw).forEach((f, j) => out.set(ids[j]!, f));
  }
  return out;
}
