import { describe, expect, it } from "vitest";
import {
  CONSENT_STATUS_LABELS,
  consentStatus,
  coveredUnits,
  isSharingAllowed,
  missingGivers,
  validateConsent,
  withdrawConsent,
  type ConsentRecord,
} from "../../src/consent";

const t = (iso: string) => new Date(iso);
const FROM = t("2026-03-01T08:00:00Z");
const UNTIL = t("2026-09-01T00:00:00Z");
const mother = { kind: "guardian" as const, id: "g-mother" };
const father = { kind: "guardian" as const, id: "g-father" };

const base: ConsentRecord = {
  id: "c1",
  givenBy: [mother],
  unitIds: ["u-school", "u-bup"],
  purpose: "collaboration",
  validFrom: FROM,
  validUntil: UNTIL,
};

describe("consent window", () => {
  it("is in force from validFrom (inclusive) to validUntil (exclusive)", () => {
    expect(consentStatus(base, t("2026-03-01T07:59:59.999Z"))).toBe("not_yet_valid");
    expect(consentStatus(base, FROM)).toBe("active");
    expect(consentStatus(base, t("2026-08-31T23:59:59.999Z"))).toBe("active");
    expect(consentStatus(base, UNTIL)).toBe("expired");
    expect(isSharingAllowed([base], "u-bup", FROM)).toBe(true);
    expect(isSharingAllowed([base], "u-bup", UNTIL)).toBe(false);
  });

  it("without validUntil it never expires", () => {
    const open: ConsentRecord = { ...base, validUntil: undefined };
    expect(consentStatus(open, t("2099-01-01T00:00:00Z"))).toBe("active");
  });

  it("names units: other units get nothing", () => {
    expect(isSharingAllowed([base], "u-school", FROM)).toBe(true);
    expect(isSharingAllowed([base], "u-police", FROM)).toBe(false);
  });
});

describe("withdrawal", () => {
  const w = t("2026-05-10T12:00:00Z");
  const withdrawn = withdrawConsent(base, w);

  it("stops sharing from the instant of withdrawal on; earlier instants stay allowed", () => {
    expect(isSharingAllowed([withdrawn], "u-school", t("2026-05-10T11:59:59.999Z"))).toBe(true);
    expect(isSharingAllowed([withdrawn], "u-school", w)).toBe(false);
    expect(isSharingAllowed([withdrawn], "u-school", t("2026-06-01T00:00:00Z"))).toBe(false);
    expect(consentStatus(withdrawn, w)).toBe("withdrawn");
  });

  it("deletes nothing: the original record is unchanged and the new one keeps everything", () => {
    expect(base.withdrawnAt).toBeUndefined();
    expect(withdrawn).toEqual({ ...base, withdrawnAt: w });
  });

  it("an earlier withdrawal stands; a later one cannot move it", () => {
    expect(withdrawConsent(withdrawn, t("2026-07-01T00:00:00Z")).withdrawnAt).toEqual(w);
    expect(withdrawConsent(withdrawn, t("2026-04-01T00:00:00Z")).withdrawnAt).toEqual(
      t("2026-04-01T00:00:00Z"),
    );
    expect(() => withdrawConsent(base, t("bad"))).toThrow(RangeError);
  });

  it("withdrawal before the start makes it withdrawn throughout", () => {
    expect(consentStatus(withdrawConsent(base, t("2026-02-01T00:00:00Z")), FROM)).toBe("withdrawn");
  });

  it("another consent for the same unit still allows sharing", () => {
    const other: ConsentRecord = {
      ...base,
      id: "c2",
      unitIds: ["u-school"],
      validUntil: undefined,
    };
    expect(isSharingAllowed([withdrawn, other], "u-school", t("2026-06-01T00:00:00Z"))).toBe(true);
    expect(isSharingAllowed([withdrawn, other], "u-bup", t("2026-06-01T00:00:00Z"))).toBe(false);
  });
});

describe("joint custody: required givers", () => {
  const joint: ConsentRecord = { ...base, requiredGivers: [mother, father] };

  it("is incomplete, and allows no sharing, until both guardians have consented", () => {
    expect(consentStatus(joint, FROM)).toBe("incomplete");
    expect(missingGivers(joint)).toEqual([father]);
    expect(isSharingAllowed([joint], "u-school", FROM)).toBe(false);
    const both = { ...joint, givenBy: [father, mother] };
    expect(missingGivers(both)).toEqual([]);
    expect(isSharingAllowed([both], "u-school", FROM)).toBe(true);
  });

  it("matches givers by kind and id, so a child with the same id does not stand in for a guardian", () => {
    const wrong = { ...joint, givenBy: [mother, { kind: "child" as const, id: "g-father" }] };
    expect(consentStatus(wrong, FROM)).toBe("incomplete");
  });

  it("a consent with no givers at all is never active", () => {
    expect(consentStatus({ ...base, givenBy: [] }, FROM)).toBe("incomplete");
  });
});

describe("purpose and coverage", () => {
  const leisure: ConsentRecord = {
    ...base,
    id: "c3",
    unitIds: ["u-leisure", "u-school"],
    purpose: "leisure_activity",
  };

  it("a purpose filter only counts consents for that purpose", () => {
    expect(isSharingAllowed([leisure], "u-leisure", FROM)).toBe(true);
    expect(isSharingAllowed([leisure], "u-leisure", FROM, { purpose: "collaboration" })).toBe(
      false,
    );
    expect(isSharingAllowed([base, leisure], "u-school", FROM, { purpose: "collaboration" })).toBe(
      true,
    );
  });

  it("coveredUnits lists the units covered at an instant, sorted and unique", () => {
    expect(coveredUnits([base, leisure], FROM)).toEqual(["u-bup", "u-leisure", "u-school"]);
    expect(coveredUnits([base, leisure], FROM, { purpose: "leisure_activity" })).toEqual([
      "u-leisure",
      "u-school",
    ]);
    expect(coveredUnits([withdrawConsent(base, FROM), leisure], FROM)).toEqual([
      "u-leisure",
      "u-school",
    ]);
    expect(coveredUnits([base], UNTIL)).toEqual([]);
  });
});

describe("invalid data fails closed", () => {
  it("an invalid date never makes a consent active", () => {
    expect(consentStatus({ ...base, validFrom: t("bad") }, FROM)).toBe("not_yet_valid");
    expect(consentStatus({ ...base, validUntil: t("bad") }, FROM)).toBe("expired");
    expect(consentStatus({ ...base, withdrawnAt: t("bad") }, FROM)).toBe("withdrawn");
    expect(consentStatus(base, t("bad"))).toBe("not_yet_valid");
  });

  it("validateConsent reports each problem", () => {
    expect(validateConsent(base)).toEqual([]);
    const codes = (c: ConsentRecord) => validateConsent(c).map((i) => i.code);
    expect(codes({ ...base, givenBy: [], unitIds: [], purpose: " " })).toEqual([
      "no_givers",
      "no_units",
      "purpose_required",
    ]);
    expect(codes({ ...base, validUntil: FROM })).toEqual(["ends_before_start"]);
    expect(codes({ ...base, validFrom: t("bad") })).toEqual(["invalid_date"]);
    expect(validateConsent({ ...base, unitIds: [] })[0]?.messageSv).toContain("verksamhet");
  });

  it("has labels for every status", () => {
    for (const label of Object.values(CONSENT_STATUS_LABELS))
      expect(label.sv && label.en).toBeTruthy();
  });
});
