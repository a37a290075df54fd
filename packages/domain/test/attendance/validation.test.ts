import { describe, expect, it } from "vitest";
import {
  DANDERYD_STAIRCASE,
  parseStaircase,
  StaircaseConfigError,
  validateStaircase,
  type ConfigIssue,
} from "@kring/domain/attendance";

/** The issues of an invalid input as "path code" strings. */
function problems(input: unknown): string[] {
  const result = validateStaircase(input);
  if (result.ok) return [];
  return result.issues.map((i) => `${i.path} ${i.code}`);
}

/** Danderyd with one step replaced (as plain JSON, like an administrator's edit). */
function withStep(index: number, patch: Record<string, unknown>): unknown {
  const copy = JSON.parse(JSON.stringify(DANDERYD_STAIRCASE)) as {
    steps: Record<string, unknown>[];
  };
  copy.steps[index] = { ...copy.steps[index], ...patch };
  return copy;
}

function withTrigger(index: number, trigger: unknown): unknown {
  return withStep(index, { triggers: [trigger] });
}

describe("validateStaircase", () => {
  it("rejects a non-object and lists every missing root field", () => {
    expect(problems(null)).toEqual(["(root) type"]);
    expect(problems({})).toEqual(["id required", "name required", "steps empty"]);
  });

  it("reports each step problem with its path", () => {
    expect(
      problems(
        withStep(1, {
          number: 3,
          title: " ",
          actor: "teacher",
          deadlineDays: -1,
          actions: ["", "ok"],
          extra: 1,
        }),
      ),
    ).toEqual([
      "steps[1].extra unknown_field",
      "steps[1].number order",
      "steps[1].title required",
      "steps[1].actor enum",
      "steps[1].deadlineDays range",
      "steps[1].actions[0] required",
    ]);
    expect(problems(withStep(0, { triggers: [], actions: [], reportToOrganiser: "yes" }))).toEqual([
      "steps[0].actions empty",
      "steps[0].triggers empty",
      "steps[0].reportToOrganiser type",
    ]);
  });

  it("checks every trigger kind's fields and limits", () => {
    expect(
      problems(
        withTrigger(0, {
          kind: "absence_share",
          windowDays: 0,
          thresholdPercent: 120,
          absenceKind: "all",
        }),
      ),
    ).toEqual([
      "steps[0].triggers[0].windowDays range",
      "steps[0].triggers[0].thresholdPercent range",
      "steps[0].triggers[0].absenceKind enum",
    ]);
    expect(
      problems(withTrigger(0, { kind: "consecutive_days", days: 2.5, absenceKind: "any" })),
    ).toEqual(["steps[0].triggers[0].days range"]);
    expect(
      problems(withTrigger(0, { kind: "recurring_valid", weeks: 53, minOccurrences: 0 })),
    ).toEqual(["steps[0].triggers[0].weeks range", "steps[0].triggers[0].minOccurrences range"]);
    expect(problems(withTrigger(0, { kind: "first_unexcused", days: 1 }))).toEqual([
      "steps[0].triggers[0].days unknown_field",
    ]);
    expect(problems(withTrigger(0, { kind: "sometimes" }))).toEqual([
      "steps[0].triggers[0].kind unknown_kind",
    ]);
    expect(problems(withTrigger(0, "first_unexcused"))).toEqual(["steps[0].triggers[0] type"]);
  });

  it("rejects thresholds that can never decide anything", () => {
    const share = { kind: "absence_share", windowDays: 5, absenceKind: "any" };
    expect(problems(withTrigger(0, { ...share, thresholdPercent: 0 }))).toEqual([
      "steps[0].triggers[0].thresholdPercent never_or_always",
    ]);
    expect(problems(withTrigger(0, { ...share, thresholdPercent: 100, operator: ">" }))).toEqual([
      "steps[0].triggers[0].thresholdPercent never_or_always",
    ]);
    expect(problems(withTrigger(0, { ...share, thresholdPercent: 0, operator: ">" }))).toEqual([]);
    expect(problems(withTrigger(0, { ...share, thresholdPercent: 10, operator: "=>" }))).toEqual([
      "steps[0].triggers[0].operator enum",
    ]);
  });

  it("allows no_improvement only above step 1, and an operator only with a threshold", () => {
    expect(problems(withTrigger(0, { kind: "no_improvement", weeksAfterPreviousStep: 2 }))).toEqual(
      ["steps[0].triggers[0].kind no_previous_step"],
    );
    expect(
      problems(
        withTrigger(1, { kind: "no_improvement", weeksAfterPreviousStep: 2, operator: ">" }),
      ),
    ).toEqual(["steps[1].triggers[0].operator operator_without_threshold"]);
    expect(
      problems(
        withTrigger(1, {
          kind: "no_improvement",
          weeksAfterPreviousStep: 0,
          windowDays: 201,
          absenceKind: "x",
        }),
      ),
    ).toEqual([
      "steps[1].triggers[0].weeksAfterPreviousStep range",
      "steps[1].triggers[0].windowDays range",
      "steps[1].triggers[0].absenceKind enum",
    ]);
  });

  it("checks the staircase-wide settings and the number of steps", () => {
    const base = DANDERYD_STAIRCASE;
    expect(problems({ ...base, absentDayFraction: 0 })).toEqual(["absentDayFraction range"]);
    expect(problems({ ...base, absentDayFraction: 0.8, recovery: { windowDays: 10 } })).toEqual([]);
    expect(problems({ ...base, recovery: { recoveryPercent: 0, days: 3 } })).toEqual([
      "recovery.days unknown_field",
      "recovery.recoveryPercent range",
    ]);
    const many = Array.from({ length: 11 }, (_, i) => ({
      ...base.steps[i === 0 ? 0 : 1],
      number: i + 1,
    }));
    expect(problems({ ...base, steps: many })).toEqual(["steps too_many"]);
  });

  it("gives every issue an English and a Swedish message", () => {
    const result = validateStaircase(
      withTrigger(0, {
        kind: "absence_share",
        windowDays: 5,
        thresholdPercent: 120,
        absenceKind: "any",
      }),
    );
    const issue: ConfigIssue | undefined = result.ok ? undefined : result.issues[0];
    expect(issue?.message).toBe("must be a number from 0 to 100, got 120");
    expect(issue?.messageSv).toBe("måste vara ett tal från 0 till 100, fick 120");
  });
});

describe("parseStaircase", () => {
  it("returns a valid staircase and throws with every issue otherwise", () => {
    expect(parseStaircase(DANDERYD_STAIRCASE)).toBe(DANDERYD_STAIRCASE);
    try {
      parseStaircase({ id: "x", name: "y", steps: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StaircaseConfigError);
      const e = error as StaircaseConfigError;
      expect(e.issues.map((i) => i.path)).toEqual(["steps"]);
      expect(e.message).toBe("Invalid staircase: steps: must list at least one step");
      expect(e.messageSv).toBe("Ogiltig närvarotrappa: steps: måste innehålla minst ett steg");
    }
  });
});
