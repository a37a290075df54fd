import { describe, expect, it } from "vitest";
import type { SdqAnswer, SdqSubscale } from "../../src/instruments";
import { scoreSdq } from "../../src/instruments";
import { ITEMS } from "./sdq-helpers";

const score = (answers: SdqAnswer[]) => scoreSdq({ informant: "parent", answers });

function filled(value: SdqAnswer): SdqAnswer[] {
  return Array.from({ length: 25 }, () => value);
}

describe("SDQ composite scores and missing values", () => {
  /** Every scale except `scale` fully answered and scoring 2; `scale` left blank. */
  function sheetWithout(scale: SdqSubscale): SdqAnswer[] {
    const answers = filled(null);
    for (const [s, items] of Object.entries(ITEMS) as [SdqSubscale, number[]][]) {
      if (s === scale) continue;
      // One scored point on the first two items of each scale (item scored 1 either way).
      items.forEach(
        (item, i) => (answers[item - 1] = i < 2 ? 1 : [7, 11, 14, 21, 25].includes(item) ? 2 : 0),
      );
    }
    return answers;
  }

  it("sums correctly when everything is present", () => {
    const result = score(
      sheetWithout("prosocial").map((a, i) => ([1, 4, 9, 17, 20].includes(i + 1) ? 1 : a)),
    );
    expect(result).toMatchObject({
      emotional: 2,
      conduct: 2,
      hyperactivity: 2,
      peer: 2,
      prosocial: 5,
    });
    expect(result).toMatchObject({ total: 8, externalising: 4, internalising: 4 });
  });

  it.each([
    ["emotional", { total: null, externalising: 4, internalising: null }],
    ["conduct", { total: null, externalising: null, internalising: 4 }],
    ["hyperactivity", { total: null, externalising: null, internalising: 4 }],
    ["peer", { total: null, externalising: 4, internalising: null }],
    ["prosocial", { total: 8, externalising: 4, internalising: 4 }],
  ] as const)("%s missing → %j", (scale, expected) => {
    const result = score(sheetWithout(scale));
    expect(result[scale]).toBeNull();
    expect(result).toMatchObject(expected);
    expect(result.bands3[scale]).toBeNull();
    expect(result.bands4[scale]).toBeNull();
    expect(result.bands3.total).toBe(expected.total === null ? null : "normal");
    expect(result.bands4.total).toBe(expected.total === null ? null : "close_to_average");
  });

  it("an empty sheet scores nothing", () => {
    const result = score(filled(null));
    expect(result).toEqual({
      emotional: null,
      conduct: null,
      hyperactivity: null,
      peer: null,
      prosocial: null,
      total: null,
      externalising: null,
      internalising: null,
      impact: null,
      bands3: {
        emotional: null,
        conduct: null,
        hyperactivity: null,
        peer: null,
        prosocial: null,
        total: null,
        impact: null,
      },
      bands4: {
        emotional: null,
        conduct: null,
        hyperactivity: null,
        peer: null,
        prosocial: null,
        total: null,
        impact: null,
      },
    });
  });
});
