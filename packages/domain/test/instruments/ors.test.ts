import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InstrumentInputError, orsReliableChange, scoreOrs } from "../../src/instruments";

describe("scoreOrs", () => {
  it("sums four items given in form order", () => {
    expect(scoreOrs({ version: "ORS", items: [5, 6.5, 7.2, 3.1] })).toEqual({
      version: "ORS",
      items: { individually: 5, interpersonally: 6.5, socially: 7.2, overall: 3.1 },
      total: 21.8,
      clinicalCutoff: 25,
      belowClinicalCutoff: true,
    });
  });

  it("accepts items keyed by the version's item keys (CORS)", () => {
    const result = scoreOrs({
      version: "CORS",
      items: { me: 9, family: 8.4, school: 2, everything: 7 },
    });
    expect(result.total).toBe(26.4);
    expect(result.items).toEqual({ me: 9, family: 8.4, school: 2, everything: 7 });
    expect(result.belowClinicalCutoff).toBe(false);
  });

  it("totals exactly to one decimal despite floating point", () => {
    // Naive addition gives 24.999999999999996, which would wrongly fall below 25.
    const result = scoreOrs({ version: "ORS", items: [0.1, 6.5, 9.7, 8.7] });
    expect(result.total).toBe(25);
    expect(result.belowClinicalCutoff).toBe(false);
    expect(scoreOrs({ version: "ORS", items: [0.1, 0.2, 0, 0] }).total).toBe(0.3);
  });

  it("the cut-off is strict: 24.9 is below 25, 25 is not", () => {
    expect(scoreOrs({ version: "ORS", items: [10, 10, 4.9, 0] }).belowClinicalCutoff).toBe(true);
    expect(scoreOrs({ version: "ORS", items: [10, 10, 5, 0] }).belowClinicalCutoff).toBe(false);
  });

  it("takes the cut-off from configuration", () => {
    const items = [7, 7, 7, 6.9];
    expect(scoreOrs({ version: "CORS", items }).belowClinicalCutoff).toBe(false);
    expect(scoreOrs({ version: "CORS", items }, { clinicalCutoff: 28 })).toMatchObject({
      total: 27.9,
      clinicalCutoff: 28,
      belowClinicalCutoff: true,
    });
  });

  it("handles the extremes 0 and 40", () => {
    expect(scoreOrs({ version: "ORS", items: [0, 0, 0, 0] }).total).toBe(0);
    expect(scoreOrs({ version: "ORS", items: [10, 10, 10, 10] }).total).toBe(40);
  });

  it.each([
    ["three items", { version: "ORS", items: [1, 2, 3] }, /needs 4 item values .*got 3 values/],
    ["five items", { version: "ORS", items: [1, 2, 3, 4, 5] }, /needs 4 item values/],
    ["no items", { version: "ORS" }, /needs 4 item values/],
    [
      "an item above 10",
      { version: "ORS", items: [10.1, 0, 0, 0] },
      /"individually" must be .* got 10.1/,
    ],
    ["a negative item", { version: "CORS", items: [0, -0.1, 0, 0] }, /"family"/],
    ["two decimals", { version: "ORS", items: [0, 0, 5.25, 0] }, /at most one decimal, got 5.25/],
    ["NaN", { version: "ORS", items: [0, 0, 0, NaN] }, /"overall" .* NaN/],
    ["text", { version: "ORS", items: ["5", 0, 0, 0] }, /got "5"/],
    [
      "a missing key",
      { version: "ORS", items: { individually: 1, interpersonally: 2, socially: 3 } },
      /"overall" .* undefined/,
    ],
    [
      "another version's keys",
      { version: "ORS", items: { me: 1, family: 2, school: 3, everything: 4 } },
      /unknown key\(s\) me, family/,
    ],
    [
      "an unknown version",
      { version: "SRS", items: [1, 2, 3, 4] },
      /version must be "ORS" or "CORS"/,
    ],
  ])("rejects %s", (_name, input, message) => {
    const call = () => scoreOrs(input as Parameters<typeof scoreOrs>[0]);
    expect(call).toThrow(InstrumentInputError);
    expect(call).toThrow(message);
  });

  it("rejects an impossible cut-off", () => {
    expect(() => scoreOrs({ version: "ORS", items: [1, 1, 1, 1] }, { clinicalCutoff: 41 })).toThrow(
      InstrumentInputError,
    );
  });

  it("property: total is within 0..40 and equals the sum of the items in tenths", () => {
    const tenths = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.tuple(tenths, tenths, tenths, tenths), (t) => {
        const result = scoreOrs({ version: "ORS", items: t.map((x) => x / 10) });
        expect(result.total).toBe((t[0] + t[1] + t[2] + t[3]) / 10);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(40);
        expect(result.belowClinicalCutoff).toBe(t[0] + t[1] + t[2] + t[3] < 250);
      }),
    );
  });
});

describe("orsReliableChange", () => {
  it.each([
    [20, 25, "improved"],
    [20, 24.9, "no_reliable_change"],
    [25, 20, "deteriorated"],
    [25, 20.1, "no_reliable_change"],
    [18.3, 18.3, "no_reliable_change"],
    [0, 40, "improved"],
    [40, 0, "deteriorated"],
    // Naive subtraction gives 4.999999999999999 for these.
    [3.2, 8.2, "improved"],
    [8.7, 3.7, "deteriorated"],
  ] as const)("%s → %s is %s (default threshold 5)", (before, after, expected) => {
    expect(orsReliableChange(before, after)).toBe(expected);
  });

  it("uses a configured threshold such as the NHS 6.6", () => {
    expect(orsReliableChange(20, 26.6, { threshold: 6.6 })).toBe("improved");
    expect(orsReliableChange(20, 26.5, { threshold: 6.6 })).toBe("no_reliable_change");
    expect(orsReliableChange(26.6, 20, { threshold: 6.6 })).toBe("deteriorated");
  });

  it.each([
    [41, 20, {}],
    [-1, 20, {}],
    [20, 20.05, {}],
    [20, 25, { threshold: 0 }],
    [20, 25, { threshold: -5 }],
    [20, 25, { threshold: Number.NaN }],
  ])("rejects %s → %s with %j", (before, after, config) => {
    expect(() => orsReliableChange(before, after, config)).toThrow(InstrumentInputError);
  });
});

describe("cut-offs by age (Duncan et al. 2006)", () => {
  it("uses the children's cut-off for CORS, the adolescents' under 18 and the adults' from 18", async () => {
    const { orsCutoffGroup, CORS_DEFAULT_CLINICAL_CUTOFF, ORS_YOUTH_DEFAULT_CLINICAL_CUTOFF } =
      await import("../../src/instruments");
    expect([CORS_DEFAULT_CLINICAL_CUTOFF, ORS_YOUTH_DEFAULT_CLINICAL_CUTOFF]).toEqual([32, 28]);
    expect(orsCutoffGroup("CORS", 10)).toBe("child");
    expect(orsCutoffGroup("ORS", 15)).toBe("youth");
    expect(orsCutoffGroup("ORS", 18)).toBe("adult");
    expect(orsCutoffGroup("ORS", null)).toBe("adult");
  });
});
