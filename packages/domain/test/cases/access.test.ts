import { describe, expect, it } from "vitest";
import { canSeeCase, type CaseAccessInput } from "../../src/cases";
import { withdrawConsent, type ConsentRecord } from "../../src/consent";

const AT = new Date("2026-03-10T10:00:00Z");
const consent: ConsentRecord = {
  id: "c1",
  givenBy: [{ kind: "guardian", id: "g1" }],
  unitIds: ["u-school", "u-bup"],
  purpose: "collaboration",
  validFrom: new Date("2026-03-01T00:00:00Z"),
};

const input = (over: Partial<CaseAccessInput> = {}): CaseAccessInput => ({
  actor: { userId: "anna", unitIds: ["u-bup"], roles: ["psychologist"] },
  network: [{ userId: "anna", unitId: "u-bup" }],
  consents: [consent],
  raisedByUnitId: "u-preschool",
  stage: "interventions",
  at: AT,
  ...over,
});

describe("canSeeCase", () => {
  it("a network member sees the case while consent covers their unit", () => {
    expect(canSeeCase(input())).toEqual({
      allowed: true,
      basis: "network_with_consent",
      flaggedForReview: false,
    });
  });

  it("not in the network, or no consent for the unit, or no longer in that unit: no access", () => {
    const none = { allowed: false, basis: "none", flaggedForReview: false };
    expect(canSeeCase(input({ network: [{ userId: "bo", unitId: "u-bup" }] }))).toEqual(none);
    expect(canSeeCase(input({ consents: [{ ...consent, unitIds: ["u-school"] }] }))).toEqual(none);
    expect(canSeeCase(input({ consents: [] }))).toEqual(none);
    expect(
      canSeeCase(
        input({ actor: { userId: "anna", unitIds: ["u-other"], roles: ["psychologist"] } }),
      ),
    ).toEqual(none);
  });

  it("access ends at the instant consent is withdrawn, and not before", () => {
    const withdrawn = [withdrawConsent(consent, AT)];
    expect(canSeeCase(input({ consents: withdrawn })).allowed).toBe(false);
    expect(canSeeCase(input({ consents: withdrawn, at: new Date(AT.getTime() - 1) })).allowed).toBe(
      true,
    );
  });

  it("the unit that raised the request always sees it", () => {
    const r = canSeeCase(
      input({
        actor: { userId: "eva", unitIds: ["u-preschool"], roles: ["teacher_mentor"] },
        consents: [],
        stage: "closed",
      }),
    );
    expect(r).toEqual({ allowed: true, basis: "raising_unit", flaggedForReview: false });
  });

  it("central coordinators and social secretaries see the intake queue only", () => {
    for (const role of ["central_coordinator", "social_secretary"] as const) {
      const actor = { userId: "cc", unitIds: ["u-central"], roles: [role] };
      expect(canSeeCase(input({ actor, stage: "request" })).basis).toBe("intake");
      expect(canSeeCase(input({ actor, stage: "assessment" })).basis).toBe("intake");
      expect(canSeeCase(input({ actor, stage: "coordinators_appointed" })).allowed).toBe(false);
      expect(canSeeCase(input({ actor, stage: "declined" })).allowed).toBe(false);
    }
    const nurse = { userId: "n", unitIds: ["u-central"], roles: ["school_nurse" as const] };
    expect(canSeeCase(input({ actor: nurse, stage: "request" })).allowed).toBe(false);
  });

  it("emergency access needs a reason and is flagged for review", () => {
    const stranger = { userId: "x", unitIds: ["u-x"], roles: ["school_nurse" as const] };
    expect(
      canSeeCase(input({ actor: stranger, emergency: { reason: "Akut suicidrisk" } })),
    ).toEqual({
      allowed: true,
      basis: "emergency",
      flaggedForReview: true,
    });
    expect(canSeeCase(input({ actor: stranger, emergency: { reason: "  " } })).allowed).toBe(false);
    // Someone with a regular basis is not flagged just for claiming emergency.
    expect(canSeeCase(input({ emergency: { reason: "x" } }))).toMatchObject({
      basis: "network_with_consent",
      flaggedForReview: false,
    });
  });

  it("analysts never see individual cases, whatever else applies", () => {
    const analyst = {
      userId: "anna",
      unitIds: ["u-bup", "u-preschool"],
      roles: ["psychologist" as const, "analyst" as const],
    };
    expect(
      canSeeCase(input({ actor: analyst, stage: "request", emergency: { reason: "x" } })),
    ).toEqual({
      allowed: false,
      basis: "none",
      flaggedForReview: false,
    });
  });
});
