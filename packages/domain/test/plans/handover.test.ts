import { describe, expect, it } from "vitest";
import { enrolmentChange, handoverDecidable } from "../../src/plans/handover";

describe("handover", () => {
  it("moves the enrolment from school to school, and from preschool to school", () => {
    expect(enrolmentChange("school", "school")).toEqual({ enrolTo: true, endFrom: true });
    expect(enrolmentChange("preschool", "school")).toEqual({ enrolTo: true, endFrom: true });
  });

  it("leaves the enrolment alone when the plan goes to a service around the child", () => {
    expect(enrolmentChange("school", "child_psychiatry")).toEqual({
      enrolTo: false,
      endFrom: false,
    });
    expect(enrolmentChange("social_services", "student_health")).toEqual({
      enrolTo: false,
      endFrom: false,
    });
  });

  it("enrols at the new school without ending a service's part", () => {
    expect(enrolmentChange("child_psychiatry", "school")).toEqual({
      enrolTo: true,
      endFrom: false,
    });
  });

  it("lets only a proposed handover be decided", () => {
    expect(handoverDecidable("proposed")).toBe(true);
    for (const s of ["accepted", "declined", "withdrawn"] as const)
      expect(handoverDecidable(s)).toBe(false);
  });
});
