import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPlans, invertChange, type PlanContent } from "../../src/plans";
import { action, completePlan } from "./fixtures";

describe("diffPlans", () => {
  it("reports reworded goals, moved and added actions, and plan fields", () => {
    const before = completePlan();
    const after = structuredClone(before);
    after.goals[0]!.text = "Alva går till skolan fyra dagar i veckan.";
    after.goals.push({
      id: "g2",
      text: "Sova bättre",
      childWords: "",
      actions: [before.goals[0]!.actions[1]!],
    });
    after.goals[0]!.actions = [action("a1", { endDate: "2026-08-01" }), action("a9")];
    after.leadUnit = { unitId: "u-bup", name: "BUP" };
    expect(diffPlans(before, after)).toEqual([
      { section: "plan", kind: "changed", field: "leadUnit" },
      { section: "goal", kind: "changed", id: "g1", fields: ["text"] },
      { section: "goal", kind: "added", id: "g2", fields: [] },
      { section: "action", kind: "changed", id: "a1", goalId: "g1", fields: ["endDate"] },
      { section: "action", kind: "changed", id: "a2", goalId: "g2", fields: ["goalId"] },
      { section: "action", kind: "added", id: "a9", goalId: "g1", fields: [] },
    ]);
  });
});

// Plans drawn from a small pool of ids and texts, so that pairs share goals and actions.
const text = fc.constantFrom("", "Läsa", "Sova", "Skola");
const actionArb = fc.record({
  id: fc.constantFrom("a1", "a2", "a3"),
  description: text,
  responsibleUnit: fc.option(fc.record({ unitId: fc.constant(null), name: text }), { nil: null }),
  responsiblePerson: fc.constant(null),
  startDate: fc.constantFrom(null, "2026-01-01"),
  endDate: fc.constantFrom(null, "2026-05-01"),
  followUpDate: fc.constantFrom(null, "2026-02-01"),
});
const planArb: fc.Arbitrary<PlanContent> = fc
  .record({
    needs: text,
    goals: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom("g1", "g2", "g3"),
        text,
        childWords: text,
        actions: fc.array(actionArb, { maxLength: 2 }),
      }),
      { selector: (g) => g.id, maxLength: 3 },
    ),
    measuresByOthers: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom("m1", "m2"),
        description: text,
        by: fc.record({ unitId: fc.constant(null), name: text }),
      }),
      { selector: (m) => m.id },
    ),
    noMeasuresByOthers: fc.boolean(),
    leadUnit: fc.constant(null),
    childView: text,
    guardiansView: text,
    internalNotes: text,
  })
  .map((p) => {
    // Action ids are unique within a plan, as the editor guarantees.
    const used = new Set<string>();
    for (const g of p.goals) g.actions = g.actions.filter((a) => !used.has(a.id) && used.add(a.id));
    return p;
  });

describe("diffPlans properties", () => {
  it("finds no change between a plan and itself, or a copy of it", () => {
    fc.assert(fc.property(planArb, (p) => diffPlans(p, structuredClone(p)).length === 0));
  });

  it("finds a change exactly when two plans differ in more than order", () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        expect(diffPlans(a, b).length === 0).toBe(canonical(a) === canonical(b));
      }),
    );
  });

  it("is symmetric: b→a is a→b with added and removed swapped", () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const key = (c: object) => JSON.stringify(c);
        const forward = diffPlans(a, b).map(invertChange).map(key).sort();
        const backward = diffPlans(b, a)
          .map((c) => (c.section === "action" ? { ...c, goalId: "" } : c))
          .map(key)
          .sort();
        const forwardNoGoal = diffPlans(a, b)
          .map(invertChange)
          .map((c) => (c.section === "action" ? { ...c, goalId: "" } : c))
          .map(key)
          .sort();
        expect(forward.length).toBe(backward.length);
        expect(forwardNoGoal).toEqual(backward);
      }),
    );
  });
});

// The order of goals, actions and measures is layout, not content.
function canonical(p: PlanContent) {
  const byId = <T extends { id: string }>(xs: T[]) =>
    [...xs].sort((x, y) => x.id.localeCompare(y.id));
  return JSON.stringify({
    ...p,
    goals: byId(p.goals).map((g) => ({ ...g, actions: byId(g.actions) })),
    measuresByOthers: byId(p.measuresByOthers),
  });
}
