import { describe, expect, it } from "vitest";
import {
  checkContactPersonEligibility,
  checkCoordinatorAppointment,
  checkCoordinatorEligibility,
  checkCoordinatorPair,
  checkSpokespersonEligibility,
  type EligibilityResult,
} from "../../src/cases";
import { child, people, privatePerson, professional } from "./fixtures";

const codes = (r: EligibilityResult) => r.reasons.map((x) => x.code);
const principal = people.principal!;

describe("coordinator eligibility", () => {
  it("accepts a professional with no tie to the child", () => {
    expect(checkCoordinatorEligibility(people.lead!, child)).toEqual({
      eligible: true,
      reasons: [],
    });
    // A social secretary is fine when they are not the child's own and not in the child's unit.
    expect(checkCoordinatorEligibility(people.doc!, child).eligible).toBe(true);
  });

  it("refuses the child's own social secretary", () => {
    const r = checkCoordinatorEligibility(people["soc-child"]!, child);
    expect(r.eligible).toBe(false);
    expect(codes(r)).toEqual(["childs_social_secretary"]);
    expect(r.reasons[0]?.messageSv).toContain("socialsekreterare");
  });

  it("refuses the child's mentor", () => {
    expect(codes(checkCoordinatorEligibility(people.mentor!, child))).toEqual(["childs_mentor"]);
  });

  it("refuses staff of any unit the child currently attends or is served by, naming the units", () => {
    const p = professional(
      "p",
      ["u-soc", "social_services", "social_secretary"],
      ["u-school", "school", "special_educator"],
      ["u-x", "leisure", "parent_advisor"],
    );
    const r = checkCoordinatorEligibility(p, child);
    expect(codes(r)).toEqual(["staff_of_childs_unit"]);
    expect(r.reasons[0]?.unitIds).toEqual(["u-school", "u-soc"]);
  });

  it("refuses the person who raised the request and staff of the raising unit (issue 17)", () => {
    // A child registered with no school: only the request ties the raiser to the child.
    const unknownSchool = {
      ...child,
      currentUnitIds: [],
      raiserIds: ["raiser"],
      raisingUnitIds: ["u-health"],
    };
    const raiser = professional("raiser", ["u-health", "primary_care", "school_nurse"]);
    expect(codes(checkCoordinatorEligibility(raiser, unknownSchool))).toEqual([
      "raised_the_request",
      "staff_of_raising_unit",
    ]);
    const colleague = professional("colleague", ["u-health", "primary_care", "psychologist"]);
    const r = checkCoordinatorEligibility(colleague, unknownSchool);
    expect(codes(r)).toEqual(["staff_of_raising_unit"]);
    expect(r.reasons[0]?.unitIds).toEqual(["u-health"]);
    expect(r.reasons[0]?.messageSv).toContain("gjorde förfrågan");
    expect(checkCoordinatorEligibility(people.lead!, unknownSchool).eligible).toBe(true);
  });

  it("refuses a private person, and collects every reason at once", () => {
    expect(codes(checkCoordinatorEligibility(privatePerson("aunt"), child))).toEqual([
      "not_professional",
    ]);
    const close = professional("mentor", ["u-school", "school", "teacher_mentor"]);
    const both = { ...child, socialSecretaryIds: ["mentor"] };
    expect(codes(checkCoordinatorEligibility(close, both))).toEqual([
      "childs_social_secretary",
      "childs_mentor",
      "staff_of_childs_unit",
    ]);
  });

  it("lead and documenting coordinator are two different people", () => {
    expect(codes(checkCoordinatorPair("a", "a"))).toEqual(["same_person"]);
    expect(checkCoordinatorPair("a", "b").eligible).toBe(true);
    const both = checkCoordinatorAppointment(people.lead!, people.mentor!, child);
    expect(both).toMatchObject({ eligible: false, pair: [], lead: [] });
    expect(both.documenting.map((r) => r.code)).toEqual(["childs_mentor"]);
    expect(checkCoordinatorAppointment(people.lead!, people.doc!, child).eligible).toBe(true);
  });
});

describe("contact person eligibility", () => {
  it("accepts each student-health role in a student-health or school unit, appointed by a principal", () => {
    for (const role of [
      "school_nurse",
      "school_counsellor",
      "psychologist",
      "special_educator",
    ] as const) {
      expect(
        checkContactPersonEligibility(professional("c", ["u1", "school", role]), principal)
          .eligible,
      ).toBe(true);
      expect(
        checkContactPersonEligibility(professional("c", ["u1", "student_health", role]), principal)
          .eligible,
      ).toBe(true);
    }
  });

  it("accepts another EHT member flagged as such, but not an ordinary teacher", () => {
    const onEht = professional("c", ["u1", "school", "teacher_mentor", true]);
    expect(checkContactPersonEligibility(onEht, principal).eligible).toBe(true);
    const teacher = professional("c", ["u1", "school", "teacher_mentor"]);
    expect(codes(checkContactPersonEligibility(teacher, principal))).toEqual([
      "not_student_health",
    ]);
  });

  it("requires the EHT role to be in a student-health or school unit", () => {
    const bupPsychologist = professional("c", ["u1", "child_psychiatry", "psychologist"]);
    expect(codes(checkContactPersonEligibility(bupPsychologist, principal))).toEqual([
      "not_student_health",
    ]);
  });

  it("never a principal, never a social secretary, even with an EHT role elsewhere", () => {
    const nursePrincipal = professional(
      "c",
      ["u1", "school", "school_nurse"],
      ["u2", "school", "principal"],
    );
    expect(codes(checkContactPersonEligibility(nursePrincipal, principal))).toEqual([
      "principal_not_allowed",
    ]);
    const counsellorSoc = professional(
      "c",
      ["u1", "school", "school_counsellor"],
      ["u3", "social_services", "social_secretary"],
    );
    expect(codes(checkContactPersonEligibility(counsellorSoc, principal))).toEqual([
      "social_secretary_not_allowed",
    ]);
    const principalOnEht = professional("c", ["u1", "school", "principal", true]);
    expect(codes(checkContactPersonEligibility(principalOnEht, principal))).toEqual([
      "principal_not_allowed",
      "not_student_health",
    ]);
  });

  it("must be appointed by a principal", () => {
    expect(codes(checkContactPersonEligibility(people.nurse!, people.lead!))).toEqual([
      "appointer_not_principal",
    ]);
    const privatePrincipal = { ...principal, kind: "private" as const };
    expect(codes(checkContactPersonEligibility(people.nurse!, privatePrincipal))).toEqual([
      "appointer_not_principal",
    ]);
    expect(codes(checkContactPersonEligibility(privatePerson("x"), principal))).toEqual([
      "not_student_health",
    ]);
  });
});

describe("spokesperson eligibility", () => {
  it("a private-network person, never a professional", () => {
    expect(checkSpokespersonEligibility(privatePerson("aunt")).eligible).toBe(true);
    const r = checkSpokespersonEligibility(people.nurse!);
    expect(codes(r)).toEqual(["professional_not_allowed"]);
    expect(r.reasons[0]?.messageEn).toContain("private network");
  });
});
