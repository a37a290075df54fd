import { describe, expect, it } from "vitest";
import {
  DEFAULT_CONSENT_RULES as ONE,
  digitalConsentOutcome,
  familyCanConsent,
} from "../../src/consent";

const ALL = { ...ONE, allGuardiansRequired: true };
const young = { birthDate: "2018-05-10", on: "2026-12-07", guardianIds: ["mother", "father"] };
const older = { ...young, birthDate: "2010-05-10" };

describe("digitalConsentOutcome", () => {
  it("is given by one guardian where one suffices", () => {
    expect(digitalConsentOutcome(young, [{ guardianId: "mother", answer: "given" }], ONE)).toEqual({
      status: "given",
      givenByGuardianIds: ["mother"],
      byChild: false,
    });
  });

  it("waits for the other guardian where the tenant requires all, then is given", () => {
    const first = [{ guardianId: "father", answer: "given" as const }];
    expect(digitalConsentOutcome(young, first, ALL)).toEqual({
      status: "waiting",
      waitingForGuardianIds: ["mother"],
      childMayAnswer: false,
    });
    const both = [...first, { guardianId: "mother", answer: "given" as const }];
    expect(digitalConsentOutcome(young, both, ALL).status).toBe("given");
  });

  it("is refused by the first refusal, whatever else was given", () => {
    const answers = [
      { guardianId: "mother", answer: "given" as const },
      { guardianId: "father", answer: "refused" as const },
    ];
    expect(digitalConsentOutcome(young, answers, ALL)).toEqual({ status: "refused" });
  });

  it("never lets a young child's answer alone count, but a child from the age may consent alone", () => {
    const child = [{ guardianId: null, answer: "given" as const }];
    expect(digitalConsentOutcome(young, child, ALL).status).toBe("waiting");
    expect(digitalConsentOutcome(older, child, ALL)).toEqual({
      status: "given",
      givenByGuardianIds: [],
      byChild: true,
    });
  });
});

describe("familyCanConsent", () => {
  it("needs enough guardians with an account for the rules", () => {
    expect(familyCanConsent(young, { guardianIds: [], child: false }, ONE)).toBe(false);
    expect(familyCanConsent(young, { guardianIds: ["mother"], child: false }, ONE)).toBe(true);
    expect(familyCanConsent(young, { guardianIds: ["mother"], child: false }, ALL)).toBe(false);
    expect(familyCanConsent(young, { guardianIds: [], child: true }, ONE)).toBe(false);
    expect(familyCanConsent(older, { guardianIds: [], child: true }, ALL)).toBe(true);
  });
});
