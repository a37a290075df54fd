import type { PlanAction, PlanContent } from "../../src/plans";

export function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    description: `Åtgärd ${id}`,
    responsibleUnit: { unitId: "u-school", name: "Skolan" },
    responsiblePerson: { userId: "p-1", name: "Mentor" },
    startDate: "2026-01-10",
    endDate: "2026-06-10",
    followUpDate: "2026-03-01",
    ...overrides,
  };
}

/** A plan with every part the law requires. */
export function completePlan(): PlanContent {
  return {
    needs: "Trygghet i skolan och stöd hemma.",
    goals: [
      {
        id: "g1",
        text: "Alva går till skolan varje dag.",
        childWords: "Jag vill orka gå till skolan.",
        actions: [
          action("a1"),
          action("a2", { responsibleUnit: { unitId: "u-bup", name: "BUP" } }),
        ],
      },
    ],
    measuresByOthers: [
      { id: "m1", description: "Anpassad studiegång", by: { unitId: null, name: "Friskolan" } },
    ],
    noMeasuresByOthers: false,
    leadUnit: { unitId: "u-school", name: "Skolan" },
    childView: "Jag vill ha en lugn plats.",
    guardiansView: "Vi vill ha tät kontakt.",
    internalNotes: "",
  };
}
