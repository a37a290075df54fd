import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SdqAnswer, SdqImpactAnswer, SdqInformant } from "../../src/instruments";
import { scoreSdq, SDQ_BANDED_SCALES } from "../../src/instruments";
import { INFORMANTS, ITEMS, REVERSED } from "./sdq-helpers";

const answer = fc.constantFrom<SdqAnswer>(0, 1, 2, null);
const answered = fc.constantFrom<0 | 1 | 2>(0, 1, 2);
const sheet = fc.array(answer, { minLength: 25, maxLength: 25 });
const fullSheet = fc.array(answered, { minLength: 25, maxLength: 25 });
const informant = fc.constantFrom<SdqInformant>(...INFORMANTS);
const DIFFICULTIES = ["emotional", "conduct", "hyperactivity", "peer"] as const;
const SCALES = [...DIFFICULTIES, "prosocial"] as const;

/** Reference rounding by brute force: the k in 0..10 nearest 5·sum/n, ties going up. */
function referenceScore(sum: number, n: number): number {
  let best = 0;
  for (let k = 1; k <= 10; k++) {
    // Compare |k − 5·sum/n| without dividing: |k·n − 5·sum|.
    if (Math.abs(k * n - 5 * sum) <= Math.abs(best * n - 5 * sum)) best = k;
  }
  return best;
}

describe("SDQ properties", () => {
  it("scales stay within 0..10, total within 0..40 and equals the sum of the four", () => {
    fc.assert(
      fc.property(informant, sheet, (who, answers) => {
        const r = scoreSdq({ informant: who, answers });
        for (const scale of SCALES) {
          const value = r[scale];
          if (value !== null)
            expect(Number.isInteger(value) && value >= 0 && value <= 10).toBe(true);
        }
        const parts = DIFFICULTIES.map((s) => r[s]);
        if (parts.every((p) => p !== null)) {
          expect(r.total).toBe(parts.reduce<number>((a, b) => a + (b ?? 0), 0));
          expect(r.total).toBeGreaterThanOrEqual(0);
          expect(r.total).toBeLessThanOrEqual(40);
          expect(r.externalising).toBe((r.conduct ?? 0) + (r.hyperactivity ?? 0));
          expect(r.internalising).toBe((r.emotional ?? 0) + (r.peer ?? 0));
        } else {
          expect(r.total).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a fully answered scale equals the plain sum after reversal", () => {
    fc.assert(
      fc.property(fullSheet, (answers) => {
        const r = scoreSdq({ informant: "parent", answers });
        for (const scale of SCALES) {
          const sum = ITEMS[scale].reduce((acc, item) => {
            const raw = answers[item - 1] ?? 0;
            return acc + (REVERSED.has(item) ? 2 - raw : raw);
          }, 0);
          expect(r[scale]).toBe(sum);
        }
      }),
    );
  });

  it("a partly answered scale matches a brute-force half-up rounding of mean × 5", () => {
    fc.assert(
      fc.property(sheet, (answers) => {
        const r = scoreSdq({ informant: "self", answers });
        for (const scale of SCALES) {
          const scored = ITEMS[scale]
            .map((item) => [item, answers[item - 1] ?? null] as const)
            .filter((pair): pair is readonly [number, 0 | 1 | 2] => pair[1] !== null)
            .map(([item, raw]) => (REVERSED.has(item) ? 2 - raw : raw));
          const expected =
            scored.length < 3
              ? null
              : referenceScore(
                  scored.reduce((a, b) => a + b, 0),
                  scored.length,
                );
          expect(r[scale]).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("answering more items never makes a scored scale missing", () => {
    fc.assert(
      fc.property(sheet, fc.nat(24), answered, (answers, index, value) => {
        const before = scoreSdq({ informant: "parent", answers });
        const more = [...answers];
        more[index] ??= value;
        const after = scoreSdq({ informant: "parent", answers: more });
        for (const key of [...SCALES, "total", "externalising", "internalising"] as const) {
          if (before[key] !== null) expect(after[key]).not.toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });

  it("prosocial answers do not affect total, externalising or internalising", () => {
    fc.assert(
      fc.property(sheet, fc.array(answer, { minLength: 5, maxLength: 5 }), (answers, prosocial) => {
        const changed = [...answers];
        ITEMS.prosocial.forEach((item, i) => (changed[item - 1] = prosocial[i] ?? null));
        const a = scoreSdq({ informant: "teacher", answers });
        const b = scoreSdq({ informant: "teacher", answers: changed });
        expect([b.total, b.externalising, b.internalising, b.bands3.total]).toEqual([
          a.total,
          a.externalising,
          a.internalising,
          a.bands3.total,
        ]);
      }),
    );
  });

  it("impact stays within 0..10 (parent, self) or 0..6 (teacher), and is null when unanswered", () => {
    const impactAnswer = fc.constantFrom<SdqImpactAnswer>(0, 1, 2, 3, null);
    fc.assert(
      fc.property(
        informant,
        fc.array(impactAnswer, { minLength: 5, maxLength: 5 }),
        (who, items) => {
          const impact = who === "teacher" ? items.slice(0, 3) : items;
          const r = scoreSdq({ informant: who, answers: Array<SdqAnswer>(25).fill(null), impact });
          // Every item blank: the supplement was not answered, which is not "no impact".
          if (impact.every((a) => a === null)) expect(r.impact).toBeNull();
          else {
            expect(r.impact).toBeGreaterThanOrEqual(0);
            expect(r.impact).toBeLessThanOrEqual(who === "teacher" ? 6 : 10);
          }
        },
      ),
    );
  });

  it("a band is present exactly when its score is", () => {
    fc.assert(
      fc.property(informant, sheet, fc.boolean(), (who, answers, withImpact) => {
        const impact = withImpact
          ? Array<SdqImpactAnswer>(who === "teacher" ? 3 : 5).fill(2)
          : null;
        const r = scoreSdq({ informant: who, answers, impact });
        for (const scale of SDQ_BANDED_SCALES) {
          expect(r.bands3[scale] === null).toBe(r[scale] === null);
          expect(r.bands4[scale] === null).toBe(r[scale] === null);
        }
      }),
    );
  });
});
