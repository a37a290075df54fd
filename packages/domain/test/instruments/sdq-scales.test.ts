import { describe, expect, it } from "vitest";
import type { SdqAnswer, SdqSubscale } from "../../src/instruments";
import { scoreSdq, sdqProratedScore } from "../../src/instruments";
import { blankAnswers, ITEMS } from "./sdq-helpers";

const score = (answers: SdqAnswer[]) => scoreSdq({ informant: "parent", answers });

function filled(value: SdqAnswer): SdqAnswer[] {
  return Array.from({ length: 25 }, () => value);
}

describe("SDQ scales, fully answered", () => {
  it("all answers 0: only the reversed items score (2 each)", () => {
    expect(score(filled(0))).toMatchObject({
      emotional: 0,
      conduct: 2, // item 7
      hyperactivity: 4, // items 21, 25
      peer: 4, // items 11, 14
      prosocial: 0,
      total: 10,
      externalising: 6,
      internalising: 4,
      impact: null,
    });
  });

  it("all answers 2: reversed items score 0", () => {
    expect(score(filled(2))).toMatchObject({
      emotional: 10,
      conduct: 8,
      hyperactivity: 6,
      peer: 6,
      prosocial: 10,
      total: 30,
      externalising: 14,
      internalising: 16,
    });
  });

  it("all answers 1: reversal leaves 1 unchanged", () => {
    expect(score(filled(1))).toMatchObject({
      emotional: 5,
      conduct: 5,
      hyperactivity: 5,
      peer: 5,
      prosocial: 5,
      total: 20,
      externalising: 10,
      internalising: 10,
    });
  });

  it("a realistic sheet scored by hand", () => {
    // item:      1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25
    const answers: SdqAnswer[] = [
      2, 1, 0, 2, 1, 0, 1, 2, 2, 1, 2, 0, 0, 1, 2, 1, 2, 0, 0, 1, 0, 0, 1, 2, 1,
    ];
    // emotional 3,8,13,16,24 = 0+2+0+1+2 = 5
    // conduct 5,7r,12,18,22 = 1+(2-1)+0+0+0 = 2
    // hyperactivity 2,10,15,21r,25r = 1+1+2+(2-0)+(2-1) = 7
    // peer 6,11r,14r,19,23 = 0+(2-2)+(2-1)+0+1 = 2
    // prosocial 1,4,9,17,20 = 2+2+2+2+1 = 9
    expect(score(answers)).toMatchObject({
      emotional: 5,
      conduct: 2,
      hyperactivity: 7,
      peer: 2,
      prosocial: 9,
      total: 16,
      externalising: 9,
      internalising: 7,
    });
  });
});

describe("SDQ reversed items", () => {
  // For each reversed item, the rest of its scale is answered 0 (non-reversed) or 2 (reversed
  // partner, scoring 0) so the scale score equals the item's scored value.
  const cases: [item: number, scale: SdqSubscale][] = [
    [7, "conduct"],
    [11, "peer"],
    [14, "peer"],
    [21, "hyperactivity"],
    [25, "hyperactivity"],
  ];
  for (const [item, scale] of cases) {
    it.each([
      [0, 2],
      [1, 1],
      [2, 0],
    ] as const)(`item ${item} ticked %i scores %i on ${scale}`, (raw, expected) => {
      const answers = blankAnswers();
      for (const other of ITEMS[scale])
        answers[other - 1] = [7, 11, 14, 21, 25].includes(other) ? 2 : 0;
      answers[item - 1] = raw;
      expect(score(answers)[scale]).toBe(expected);
    });
  }

  it("a non-reversed item counts as ticked", () => {
    const answers = blankAnswers();
    for (const item of ITEMS.conduct) answers[item - 1] = item === 7 ? 2 : 0;
    answers[5 - 1] = 2;
    expect(score(answers).conduct).toBe(2);
  });
});

describe("SDQ partly answered scales (at least 3 of 5, round half up of mean × 5)", () => {
  /** Emotional scale (no reversed items) with the given answers on its first items. */
  function emotional(values: (0 | 1 | 2)[]): number | null {
    const answers = blankAnswers();
    values.forEach((value, i) => {
      answers[(ITEMS.emotional[i] ?? 0) - 1] = value;
    });
    return score(answers).emotional;
  }

  it.each([
    [[], null],
    [[2], null],
    [[2, 2], null],
    [[1, 1, 1], 5], // mean 1 → 5
    [[1, 0, 0], 2], // 1.667 → 2
    [[1, 1, 0], 3], // 3.333 → 3
    [[2, 1, 1], 7], // 6.667 → 7
    [[2, 2, 1], 8], // 8.333 → 8
    [[2, 2, 2], 10],
    [[0, 0, 0], 0],
    [[1, 0, 0, 0], 1], // 1.25 → 1
    [[1, 1, 0, 0], 3], // 2.5 → 3 (half up)
    [[1, 1, 1, 0], 4], // 3.75 → 4
    [[1, 1, 1, 1], 5],
    [[2, 1, 1, 1], 6], // 6.25 → 6
    [[2, 2, 1, 1], 8], // 7.5 → 8 (half up)
    [[2, 2, 2, 1], 9], // 8.75 → 9
    [[2, 2, 2, 2], 10],
    [[2, 2, 1, 1, 1], 7],
    [[0, 0, 0, 0, 0], 0],
  ] as [(0 | 1 | 2)[], number | null][])("answers %j → %s", (values, expected) => {
    expect(emotional(values)).toBe(expected);
  });

  it("prorates after reversal: conduct items 5, 7, 12 ticked 0 → scored 0+2+0 → 3.33 → 3", () => {
    const answers = blankAnswers();
    answers[5 - 1] = 0;
    answers[7 - 1] = 0;
    answers[12 - 1] = 0;
    expect(score(answers).conduct).toBe(3);
  });

  it("which items are missing does not matter, only how many", () => {
    const a = blankAnswers();
    const b = blankAnswers();
    [3, 8, 13, 16].forEach((item) => (a[item - 1] = item === 3 ? 0 : 1));
    [8, 13, 16, 24].forEach((item) => (b[item - 1] = item === 24 ? 0 : 1));
    expect(score(a).emotional).toBe(4);
    expect(score(b).emotional).toBe(4);
  });

  it("sdqProratedScore uses exact integer rounding", () => {
    expect(sdqProratedScore(3, 4)).toBe(4);
    expect(sdqProratedScore(2, 4)).toBe(3);
    expect(sdqProratedScore(6, 4)).toBe(8);
    expect(sdqProratedScore(3, 3)).toBe(5);
    expect(sdqProratedScore(1, 3)).toBe(2);
    expect(sdqProratedScore(7, 5)).toBe(7);
    expect(sdqProratedScore(4, 2)).toBeNull();
    expect(sdqProratedScore(0, 0)).toBeNull();
  });
});
