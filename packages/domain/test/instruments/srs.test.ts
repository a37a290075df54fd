import { describe, expect, it } from "vitest";
import { InstrumentInputError, scoreSrs } from "../../src/instruments";

describe("scoreSrs", () => {
  it("sums four items and flags totals under 36", () => {
    expect(scoreSrs({ version: "SRS", items: [9, 8.5, 9.2, 8.1] })).toEqual({
      version: "SRS",
      items: { relationship: 9, goalsAndTopics: 8.5, approach: 9.2, overall: 8.1 },
      total: 34.8,
      alertBelow: 36,
      needsAttention: true,
    });
  });

  it("accepts keyed items (CSRS)", () => {
    const result = scoreSrs({
      version: "CSRS",
      items: { relationship: 10, goalsAndTopics: 9, approach: 9.5, overall: 9.9 },
    });
    expect(result).toMatchObject({ version: "CSRS", total: 38.4, needsAttention: false });
  });

  it("the threshold is strict: 35.9 needs attention, 36 does not", () => {
    expect(scoreSrs({ version: "SRS", items: [9, 9, 9, 8.9] }).needsAttention).toBe(true);
    expect(scoreSrs({ version: "SRS", items: [9, 9, 9, 9] }).needsAttention).toBe(false);
  });

  it("totals exactly despite floating point", () => {
    // 8.6 + 9.7 + 9.9 + 7.8 is 35.99999999999999 in naive floating point.
    const result = scoreSrs({ version: "SRS", items: [8.6, 9.7, 9.9, 7.8] });
    expect(result.total).toBe(36);
    expect(result.needsAttention).toBe(false);
  });

  it("takes the threshold from configuration", () => {
    const items = [8, 8, 8, 8];
    expect(scoreSrs({ version: "SRS", items }).needsAttention).toBe(true);
    expect(scoreSrs({ version: "SRS", items }, { alertBelow: 30 })).toMatchObject({
      total: 32,
      alertBelow: 30,
      needsAttention: false,
    });
  });

  it.each([
    ["three items", { version: "SRS", items: [1, 2, 3] }, /SRS needs 4 item values/],
    ["an item above 10", { version: "SRS", items: [11, 0, 0, 0] }, /"relationship"/],
    ["two decimals", { version: "CSRS", items: [0, 0.01, 0, 0] }, /"goalsAndTopics"/],
    [
      "an unknown key",
      { version: "SRS", items: { relationship: 1, goals: 1, approach: 1, overall: 1 } },
      /unknown key\(s\) goals/,
    ],
    [
      "an unknown version",
      { version: "ORS", items: [1, 2, 3, 4] },
      /version must be "SRS" or "CSRS"/,
    ],
    ["null input", null, /version must be/],
  ])("rejects %s", (_name, input, message) => {
    const call = () => scoreSrs(input as Parameters<typeof scoreSrs>[0]);
    expect(call).toThrow(InstrumentInputError);
    expect(call).toThrow(message);
  });

  it("rejects an impossible threshold", () => {
    expect(() => scoreSrs({ version: "SRS", items: [1, 1, 1, 1] }, { alertBelow: -1 })).toThrow(
      InstrumentInputError,
    );
  });
});
