import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementBlockers, missingSipParts, personLabel, type PlanContent } from "../../src/plans";
import { action, completePlan } from "./fixtures";

const codes = (gaps: { code: string }[]) => gaps.map((g) => g.code);

describe("missingSipParts", () => {
  it("finds nothing missing in a complete plan", () => {
    expect(missingSipParts(completePlan())).toEqual([]);
    expect(agreementBlockers(completePlan())).toEqual([]);
  });

  it("names every legal part of an empty plan, in Swedish and English", () => {
    const plan = { ...completePlan(), goals: [], measuresByOthers: [], leadUnit: null };
    const gaps = missingSipParts(plan);
    expect(codes(gaps)).toEqual(["interventions", "measures_by_others", "overall_responsibility"]);
    for (const g of gaps) {
      expect(g.legal).toBe(true);
      expect(g.messageSv).toMatch(/[a-zåäö]/);
      expect(g.messageEn.length).toBeGreaterThan(10);
    }
  });

  it("lists the actions without a responsible organisation", () => {
    const plan = completePlan();
    plan.goals[0]!.actions = [
      action("a1", { responsibleUnit: { unitId: null, name: " " } }),
      action("a2"),
    ];
    expect(missingSipParts(plan)).toEqual([
      expect.objectContaining({ code: "responsibilities", ids: ["a1"] }),
    ]);
  });

  it("needs no organisation for what a guardian or the child does (#17.13)", () => {
    const plan = completePlan();
    plan.goals[0]!.actions = [
      action("a1", {
        responsibleUnit: null,
        responsiblePerson: {
          userId: null,
          name: "Anna Ek",
          family: { kind: "guardian", guardianId: "g-1" },
        },
      }),
      action("a2", {
        responsibleUnit: null,
        responsiblePerson: { userId: null, name: "Elias Ek", family: { kind: "child" } },
      }),
      action("a3", { responsibleUnit: null, responsiblePerson: { userId: null, name: "Mia" } }),
    ];
    expect(missingSipParts(plan)).toEqual([
      expect.objectContaining({ code: "responsibilities", ids: ["a3"] }),
    ]);
    expect(personLabel(plan.goals[0]!.actions[0]!.responsiblePerson)).toBe(
      "Anna Ek (vårdnadshavare)",
    );
    expect(personLabel(plan.goals[0]!.actions[1]!.responsiblePerson, "en")).toBe(
      "Elias Ek (the child)",
    );
    expect(personLabel(plan.goals[0]!.actions[2]!.responsiblePerson)).toBe("Mia");
  });

  it("accepts an explicit statement that no one else takes measures", () => {
    const plan = { ...completePlan(), measuresByOthers: [], noMeasuresByOthers: true };
    expect(missingSipParts(plan)).toEqual([]);
  });

  it("adds the network's own rules on goals and dates when agreeing", () => {
    const plan = completePlan();
    plan.goals.push({
      id: "g2",
      text: "",
      childWords: "",
      actions: [action("a3", { followUpDate: null })],
    });
    plan.goals[0]!.actions[0] = action("a1", { endDate: "2025-01-01" });
    const gaps = agreementBlockers(plan);
    expect(codes(gaps)).toEqual(["goal_text", "action_dates"]);
    expect(gaps.find((g) => g.code === "action_dates")!.ids).toEqual(["a1", "a3"]);
    expect(gaps.every((g) => !g.legal)).toBe(true);
  });
});

describe("missingSipParts properties", () => {
  const drops = {
    interventions: (p: PlanContent) => ({
      ...p,
      goals: p.goals.map((g) => ({ ...g, actions: [] })),
    }),
    responsibilities: (p: PlanContent) => ({
      ...p,
      goals: p.goals.map((g) => ({
        ...g,
        actions: g.actions.map((a) => ({ ...a, responsibleUnit: null })),
      })),
    }),
    measures_by_others: (p: PlanContent) => ({
      ...p,
      measuresByOthers: [],
      noMeasuresByOthers: false,
    }),
    overall_responsibility: (p: PlanContent) => ({ ...p, leadUnit: null }),
  };

  it("names exactly the legal parts that were taken away (property)", () => {
    const parts = Object.keys(drops) as (keyof typeof drops)[];
    fc.assert(
      fc.property(fc.subarray(parts), (removed) => {
        const plan = removed.reduce((p, part) => drops[part](p), completePlan());
        const missing = codes(missingSipParts(plan));
        // Without any action there is nothing left to lack a responsible organisation.
        const expected = removed.filter(
          (r) => !(r === "responsibilities" && removed.includes("interventions")),
        );
        expect(missing.sort()).toEqual([...expected].sort());
        expect(agreementBlockers(plan).length === 0).toBe(removed.length === 0);
      }),
    );
  });
});
