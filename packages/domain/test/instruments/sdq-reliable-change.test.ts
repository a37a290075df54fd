import { describe, expect, it } from "vitest";
import type { SdqScoreKey } from "../../src/instruments";
import { InstrumentInputError, sdqReliableChange } from "../../src/instruments";

// Thresholds from domain.md section 6, copied by hand.
const THRESHOLDS = {
  parent: { emotional: 4, conduct: 4, hyperactivity: 4, peer: 3, prosocial: 3, impact: 3 },
  self: { emotional: 4, conduct: 4, hyperactivity: 4, peer: 5, prosocial: 4, impact: 3 },
} as const;

describe("sdqReliableChange at every threshold, both sides", () => {
  const cases = (["parent", "self"] as const).flatMap((informant) =>
    Object.entries(THRESHOLDS[informant]).map(([scale, threshold]) => ({
      informant,
      scale: scale as SdqScoreKey,
      threshold,
    })),
  );
  it.each(cases)("$informant $scale (threshold $threshold)", ({ informant, scale, threshold }) => {
    // Lower is better except prosocial, so "down" by the threshold is an improvement.
    const down = scale === "prosocial" ? "deteriorated" : "improved";
    const up = scale === "prosocial" ? "improved" : "deteriorated";
    const change = (before: number, after: number) =>
      sdqReliableChange(informant, scale, before, after);
    expect(change(6, 6 - threshold)).toBe(down);
    expect(change(6, 6 - threshold + 1)).toBe("no_reliable_change");
    expect(change(1, 1 + threshold)).toBe(up);
    expect(change(1, 1 + threshold - 1)).toBe("no_reliable_change");
    expect(change(5, 5)).toBe("no_reliable_change");
    expect(change(0, 6)).toBe(up);
    expect(change(6, 0)).toBe(down);
  });
});

describe("sdqReliableChange without a usable threshold or score", () => {
  it("teacher reports have no published threshold", () => {
    expect(sdqReliableChange("teacher", "emotional", 9, 0)).toBeNull();
    expect(sdqReliableChange("teacher", "impact", 6, 0)).toBeNull();
  });

  it.each(["total", "externalising", "internalising"] as const)("%s has no threshold", (scale) => {
    expect(sdqReliableChange("parent", scale, 20, 0)).toBeNull();
  });

  it("a missing score gives null", () => {
    expect(sdqReliableChange("parent", "emotional", null, 2)).toBeNull();
    expect(sdqReliableChange("parent", "emotional", 8, null)).toBeNull();
    expect(sdqReliableChange("self", "peer", null, null)).toBeNull();
  });

  it.each([
    ["parent", "emotional", 11, 0],
    ["parent", "emotional", 0, -1],
    ["self", "peer", 2.5, 0],
    ["parent", "impact", 0, 11],
    ["teacher", "impact", 7, 0],
    ["parent", "total", 41, 0],
  ] as const)("%s %s %s → %s is rejected", (informant, scale, before, after) => {
    expect(() => sdqReliableChange(informant, scale, before, after)).toThrow(InstrumentInputError);
  });

  it("rejects unknown informants and scales from untyped callers", () => {
    const call = sdqReliableChange as (...args: unknown[]) => unknown;
    expect(() => call("mother", "emotional", 1, 2)).toThrow(InstrumentInputError);
    expect(() => call("parent", "emotion", 1, 2)).toThrow(/Unknown SDQ scale "emotion"/);
  });
});
