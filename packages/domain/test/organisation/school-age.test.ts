import { describe, expect, it } from "vitest";
import { isCompulsorySchoolAge } from "../../src/organisation";

describe("compulsory school age", () => {
  it("begins with the autumn term of the year the child turns six", () => {
    expect(isCompulsorySchoolAge("2020-11-30", "2026-06-30")).toBe(false);
    expect(isCompulsorySchoolAge("2020-11-30", "2026-08-01")).toBe(true);
  });

  it("ends with the spring term of the year the child turns sixteen", () => {
    expect(isCompulsorySchoolAge("2010-01-15", "2026-06-30")).toBe(true);
    expect(isCompulsorySchoolAge("2010-01-15", "2026-08-01")).toBe(false);
    expect(isCompulsorySchoolAge("2008-05-01", "2026-03-01")).toBe(false);
    expect(isCompulsorySchoolAge("2015-06-12", "2026-12-07")).toBe(true);
  });
});
