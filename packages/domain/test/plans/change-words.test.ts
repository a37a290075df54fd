import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describePlanChanges, diffPlans } from "../../src/plans";
import { action, completePlan } from "./fixtures";

describe("describePlanChanges", () => {
  it("says what changed in words, not ids: a new action with who is responsible and when", () => {
    const before = completePlan();
    const after = structuredClone(before);
    after.goals[0]!.actions.push(
      action("a-d09db78e", {
        description: "Stödsamtal med skolsköterskan varje vecka",
        responsibleUnit: { unitId: "u-eht", name: "Elevhälsan" },
        responsiblePerson: { userId: "p-2", name: "Mia Skolsköterska" },
      }),
    );
    after.goals[0]!.actions[0]!.followUpDate = "2026-04-01";
    after.goals[0]!.actions.splice(1, 1);
    after.leadUnit = { unitId: "u-bup", name: "BUP" };
    after.internalNotes = "Ny intern anteckning";
    const words = describePlanChanges(before, after);
    expect(words.map((w) => w.sv)).toEqual([
      "Huvudansvar: Skolan → BUP",
      "De interna anteckningarna är ändrade.",
      "Ändrad insats: Åtgärd a1 (uppföljning 2026-03-01 → 2026-04-01)",
      "Borttagen insats: Åtgärd a2",
      "Ny insats: Stödsamtal med skolsköterskan varje vecka, ansvarig Mia Skolsköterska (Elevhälsan), från 2026-01-10 till 2026-06-10, uppföljning 2026-03-01",
    ]);
    expect(words.at(-1)).toMatchObject({
      id: "a-d09db78e",
      en: "New action: Stödsamtal med skolsköterskan varje vecka, responsible Mia Skolsköterska (Elevhälsan), from 2026-01-10 to 2026-06-10, follow-up 2026-03-01",
    });
    expect(words.some((w) => /a-d09db78e|tillagt/.test(w.sv))).toBe(false);
    // The family never reads the internal notes, not even that they changed.
    expect(describePlanChanges(before, after, { family: true }).map((w) => w.sv)).not.toContain(
      "De interna anteckningarna är ändrade.",
    );
  });

  it("names goals and measures by their text", () => {
    const before = completePlan();
    const after = structuredClone(before);
    after.goals[0]!.text = "Alva går till skolan fyra dagar i veckan.";
    after.goals.push({ id: "g2", text: "Sova bättre", childWords: "", actions: [] });
    after.measuresByOthers = [];
    expect(describePlanChanges(before, after).map((w) => w.sv)).toEqual([
      "Ändrat mål: Alva går till skolan fyra dagar i veckan. (tidigare ”Alva går till skolan varje dag.”)",
      "Nytt mål: Sova bättre",
      "Borttagen åtgärd av andra: Anpassad studiegång",
    ]);
  });

  it("gives one sentence per change in both languages, whatever changed", () => {
    const plan = fc.record({
      description: fc.constantFrom("Läsa", "Sova", ""),
      follow: fc.constantFrom(null, "2026-02-01"),
      lead: fc.constantFrom(null, "Skolan", "BUP"),
    });
    fc.assert(
      fc.property(plan, plan, (x, y) => {
        const make = (p: typeof x) => {
          const c = completePlan();
          c.goals[0]!.actions[0]!.description = p.description;
          c.goals[0]!.actions[0]!.followUpDate = p.follow;
          c.leadUnit = p.lead ? { unitId: null, name: p.lead } : null;
          return c;
        };
        const words = describePlanChanges(make(x), make(y));
        expect(words).toHaveLength(diffPlans(make(x), make(y)).length);
        for (const w of words) expect(w.sv && w.en).toBeTruthy();
      }),
    );
  });
});
