import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  consentStatus,
  coveredUnits,
  isSharingAllowed,
  withdrawConsent,
  type ConsentRecord,
} from "../../src/consent";

const START = Date.parse("2026-01-01T00:00:00Z");
const instant = fc.integer({ min: 0, max: 10_000_000 }).map((ms) => new Date(START + ms * 1000));
const unit = fc.constantFrom("u1", "u2", "u3");
const giver = fc.record({
  kind: fc.constantFrom("guardian" as const, "child" as const),
  id: fc.constantFrom("a", "b"),
});

const consent: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.string(),
    givenBy: fc.array(giver, { maxLength: 3 }),
    unitIds: fc.uniqueArray(unit, { maxLength: 3 }),
    purpose: fc.constantFrom("collaboration", "leisure"),
    validFrom: instant,
    validUntil: fc.option(instant, { nil: undefined }),
    withdrawnAt: fc.option(instant, { nil: undefined }),
    requiredGivers: fc.option(fc.array(giver, { maxLength: 2 }), { nil: undefined }),
  })
  .map((c) => {
    // Leave absent optional fields out rather than set to undefined.
    const out: ConsentRecord = {
      id: c.id,
      givenBy: c.givenBy,
      unitIds: c.unitIds,
      purpose: c.purpose,
      validFrom: c.validFrom,
    };
    if (c.validUntil) out.validUntil = c.validUntil;
    if (c.withdrawnAt) out.withdrawnAt = c.withdrawnAt;
    if (c.requiredGivers) out.requiredGivers = c.requiredGivers;
    return out;
  });

describe("consent properties", () => {
  it("withdrawal never makes an earlier instant disallowed", () => {
    fc.assert(
      fc.property(
        fc.array(consent, { maxLength: 4 }),
        fc.nat({ max: 3 }),
        instant,
        instant,
        unit,
        (consents, i, w, at, u) => {
          fc.pre(at.getTime() < w.getTime());
          const index = consents.length === 0 ? 0 : i % consents.length;
          const after = consents.map((c, j) => (j === index ? withdrawConsent(c, w) : c));
          expect(isSharingAllowed(after, u, at)).toBe(isSharingAllowed(consents, u, at));
          expect(coveredUnits(after, at)).toEqual(coveredUnits(consents, at));
        },
      ),
    );
  });

  it("a withdrawn consent allows nothing from the withdrawal instant on", () => {
    fc.assert(
      fc.property(consent, instant, instant, unit, (c, w, at, u) => {
        fc.pre(at.getTime() >= w.getTime());
        expect(isSharingAllowed([withdrawConsent(c, w)], u, at)).toBe(false);
      }),
    );
  });

  it("sharing is allowed exactly when some active consent names the unit", () => {
    fc.assert(
      fc.property(fc.array(consent, { maxLength: 4 }), instant, unit, (consents, at, u) => {
        const expected = consents.some(
          (c) => c.unitIds.includes(u) && consentStatus(c, at) === "active",
        );
        expect(isSharingAllowed(consents, u, at)).toBe(expected);
        expect(coveredUnits(consents, at).includes(u)).toBe(expected);
      }),
    );
  });

  it("active means inside the window, not withdrawn, and given by everyone required", () => {
    fc.assert(
      fc.property(consent, instant, (c, at) => {
        const t = at.getTime();
        const inWindow =
          c.validFrom.getTime() <= t && (c.validUntil === undefined || t < c.validUntil.getTime());
        const notWithdrawn = c.withdrawnAt === undefined || t < c.withdrawnAt.getTime();
        const complete =
          c.givenBy.length > 0 &&
          (c.requiredGivers ?? []).every((r) =>
            c.givenBy.some((g) => g.kind === r.kind && g.id === r.id),
          );
        expect(consentStatus(c, at) === "active").toBe(inWindow && notWithdrawn && complete);
      }),
    );
  });
});
