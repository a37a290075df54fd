import { describe, expect, it } from "vitest";
import type { SdqVersion } from "../../src/instruments";
import { SDQ_FORMS, scoreSdq } from "../../src/instruments";
import { answersForScores, ITEMS, REVERSED } from "./sdq-helpers";

describe("SDQ_FORMS", () => {
  it("describes 25 items with neutral labels only", () => {
    expect(SDQ_FORMS.itemCount).toBe(25);
    expect(SDQ_FORMS.items).toHaveLength(25);
    SDQ_FORMS.items.forEach((item, i) => {
      expect(item.number).toBe(i + 1);
      expect(item.label).toBe(`SDQ item ${i + 1}`);
    });
  });

  it("puts every item in exactly the scale domain.md lists", () => {
    expect(SDQ_FORMS.scales).toEqual(ITEMS);
    for (const item of SDQ_FORMS.items) {
      expect(ITEMS[item.scale]).toContain(item.number);
      expect(item.reversed).toBe(REVERSED.has(item.number));
    }
    expect([...SDQ_FORMS.reversedItems]).toEqual([7, 11, 14, 21, 25]);
  });

  it("lists the informants for each version", () => {
    expect(SDQ_FORMS.versions["2-4"].informants).toEqual(["parent", "teacher"]);
    expect(SDQ_FORMS.versions["4-17"].informants).toEqual(["parent", "teacher"]);
    expect(SDQ_FORMS.versions["11-17"].informants).toEqual(["self"]);
    expect(SDQ_FORMS.versions["2-4"].rewordedItems).toEqual([18, 22]);
    expect(SDQ_FORMS.versions["4-17"].rewordedItems).toEqual([]);
  });

  it("lists the impact items per informant", () => {
    const five = ["distress", "home", "friendships", "classroom", "leisure"];
    expect(SDQ_FORMS.impactItems.parent).toEqual(five);
    expect(SDQ_FORMS.impactItems.self).toEqual(five);
    expect(SDQ_FORMS.impactItems.teacher).toEqual(["distress", "friendships", "classroom"]);
  });

  it("is frozen so no caller can change scoring for everyone else", () => {
    expect(Object.isFrozen(SDQ_FORMS)).toBe(true);
    expect(Object.isFrozen(SDQ_FORMS.items[0])).toBe(true);
    expect(Object.isFrozen(SDQ_FORMS.scales.emotional)).toBe(true);
  });

  it("scores the 2-4 form exactly like the 4-17 form", () => {
    const answers = answersForScores({
      emotional: 4,
      conduct: 7,
      hyperactivity: 2,
      peer: 5,
      prosocial: 3,
    });
    const results = (["2-4", "4-17", undefined] as (SdqVersion | undefined)[]).map((sdqVersion) =>
      scoreSdq({
        informant: "parent",
        answers,
        impact: [0, 2, 0, 3, 0],
        ...(sdqVersion ? { sdqVersion } : {}),
      }),
    );
    expect(results[0]).toEqual(results[2]);
    expect(results[1]).toEqual(results[2]);
    expect(results[0]).toMatchObject({ conduct: 7, total: 18, impact: 3 });
  });
});
