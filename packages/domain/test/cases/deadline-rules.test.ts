import { describe, expect, it } from "vitest";
import {
  DEFAULT_DEADLINE_RULES,
  resolveDeadlineRules,
  validateDeadlineRules,
} from "../../src/cases";

const codes = (input: unknown) => {
  const r = validateDeadlineRules(input);
  return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`);
};

describe("deadline rules", () => {
  it("defaults are HLT/Västbas/HUB and valid", () => {
    expect(DEFAULT_DEADLINE_RULES).toEqual({
      firstContactDays: 7,
      firstContactDaysAcute: 0,
      planWithinDays: 30,
      ehtReviewAfterPlanDays: { min: 30, max: 60 },
      evaluationEveryMonths: 6,
      followUpYears: 2,
    });
    const r = validateDeadlineRules(DEFAULT_DEADLINE_RULES);
    expect(r).toEqual({ ok: true, rules: DEFAULT_DEADLINE_RULES });
    expect(r.ok && r.rules).not.toBe(DEFAULT_DEADLINE_RULES);
  });

  it("followUpYears may be null", () => {
    expect(codes({ ...DEFAULT_DEADLINE_RULES, followUpYears: null })).toEqual([]);
  });

  it("reports each problem with its path", () => {
    expect(codes({ ...DEFAULT_DEADLINE_RULES, firstContactDays: 7.5 })).toEqual([
      "firstContactDays:not_integer",
    ]);
    expect(codes({ ...DEFAULT_DEADLINE_RULES, planWithinDays: 0 })).toEqual([
      "planWithinDays:out_of_range",
    ]);
    expect(codes({ ...DEFAULT_DEADLINE_RULES, evaluationEveryMonths: "6" })).toEqual([
      "evaluationEveryMonths:not_integer",
    ]);
    expect(codes({ ...DEFAULT_DEADLINE_RULES, followUpYears: undefined })).toEqual([
      "followUpYears:required",
    ]);
    expect(codes({ ...DEFAULT_DEADLINE_RULES, firstContactDaysAcute: 8 })).toEqual([
      "firstContactDaysAcute:acute_after_normal",
    ]);
    expect(
      codes({ ...DEFAULT_DEADLINE_RULES, ehtReviewAfterPlanDays: { min: 61, max: 60 } }),
    ).toEqual(["ehtReviewAfterPlanDays:min_after_max"]);
    expect(codes({ ...DEFAULT_DEADLINE_RULES, ehtReviewAfterPlanDays: { min: -1 } })).toEqual([
      "ehtReviewAfterPlanDays.min:out_of_range",
      "ehtReviewAfterPlanDays.max:required",
    ]);
    expect(codes({ ...DEFAULT_DEADLINE_RULES, firstContactDay: 7 })).toEqual([
      "firstContactDay:unknown_field",
    ]);
    expect(codes(null)).toHaveLength(7);
  });

  it("gives messages in both languages", () => {
    const r = validateDeadlineRules({ ...DEFAULT_DEADLINE_RULES, planWithinDays: 999 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        messageEn: "planWithinDays must be 1-365.",
        messageSv: "planWithinDays måste vara 1-365.",
      });
  });

  it("resolves a tenant's overrides on the defaults", () => {
    const r = resolveDeadlineRules({ firstContactDays: 5 });
    expect(r.ok && r.rules.firstContactDays).toBe(5);
    expect(r.ok && r.rules.planWithinDays).toBe(30);
    expect(resolveDeadlineRules({ firstContactDays: -5 }).ok).toBe(false);
  });
});
