import { DANDERYD_STAIRCASE, requiredHistoryDays } from "@kring/domain/attendance";
import { describe, expect, it } from "vitest";
import { NEVER_ABSENT } from "../../src/features/attendance/evaluation/evaluate-pupils";
import type { PendingRow } from "../../src/features/attendance/evaluation/evaluation-reads.repository";
import { newDaysAfter, sortPending } from "../../src/features/attendance/evaluation/pending-pupils";
import type { ActiveStaircase } from "../../src/features/attendance/evaluation/staircase-config.repository";

// Which pupils marked as changed a day's increment advances without the engine, which it
// continues from the stored window, and which need their days or state read again.

const history = requiredHistoryDays(DANDERYD_STAIRCASE);
const active: ActiveStaircase = {
  configId: "c",
  unitId: null,
  version: 1,
  staircase: DANDERYD_STAIRCASE,
  key: "c:1",
  history,
};
const ctx = {
  tenantId: "t",
  today: "2025-09-30",
  history,
  staircases: [active],
  perSchool: false,
};
// 20332 = 2025-09-01; stored states are evaluated through 2025-09-10 (20341).
const WINDOW = "20340,300,0,0;20341,300,0,0";
const state = (step: number) =>
  JSON.stringify({
    staircaseId: "c:1",
    step,
    since: null,
    history: [],
    lastEvaluated: "2025-09-10",
  });
/** A school day and a weekend day after the stored state. */
const NEW_DAYS = "20342,300,0,0;20343,0,0,0";

function row(childId: string, over: Partial<PendingRow> = {}): PendingRow {
  return {
    child_id: childId,
    revision: 1,
    from_date: "2025-09-11",
    staircase_key: "c:1",
    step: 1,
    last_evaluated: "2025-09-10",
    clear_days: 0,
    recent_days: WINDOW,
    state: state(1),
    ...over,
  };
}
/** At step 0 with a clear window: read without the state (see PendingRow.state). */
const quiet = { step: 0, clear_days: NEVER_ABSENT, recent_days: null, state: null };
/** The chunk's new days, read after 2025-09-10. */
const days = (entries: Record<string, string>) => ({
  after: "2025-09-10",
  days: new Map(Object.entries(entries)),
});

describe("pupils marked as changed", () => {
  it("advances a pupil who cannot move without the engine", () => {
    const rows = [row("quiet", { ...quiet, clear_days: history }), row("never-absent", quiet)];
    const sorted = sortPending(
      ctx,
      rows,
      new Map(),
      days({ quiet: NEW_DAYS, "never-absent": NEW_DAYS }),
    );
    expect(sorted.pupils).toEqual([]);
    // Through the last new day (a weekend counts as evaluated); one more clear school day.
    expect(sorted.quiet).toEqual([
      { childId: "quiet", through: "2025-09-12", clearDays: history + 1, recentDays: null },
      { childId: "never-absent", through: "2025-09-12", clearDays: NEVER_ABSENT, recentDays: null },
    ]);
  });

  it("continues every pupil who could move from the stored window and the new days", () => {
    const rows = [
      row("on-a-step"),
      row("away-in-window", { step: 0, clear_days: history - 1, state: state(0) }),
      // Read before this pupil's last evaluation: only the later days are new.
      row("ahead", { last_evaluated: "2025-09-11", from_date: "2025-09-12" }),
    ];
    const read = days({
      "on-a-step": NEW_DAYS,
      "away-in-window": NEW_DAYS,
      ahead: "20342,300,60,0;20343,0,0,0",
    });
    const sorted = sortPending(ctx, rows, new Map(), read);
    expect(sorted.quiet).toEqual([]);
    expect(sorted.pupils.map((p) => [p.childId, p.after, p.stored?.state.step])).toEqual([
      ["on-a-step", "2025-09-10", 1],
      ["away-in-window", "2025-09-10", 0],
      ["ahead", "2025-09-11", 1],
    ]);
    expect(sorted.needDays).toEqual([]);
    expect(sorted.days.get("on-a-step")).toBe(`${WINDOW};${NEW_DAYS}`);
    expect(sorted.days.get("ahead")).toBe(`${WINDOW};20343,0,0,0`);
  });

  it("reads the window, the state or every day when they are not at hand", () => {
    const rows = [
      // Quiet until absent on the new day: neither state nor window was read.
      row("absent-today", quiet),
      row("window-unknown", { recent_days: null }),
      row("corrected", { from_date: "2025-09-09" }),
      row("older-staircase", { ...quiet, staircase_key: "c:0" }),
    ];
    const read = days({
      "absent-today": "20342,300,0,45",
      "window-unknown": NEW_DAYS,
      corrected: NEW_DAYS,
      "older-staircase": NEW_DAYS,
    });
    const sorted = sortPending(ctx, rows, new Map(), read);
    expect(sorted.quiet).toEqual([]);
    expect(sorted.needDays).toEqual([
      { childId: "absent-today", after: "2025-09-10" },
      { childId: "window-unknown", after: "2025-09-10" },
      { childId: "corrected", after: null },
      { childId: "older-staircase", after: null },
    ]);
    expect(sorted.needStates).toEqual(["absent-today", "older-staircase"]);
    expect(sorted.days.size).toBe(0);
  });

  it("starts a new pupil from all their days and skips one with nothing new", () => {
    const fresh = { staircase_key: null, step: null, last_evaluated: null, clear_days: null };
    const rows = [row("new", { ...fresh, recent_days: null, state: null }), row("nothing-new")];
    const sorted = sortPending(ctx, rows, new Map(), days({}));
    expect(sorted.pupils.map((p) => [p.childId, p.after, p.stored])).toEqual([
      ["new", null, undefined],
    ]);
    expect(sorted.needDays).toEqual([{ childId: "new", after: null }]);
    expect(sorted.needStates).toEqual([]);
  });

  it("applies the staircase of each pupil's school", () => {
    const own = { ...active, key: "d:1", unitId: "school-d" };
    const perSchool = { ...ctx, staircases: [active, own], perSchool: true };
    const rows = [
      row("at-d", { staircase_key: "d:1" }),
      row("moved-from-d", { staircase_key: "d:1" }),
    ];
    const schools = new Map([["at-d", "school-d"]]);
    const sorted = sortPending(perSchool, rows, schools, days({ "at-d": NEW_DAYS }));
    expect(sorted.pupils.map((p) => [p.childId, p.after, p.active.key])).toEqual([
      ["at-d", "2025-09-10", "d:1"],
      ["moved-from-d", null, "c:1"],
    ]);
  });
});

describe("the new days to read", () => {
  it("start after the earliest state that continues", () => {
    const rows = [
      row("a"),
      row("b", { last_evaluated: "2025-09-08" }),
      row("corrected", { last_evaluated: "2025-09-01", from_date: "2025-09-01" }),
      row("new", { last_evaluated: null }),
    ];
    expect(newDaysAfter(rows)).toBe("2025-09-08");
    expect(newDaysAfter([row("new", { last_evaluated: null })])).toBeNull();
  });

  it("leave out a pupil far behind the others, whose days are read on their own", () => {
    const rows = [row("a"), row("back-after-a-term", { last_evaluated: "2025-06-13" })];
    expect(newDaysAfter(rows)).toBe("2025-09-10");
    const sorted = sortPending(ctx, rows, new Map(), days({ a: NEW_DAYS }));
    expect(sorted.needDays).toEqual([{ childId: "back-after-a-term", after: "2025-06-13" }]);
    expect(sorted.days.get("a")).toBe(`${WINDOW};${NEW_DAYS}`);
  });
});
