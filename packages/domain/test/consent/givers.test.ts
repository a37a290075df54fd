import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ageOn,
  consentChoices,
  consentRefusal,
  consentRefusalMessage,
  DEFAULT_CONSENT_RULES as RULES,
  type ConsentAttempt,
} from "../../src/consent";

const attempt = (over: Partial<ConsentAttempt>): ConsentAttempt => ({
  birthDate: "2022-05-10",
  on: "2026-12-07",
  guardianIds: ["mother", "father"],
  givenByGuardianIds: [],
  byChild: false,
  method: "oral",
  meeting: "Samtal på förskolan 7 december",
  recordedBy: "professional",
  ...over,
});
const ALL = { ...RULES, allGuardiansRequired: true };

describe("ageOn", () => {
  it("counts whole years, the birthday included", () => {
    expect(ageOn("2011-12-07", "2026-12-07")).toBe(15);
    expect(ageOn("2011-12-08", "2026-12-07")).toBe(14);
    expect(ageOn("2012-02-29", "2027-02-28")).toBe(14);
    expect(ageOn("2012-02-29", "2027-03-01")).toBe(15);
  });
  it("knows no age for a date that is not one or lies ahead", () => {
    expect(ageOn("x", "2026-12-07")).toBe(-1);
    expect(ageOn("2030-01-01", "2026-12-07")).toBe(-1);
  });
});

describe("consentRefusal", () => {
  it("refuses a 4-year-old alone", () => {
    expect(consentRefusal(attempt({ byChild: true }), RULES)).toBe("child_too_young_alone");
  });
  it("accepts a 15-year-old alone, and on the day they turn 15", () => {
    expect(consentRefusal(attempt({ birthDate: "2011-12-07", byChild: true }), RULES)).toBeNull();
    expect(consentRefusal(attempt({ birthDate: "2011-12-08", byChild: true }), RULES)).toBe(
      "child_too_young_alone",
    );
  });
  it("follows the tenant's age limit", () => {
    const sixteen = { ...RULES, childAloneFromAge: 16 };
    expect(consentRefusal(attempt({ birthDate: "2011-01-01", byChild: true }), sixteen)).toBe(
      "child_too_young_alone",
    );
  });
  it("takes one guardian by default, every guardian where the tenant says so", () => {
    const one = attempt({ givenByGuardianIds: ["mother"], byChild: true });
    expect(consentRefusal(one, RULES)).toBeNull();
    expect(consentRefusal(one, ALL)).toBe("all_guardians_required");
    expect(consentRefusal({ ...one, givenByGuardianIds: ["mother", "father"] }, ALL)).toBeNull();
  });
  it("lets a 15-year-old consent alone even where every guardian is required", () => {
    expect(consentRefusal(attempt({ birthDate: "2010-01-01", byChild: true }), ALL)).toBeNull();
  });
  it("refuses someone who is not the child's guardian, and no one at all", () => {
    expect(consentRefusal(attempt({ givenByGuardianIds: ["neighbour"] }), RULES)).toBe(
      "not_a_guardian",
    );
    expect(consentRefusal(attempt({}), RULES)).toBe("no_givers");
  });
  it("needs the signed form for written consent and the meeting for oral", () => {
    const g = { givenByGuardianIds: ["mother"] };
    expect(consentRefusal(attempt({ ...g, method: "written" }), RULES)).toBe("document_required");
    expect(consentRefusal(attempt({ ...g, method: "written", documentId: "d" }), RULES)).toBeNull();
    expect(consentRefusal(attempt({ ...g, meeting: "  " }), RULES)).toBe("meeting_required");
  });
  it("takes digital consent only from the guardian themselves", () => {
    const g = { givenByGuardianIds: ["mother"], method: "digital" as const };
    expect(consentRefusal(attempt(g), RULES)).toBe("digital_only_by_guardian");
    expect(consentRefusal(attempt({ ...g, recordedBy: "guardian" }), RULES)).toBeNull();
  });
  it("says every refusal in Swedish and English", () => {
    const m = consentRefusalMessage("child_too_young_alone", RULES);
    expect(m.sv).toContain("under 15 år");
    expect(m.en).toContain("under 15");
  });
});

describe("consentRefusal, property", () => {
  const day = fc
    .date({ min: new Date("2000-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const guardians = fc.subarray(["a", "b", "c"]);
  const rules = fc.record({
    childAloneFromAge: fc.integer({ min: 12, max: 18 }),
    allGuardiansRequired: fc.boolean(),
  });

  it("never lets a child under the limit consent without a guardian", () => {
    fc.assert(
      fc.property(day, day, guardians, rules, (birthDate, on, ids, r) => {
        const a = attempt({ birthDate, on, guardianIds: ids, byChild: true });
        const allowed = consentRefusal(a, r) === null;
        const age = ageOn(birthDate, on);
        expect(allowed).toBe(age >= r.childAloneFromAge);
      }),
    );
  });

  it("accepts guardians exactly when enough of them consent", () => {
    fc.assert(
      fc.property(day, guardians, guardians, fc.boolean(), rules, (on, ids, giving, child, r) => {
        const a = attempt({ on, guardianIds: ids, givenByGuardianIds: giving, byChild: child });
        const childAlone = child && consentChoices(a.birthDate, on, r).childMayConsentAlone;
        const enough =
          giving.length > 0 && (!r.allGuardiansRequired || giving.length === ids.length);
        const known = giving.every((g) => ids.includes(g));
        expect(consentRefusal(a, r) === null).toBe(
          known && (childAlone || enough) && (giving.length > 0 || child),
        );
      }),
    );
  });
});
