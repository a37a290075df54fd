// Small cells (små tal): an aggregate figure of 1-4 people could point out a child, so it is
// shown as "färre än 5". Hiding it alone is not enough when totals are shown: a hidden cell
// would follow from its row total minus the cells shown. Complementary suppression hides more
// cells until no hidden cell can be derived from the row and column totals.

/** A figure as shown: a count, "fewer than 5" (1-4), or hidden to protect another cell. */
export type ShownFigure = number | "fewer_than_5" | "hidden";

export const SMALL_CELL_LIMIT = 5;

export interface ProtectedTable {
  cells: ShownFigure[][];
  rowTotals: ShownFigure[];
  columnTotals: ShownFigure[];
  total: ShownFigure;
}

const isSmall = (n: number) => n >= 1 && n < SMALL_CELL_LIMIT;

/**
 * Protects a table of counts shown with its row totals, column totals and grand total. Works on
 * the table extended by its totals (row R and column C are the totals): a set of hidden entries
 * is safe when every hidden entry lies on a cycle of hidden entries that alternates between
 * rows and columns (then its value can move along the cycle without changing any total); a
 * hidden entry on no cycle (a bridge) is determined by the totals and needs a complement.
 */
export function protectSmallCells(
  counts: number[][],
  /**
   * Entries to hide as well though not small (a caller's own rule), shown as "hidden": indexed
   * like the table extended by its totals (row `counts.length` and the last column are totals).
   */
  alsoHide?: readonly (readonly boolean[])[],
): ProtectedTable {
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  if (counts.some((r) => r.length !== cols)) throw new Error("ragged table");
  const value: number[][] = counts.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const columnSums = Array.from({ length: cols + 1 }, (_, j) =>
    value.reduce((a, r) => a + r[j]!, 0),
  );
  value.push(columnSums);
  const primary = value.map((r) => r.map(isSmall));
  const hidden = primary.map((r, i) => r.map((h, j) => h || !!alsoHide?.[i]?.[j]));
  for (let guard = 0; guard <= (rows + 1) * (cols + 1); guard++) {
    const exposed = determinedEntry(hidden);
    if (!exposed) break;
    complement(value, hidden, exposed);
  }
  const shown = (i: number, j: number): ShownFigure =>
    primary[i]![j] ? "fewer_than_5" : hidden[i]![j] ? "hidden" : value[i]![j]!;
  return {
    cells: counts.map((r, i) => r.map((_, j) => shown(i, j))),
    rowTotals: counts.map((_, i) => shown(i, cols)),
    columnTotals: Array.from({ length: cols }, (_, j) => shown(rows, j)),
    total: shown(rows, cols),
  };
}

/**
 * Protects a list of counts shown with its total only (one sum, no column totals): safe when no
 * entry or at least two are hidden, the complement being the smallest positive count shown.
 */
export function protectSmallCounts(counts: number[]): { cells: ShownFigure[]; total: ShownFigure } {
  const value = [...counts, counts.reduce((a, b) => a + b, 0)];
  const primary = value.map(isSmall);
  const hidden = [...primary];
  if (hidden.filter(Boolean).length === 1) {
    const shownIndexes = value.map((_, i) => i).filter((i) => !hidden[i]);
    const rank = (i: number) => (value[i]! > 0 ? value[i]! : Number.MAX_SAFE_INTEGER);
    const pick = shownIndexes.sort((a, b) => rank(a) - rank(b))[0];
    if (pick !== undefined) hidden[pick] = true;
  }
  const shown = value.map((v, i): ShownFigure =>
    primary[i] ? "fewer_than_5" : hidden[i] ? "hidden" : v,
  );
  return { cells: shown.slice(0, counts.length), total: shown[counts.length]! };
}

type Entry = [row: number, col: number];

/**
 * A hidden entry whose value the totals determine: an edge of the bipartite graph of rows and
 * columns (hidden entries as edges) that lies on no cycle, found by Tarjan's bridge search.
 */
function determinedEntry(hidden: boolean[][]): Entry | null {
  const rows = hidden.length;
  const cols = hidden[0]!.length;
  const n = rows + cols; // nodes: rows 0..rows-1, columns rows..rows+cols-1
  const adj: [node: number, edge: number][][] = Array.from({ length: n }, () => []);
  const edges: Entry[] = [];
  hidden.forEach((r, i) =>
    r.forEach((h, j) => {
      if (!h) return;
      adj[i]!.push([rows + j, edges.length]);
      adj[rows + j]!.push([i, edges.length]);
      edges.push([i, j]);
    }),
  );
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  let time = 0;
  let bridge: Entry | null = null;
  const visit = (u: number, viaEdge: number) => {
    order[u] = low[u] = time++;
    for (const [v, e] of adj[u]!) {
      if (e === viaEdge) continue;
      if (order[v] === -1) {
        visit(v, e);
        low[u] = Math.min(low[u], low[v]!);
        if (low[v]! > order[u] && !bridge) bridge = edges[e]!;
      } else low[u] = Math.min(low[u], order[v]!);
    }
  };
  for (let u = 0; u < n && !bridge; u++) if (order[u] === -1) visit(u, -1);
  return bridge;
}

/**
 * Hides one more entry next to an exposed one: in its row, else its column, the smallest
 * positive entry shown (a zero protects little: nothing can be taken from it).
 */
function complement(value: number[][], hidden: boolean[][], [i, j]: Entry) {
  const candidates: Entry[] = [];
  value[i]!.forEach((_, c) => c !== j && !hidden[i]![c] && candidates.push([i, c]));
  if (candidates.length === 0)
    value.forEach((_, r) => r !== i && !hidden[r]![j] && candidates.push([r, j]));
  if (candidates.length === 0) {
    // Row and column already hidden throughout: hide any entry still shown.
    value.forEach((r, a) => r.forEach((_, b) => !hidden[a]![b] && candidates.push([a, b])));
  }
  const rank = ([r, c]: Entry) => (value[r]![c]! > 0 ? value[r]![c]! : Number.MAX_SAFE_INTEGER);
  candidates.sort((a, b) => rank(a) - rank(b));
  const [r, c] = candidates[0]!;
  hidden[r]![c] = true;
}
