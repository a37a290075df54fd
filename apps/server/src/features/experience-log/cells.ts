import type { CivilDate } from "@kring/domain/cases";
import { type PeriodSize, periodOf as reportPeriodOf } from "@kring/domain/statistics";
import type { ReflectionFact } from "./reflections.repository";

// The small-count rule of the experience log (ADR 0042): reflections are shown per theme x area x
// period, and a cell with fewer than 5 shows neither its words nor its count, only that there
// are a few. Coarser periods (term, year) gather small months into cells that can be shown.

export const MIN_REFLECTIONS = 5;

export type Grain = PeriodSize;

/** The steering figures' period keys: "2026-03" (month), "2026-vt" / "2026-ht" (term), "2026". */
export function periodOf(on: CivilDate, grain: Grain): string {
  return reportPeriodOf(on, grain).key;
}

export interface CellReflection {
  source: "closure" | "evaluation";
  organisation: string | null;
  whatWorked: string;
  whatGotInTheWay: string;
}

export interface Cell {
  themeId: string | null;
  themeName: string | null;
  area: string | null;
  period: string;
  count: number | null;
  suppressed: boolean;
  reflections: CellReflection[];
}

export interface CellNames {
  theme: (id: string) => string | null;
  area: (id: string | null) => string | null;
  organisation: (id: string | undefined) => string | null;
}

/**
 * A reflection counts once under each theme it names (under "no theme" when it names none). The
 * words in a cell are sorted by their text, not by date: their order gives nothing away.
 */
export function cellsOf(facts: ReflectionFact[], grain: Grain, names: CellNames): Cell[] {
  const cells = new Map<string, Cell>();
  for (const f of facts) {
    const themes = f.reflection.themeIds?.length ? f.reflection.themeIds : [null];
    for (const themeId of themes) {
      const area = names.area(f.areaId);
      const period = periodOf(f.on, grain);
      const key = JSON.stringify([themeId, area, period]);
      const cell = cells.get(key) ?? {
        themeId,
        themeName: themeId ? names.theme(themeId) : null,
        area,
        period,
        count: 0,
        suppressed: false,
        reflections: [],
      };
      cell.reflections.push({
        source: f.source,
        organisation: names.organisation(f.reflection.organisationId),
        whatWorked: f.reflection.whatWorked,
        whatGotInTheWay: f.reflection.whatGotInTheWay,
      });
      cells.set(key, cell);
    }
  }
  return [...cells.values()]
    .map((c) =>
      c.reflections.length < MIN_REFLECTIONS
        ? { ...c, count: null, suppressed: true, reflections: [] }
        : {
            ...c,
            count: c.reflections.length,
            reflections: [...c.reflections].sort((a, b) =>
              (a.whatWorked + a.whatGotInTheWay).localeCompare(b.whatWorked + b.whatGotInTheWay),
            ),
          },
    )
    .sort(
      (a, b) =>
        b.period.localeCompare(a.period) ||
        (a.themeName ?? "\uffff").localeCompare(b.themeName ?? "\uffff", "sv") ||
        (a.area ?? "").localeCompare(b.area ?? "", "sv"),
    );
}
