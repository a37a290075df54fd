import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { missingParties, requiredParties, type AgreementParty } from "../../src/plans";

describe("who agrees to the plan", () => {
  const facts = { guardianIds: ["g1", "g2"], childBirthDate: "2011-05-20", today: "2026-05-19" };

  it("needs every guardian, and the child from 15", () => {
    expect(requiredParties(facts)).toEqual([
      { kind: "guardian", guardianId: "g1" },
      { kind: "guardian", guardianId: "g2" },
    ]);
    expect(requiredParties({ ...facts, today: "2026-05-20" })).toContainEqual({ kind: "child" });
    expect(requiredParties({ ...facts, childAgreementAge: 12 })).toContainEqual({ kind: "child" });
  });

  it("lists who is missing", () => {
    const required = requiredParties({ ...facts, today: "2026-06-01" });
    expect(missingParties(required, [{ kind: "guardian", guardianId: "g2" }])).toEqual([
      { kind: "guardian", guardianId: "g1" },
      { kind: "child" },
    ]);
  });

  it("is complete exactly when every required party has agreed (property)", () => {
    const party: fc.Arbitrary<AgreementParty> = fc.oneof(
      fc
        .constantFrom("g1", "g2", "g3")
        .map((guardianId) => ({ kind: "guardian" as const, guardianId })),
      fc.constant({ kind: "child" as const }),
    );
    fc.assert(
      fc.property(
        fc.array(party, { maxLength: 4 }),
        fc.array(party, { maxLength: 4 }),
        (required, given) => {
          const missing = missingParties(required, given);
          expect(missingParties(required, [...given, ...missing])).toEqual([]);
          expect(missing.every((m) => required.includes(m))).toBe(true);
        },
      ),
    );
  });
});
