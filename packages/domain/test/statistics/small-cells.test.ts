import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectSmallCells, protectSmallCounts } from "../../src/statistics";

function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (pivot === -1) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      for (let k = c; k < m[i]!.length; k++) m[i]![k]! -= f * m[r]![k]!;
    }
    r++;
  }
  return r;
}

/**
 * Independently of how the table was protected: the hidden entries of the table extended by
 * its totals that the shown entries and the sums determine (linear algebra, no shortcut).
 */
function derivable(hidden: boolean[][]): [number, number][] {
  const R = hidden.length - 1;
  const C = hidden[0]!.length - 1;
  const vars: [number, number][] = [];
  hidden.forEach((row, i) => row.forEach((h, j) => h && vars.push([i, j])));
  const lines: [number, number, number][][] = [];
  for (let i = 0; i <= R; i++)
    lines.push([
      ...Array.from({ length: C }, (_, j) => [i, j, 1] as [number, number, number]),
      [i, C, -1],
    ]);
  for (let j = 0; j <= C; j++)
    lines.push([
      ...Array.from({ length: R }, (_, i) => [i, j, 1] as [number, number, number]),
      [R, j, -1],
    ]);
  const matrix = lines.map((line) =>
    vars.map(([a, b]) => line.find(([i, j]) => i === a && j === b)?.[2] ?? 0),
  );
  const full = rank(matrix);
  return vars.filter((_, k) => rank(matrix.map((row) => row.filter((__, c) => c !== k))) < full);
}

const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) =>
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
        minLength: c,
        maxLength: c,
      }),
      {
        minLength: r,
        maxLength: r,
      },
    ),
  );

describe("small cells", () => {
  it("shows 1-4 as fewer than 5 and hides a complement so the total gives nothing away", () => {
    const line = protectSmallCounts([3, 12, 40]);
    expect(line).toEqual({ cells: ["fewer_than_5", "hidden", 40], total: 55 });
    expect(protectSmallCounts([0, 12, 40])).toEqual({ cells: [0, 12, 40], total: 52 });
  });

  it("hides a small total too, and what would give it away", () => {
    expect(protectSmallCounts([0, 2, 0])).toEqual({
      cells: [0, "fewer_than_5", 0],
      total: "fewer_than_5",
    });
  });

  it("no figure shown is 1-4, shown figures are true, no hidden cell follows from the totals (property)", () => {
    fc.assert(
      fc.property(table, (counts) => {
        const p = protectSmallCells(counts);
        const extended = [
          ...p.cells.map((row, i) => [...row, p.rowTotals[i]!]),
          [...p.columnTotals, p.total],
        ];
        const rowSums = counts.map((r) => r.reduce((a, b) => a + b, 0));
        const truth = [
          ...counts.map((r, i) => [...r, rowSums[i]!]),
          [
            ...counts[0]!.map((_, j) => counts.reduce((a, r) => a + r[j]!, 0)),
            rowSums.reduce((a, b) => a + b, 0),
          ],
        ];
        extended.forEach((row, i) =>
          row.forEach((figure, j) => {
            if (typeof figure === "number") {
              expect(figure >= 1 && figure <= 4).toBe(false);
              expect(figure).toBe(truth[i]![j]);
            }
            if (figure === "fewer_than_5")
              expect(truth[i]![j]! >= 1 && truth[i]![j]! <= 4).toBe(true);
          }),
        );
        expect(derivable(extended.map((row) => row.map((f) => typeof f !== "number")))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("a list with its total never shows 1-4 nor hides exactly one entry (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), (counts) => {
        const p = protectSmallCounts(counts);
        const all = [...p.cells, p.total];
        expect(all.some((f) => typeof f === "number" && f >= 1 && f <= 4)).toBe(false);
        expect(all.filter((f) => typeof f !== "number").length).not.toBe(1);
      }),
    );
  });
});
