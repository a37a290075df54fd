import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/cases/civil-date";
import {
  GOAL_LEVELS,
  followUpIssues,
  goalLevelScore,
  overdueActions,
  overdueReason,
  type ActionTracking,
} from "../../src/plans";
import { completePlan } from "./fixtures";

const tracking = (overrides: Partial<ActionTracking> = {}): ActionTracking => ({
  actionId: "a1",
  endDate: "2026-06-10",
  followUpDate: "2026-03-01",
  status: "in_progress",
  lastNoteOn: null,
  ...overrides,
});

describe("follow-up", () => {
  it("needs an assessment of every goal, once, and known actions", () => {
    const plan = completePlan();
    expect(followUpIssues(plan, [{ goalId: "g1", level: "some_progress" }], ["a1"])).toEqual([]);
    const issues = followUpIssues(
      plan,
      [
        { goalId: "gX", level: "achieved" },
        { goalId: "gX", level: "achieved" },
      ],
      ["aX"],
    );
    expect(issues.map((i) => i.code)).toEqual([
      "unknown_goal",
      "unknown_goal",
      "goal_not_assessed",
      "unknown_action",
    ]);
  });

  it("scores the scale 1-4 in order", () => {
    expect(GOAL_LEVELS.map(goalLevelScore)).toEqual([1, 2, 3, 4]);
  });
});

describe("overdue actions", () => {
  it("is overdue after the end date, or after the follow-up date without a note since", () => {
    expect(overdueReason(tracking(), "2026-03-01")).toBeNull();
    expect(overdueReason(tracking(), "2026-03-02")).toBe("follow_up_due");
    expect(overdueReason(tracking({ lastNoteOn: "2026-03-01" }), "2026-03-02")).toBeNull();
    expect(overdueReason(tracking({ lastNoteOn: "2026-02-01" }), "2026-03-02")).toBe(
      "follow_up_due",
    );
    expect(overdueReason(tracking({ lastNoteOn: "2026-05-01" }), "2026-06-11")).toBe("end_passed");
    expect(overdueReason(tracking({ status: "done" }), "2027-01-01")).toBeNull();
    expect(overdueReason(tracking({ status: "cancelled" }), "2027-01-01")).toBeNull();
  });

  it("sorts the most urgent first", () => {
    const list = overdueActions(
      [tracking({ actionId: "late" }), tracking({ actionId: "later", endDate: "2026-02-01" })],
      "2026-07-01",
    );
    expect(list.map((x) => x.actionId)).toEqual(["later", "late"]);
  });

  it("stays overdue as days pass, until the action is finished (property)", () => {
    const date = fc.integer({ min: 0, max: 400 }).map((n) => addDays("2026-01-01", n));
    const status = fc.constantFrom(
      "planned",
      "in_progress",
      "done",
      "paused",
      "cancelled" as const,
    );
    fc.assert(
      fc.property(
        fc.option(date, { nil: null }),
        fc.option(date, { nil: null }),
        fc.option(date, { nil: null }),
        status,
        date,
        fc.integer({ min: 1, max: 100 }),
        (endDate, followUpDate, lastNoteOn, s, today, later) => {
          const t = tracking({
            endDate,
            followUpDate,
            lastNoteOn,
            status: s,
          });
          const now = overdueReason(t, today);
          if (s === "done" || s === "cancelled") expect(now).toBeNull();
          if (now) expect(overdueReason(t, addDays(today, later))).not.toBeNull();
        },
      ),
    );
  });
});
