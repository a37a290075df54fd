import { describe, expect, it } from "vitest";
import type { SdqImpactAnswer, SdqInformant } from "../../src/instruments";
import { InstrumentInputError, scoreSdq } from "../../src/instruments";
import { answersForScores } from "./sdq-helpers";

const answers = answersForScores({
  emotional: 2,
  conduct: 1,
  hyperactivity: 3,
  peer: 0,
  prosocial: 8,
});

function impact(
  informant: SdqInformant,
  items: SdqImpactAnswer[] | null | undefined,
  noDifficulties?: boolean,
) {
  return scoreSdq({
    informant,
    answers,
    ...(items === undefined ? {} : { impact: items }),
    ...(noDifficulties === undefined ? {} : { noDifficulties }),
  }).impact;
}

describe("SDQ impact supplement", () => {
  it.each([
    [0, 0], // not at all
    [1, 0], // only a little
    [2, 1], // a medium amount
    [3, 2], // a great deal
  ] as const)("answer code %i on one item scores %i", (code, expected) => {
    expect(impact("parent", [code, 0, 0, 0, 0])).toBe(expected);
    expect(impact("parent", [0, 0, 0, 0, code])).toBe(expected);
    expect(impact("teacher", [0, code, 0])).toBe(expected);
  });

  it("sums the five parent/self items: [2,3,1,0,2] → 1+2+0+0+1 = 4", () => {
    expect(impact("parent", [2, 3, 1, 0, 2])).toBe(4);
    expect(impact("self", [2, 3, 1, 0, 2])).toBe(4);
  });

  it("maximum is 10 for parent and self, 6 for teacher", () => {
    expect(impact("parent", [3, 3, 3, 3, 3])).toBe(10);
    expect(impact("self", [3, 3, 3, 3, 3])).toBe(10);
    expect(impact("teacher", [3, 3, 3])).toBe(6);
  });

  it("teacher uses three items: [3,2,1] → 2+1+0 = 3", () => {
    expect(impact("teacher", [3, 2, 1])).toBe(3);
  });

  it("unanswered impact items count 0 (not prorated)", () => {
    expect(impact("parent", [3, null, null, null, null])).toBe(2);
    expect(impact("parent", [null, 3, null, 2, null])).toBe(3);
    expect(impact("teacher", [null, null, 3])).toBe(2);
  });

  it("is null, not 0, when every impact item is left blank (unless no difficulties)", () => {
    expect(impact("parent", [null, null, null, null, null])).toBeNull();
    expect(impact("teacher", [null, null, null])).toBeNull();
    expect(impact("parent", [null, null, null, null, null], true)).toBe(0);
  });

  it("is null when impact was not collected", () => {
    expect(impact("parent", undefined)).toBeNull();
    expect(impact("parent", null)).toBeNull();
    expect(impact("teacher", null, false)).toBeNull();
  });

  it("is 0 when the respondent reports no difficulties", () => {
    expect(impact("parent", undefined, true)).toBe(0);
    expect(impact("self", null, true)).toBe(0);
    expect(impact("teacher", null, true)).toBe(0);
    // Any impact answers are moot once the respondent says there are no difficulties.
    expect(impact("parent", [3, 3, 3, 3, 3], true)).toBe(0);
    expect(impact("parent", [3, 3, 3, 3, 3], false)).toBe(10);
  });

  it("bands impact 0 / 1 / 2 / 3", () => {
    const bands = (items: SdqImpactAnswer[]) => {
      const r = scoreSdq({ informant: "parent", answers, impact: items });
      return [r.bands3.impact, r.bands4.impact];
    };
    expect(bands([0, 0, 0, 0, 0])).toEqual(["normal", "close_to_average"]);
    expect(bands([2, 0, 0, 0, 0])).toEqual(["borderline", "slightly_raised"]);
    expect(bands([3, 0, 0, 0, 0])).toEqual(["abnormal", "high"]);
    expect(bands([3, 2, 0, 0, 0])).toEqual(["abnormal", "very_high"]);
  });

  it("impact does not change the difficulty scores", () => {
    const a = scoreSdq({ informant: "parent", answers, impact: [3, 3, 3, 3, 3] });
    const b = scoreSdq({ informant: "parent", answers });
    expect({ ...a, impact: null, bands3: null, bands4: null }).toEqual({
      ...b,
      bands3: null,
      bands4: null,
    });
    expect(a).toMatchObject({
      emotional: 2,
      conduct: 1,
      hyperactivity: 3,
      peer: 0,
      prosocial: 8,
      total: 6,
    });
  });

  it.each([
    ["parent", [0, 0, 0]],
    ["self", [0, 0, 0, 0]],
    ["teacher", [0, 0, 0, 0, 0]],
    ["parent", [0, 0, 0, 0, 0, 0]],
  ] as const)("%s impact with %j has the wrong length", (informant, items) => {
    expect(() => scoreSdq({ informant, answers, impact: [...items] })).toThrow(
      InstrumentInputError,
    );
  });
});
