import { describe, expect, it } from "vitest";
import {
  AttendanceInputError,
  DANDERYD_STAIRCASE,
  ESKILSTUNA_STAIRCASE,
  evaluatePupil,
  requiredHistoryDays,
  StaircaseConfigError,
  type PupilStairState,
  type SchoolDaySummary,
  type Trigger,
} from "@kring/domain/attendance";
import { day, nth, term } from "./fixtures";
import { moves, run, staircase, step } from "./scenario";

const absentToday: Trigger = { kind: "consecutive_days", days: 1, absenceKind: "any" };
const threeSteps = staircase([[absentToday], [absentToday], [absentToday]]);
const unexcused = staircase([[{ kind: "first_unexcused" }]]);

describe("climbing", () => {
  it("climbs one step per school day, never skipping a step", () => {
    const result = run(threeSteps, term("VVVVV"));
    expect(moves(result)).toEqual([
      [nth(1), 1],
      [nth(2), 2],
      [nth(3), 3],
    ]);
    expect(result.state).toMatchObject({ step: 3, since: nth(3), lastEvaluated: nth(5) });
  });

  it("assigns the new step's actor, due date and reporting duties", () => {
    const stairs = {
      ...threeSteps,
      steps: [
        step(1, [absentToday], { actor: "mentor" as const, deadlineDays: 14 }),
        step(2, [absentToday], { actor: "principal" as const, reportToOrganiser: true }),
        step(3, [absentToday], { actor: "social_services" as const, reportToSocialServices: true }),
      ],
    };
    const [first, second, third] = run(stairs, term("VVV")).transitions;
    expect(first).toMatchObject({
      from: 0,
      to: 1,
      on: "2025-08-18",
      dueDate: "2025-09-01",
      actor: "mentor",
    });
    expect(first).toMatchObject({ reportToOrganiser: false, reportToSocialServices: false });
    expect(second).toMatchObject({
      actor: "principal",
      dueDate: "2025-09-02",
      reportToOrganiser: true,
    });
    expect(third).toMatchObject({ actor: "social_services", reportToSocialServices: true });
  });

  it("keeps the history of every step entered", () => {
    const { state } = run(threeSteps, term("VV"));
    expect(state.history.map((h) => [h.step, h.from, h.reason.code])).toEqual([
      [1, nth(1), "consecutive_days"],
      [2, nth(2), "consecutive_days"],
    ]);
  });

  it("reports the first firing trigger in configuration order", () => {
    const stairs = staircase([
      [{ kind: "consecutive_days", days: 1, absenceKind: "valid" }, { kind: "first_unexcused" }],
    ]);
    expect(run(stairs, term("H")).transitions[0]?.reason).toMatchObject({
      code: "first_unexcused",
      triggerIndex: 1,
    });
    const twice = staircase([[{ kind: "first_unexcused" }, absentToday]]);
    expect(run(twice, term("I")).transitions[0]?.reason.triggerIndex).toBe(0);
  });
});

describe("moving back down", () => {
  // Step 1 on day 1; the recovery window is the 20 school days after it.
  it("returns to step 0 after a full recovery window with under 5 % and no invalid absence", () => {
    const result = run(unexcused, term("I.... ..... ..... ..... ."));
    expect(moves(result)).toEqual([
      [nth(1), 1],
      [nth(21), 0],
    ]);
    expect(result.transitions[1]).toMatchObject({
      dueDate: null,
      actor: null,
      reason: { code: "recovered", triggerIndex: null },
    });
    expect(result.transitions[1]?.reason.text).toMatch(/under 5\u00a0% de senaste 20 skoldagarna/);
    expect(run(unexcused, term("I.... ..... ..... .....")).state.step).toBe(1);
  });

  it("stays while absence is at the recovery percent or any invalid absence is in the window", () => {
    // 20 days × 360 min: 5 % is exactly 360 minutes.
    const at = (valid: number) => [
      ...term("I"),
      ...term("..... ..... ..... .....", nth(2)).map((d, i) => (i === 5 ? day(d.date, valid) : d)),
    ];
    expect(run(unexcused, at(360)).state.step).toBe(1);
    expect(run(unexcused, at(359)).state.step).toBe(0);
    expect(run(unexcused, term("I.... i.... ..... ..... .")).state.step).toBe(1);
  });

  it("goes straight to step 0 from any step, and first_unexcused fires again afterwards", () => {
    const stairs = staircase([[{ kind: "first_unexcused" }], [absentToday]]);
    const result = run(stairs, term("IV... ..... ..... ..... .. ...i"));
    expect(moves(result)).toEqual([
      [nth(1), 1],
      [nth(2), 2],
      [nth(22), 0],
      [nth(26), 1],
    ]);
    expect(result.state.invalidAbsenceSeen).toBe(true);
  });

  it("measures recovery only over days after the step was reached, so a pupil cannot bounce", () => {
    // One hour of reported absence reaches step 1; the next five days are clean.
    const stairs = staircase([[{ kind: "recurring_valid", weeks: 1, minOccurrences: 1 }]], {
      recovery: { windowDays: 5 },
    });
    expect(moves(run(stairs, term(".....v .....")))).toEqual([
      [nth(6), 1],
      [nth(11), 0],
    ]);
  });

  it("uses the configured recovery window and percent", () => {
    const stairs = { ...unexcused, recovery: { windowDays: 5, recoveryPercent: 20 } };
    expect(moves(run(stairs, term("I...v .")))).toEqual([
      [nth(1), 1],
      [nth(6), 0],
    ]);
  });
});

describe("evaluation window and state", () => {
  it("needs only a bounded number of school days per staircase", () => {
    expect(requiredHistoryDays(DANDERYD_STAIRCASE)).toBe(21); // recurring valid over 3 weeks
    expect(requiredHistoryDays(ESKILSTUNA_STAIRCASE)).toBe(20);
    expect(
      requiredHistoryDays(
        staircase([[{ kind: "first_unexcused" }]], { recovery: { windowDays: 3 } }),
      ),
    ).toBe(3);
    const wide = staircase([
      [{ kind: "absence_share", windowDays: 40, thresholdPercent: 10, absenceKind: "any" }],
    ]);
    expect(requiredHistoryDays(wide)).toBe(40);
  });

  it("gives the same result when streamed week by week with only the required history", () => {
    const days = term("..i.. VV.V. V.VV. ..... V.... ..... ..... ..... .....");
    const keep = requiredHistoryDays(DANDERYD_STAIRCASE);
    let state: PupilStairState | null = null;
    for (let end = 5; end <= days.length; end += 5) {
      const window = days.slice(Math.max(0, end - 5 - keep), end);
      state = evaluatePupil(DANDERYD_STAIRCASE, window, state, nth(end)).state;
    }
    expect(state).toEqual(run(DANDERYD_STAIRCASE, days).state);
    expect(state?.history.map((h) => h.step)).toEqual([1, 2, 3, 0]);
  });

  it("ignores days after asOf and non-school days, and accepts asOf on a weekend", () => {
    const days = [...term("..."), day("2025-08-23", 0, 360, 0), ...term("I", "2025-08-25")];
    const result = evaluatePupil(unexcused, days, null, "2025-08-24");
    expect(result.state).toEqual({
      staircaseId: "test",
      step: 0,
      since: null,
      history: [],
      lastEvaluated: "2025-08-24",
      invalidAbsenceSeen: false,
    });
    expect(evaluatePupil(unexcused, days, result.state, "2025-08-25").state.step).toBe(1);
  });

  it("does nothing when evaluated again for the same date", () => {
    const first = run(unexcused, term("..I"));
    const again = evaluatePupil(unexcused, term("..I"), first.state, nth(3));
    expect(again.transitions).toEqual([]);
    expect(again.state).toEqual(first.state);
  });
});

describe("input errors", () => {
  const days: SchoolDaySummary[] = term("..I");
  const state = run(unexcused, days).state;

  it("refuses to run backwards or on a state from another staircase", () => {
    expect(() => evaluatePupil(unexcused, days, state, nth(2))).toThrow(AttendanceInputError);
    expect(() => evaluatePupil({ ...unexcused, id: "other" }, days, state, nth(3))).toThrow(
      /staircase/,
    );
    expect(() => evaluatePupil(unexcused, days, { ...state, step: 2 }, nth(3))).toThrow(/step/);
    expect(() => evaluatePupil(unexcused, days, { ...state, since: null }, nth(3))).toThrow(
      /since/,
    );
  });

  it("rejects a bad evaluation date and an invalid staircase", () => {
    expect(() => evaluatePupil(unexcused, days, null, "2025-02-30")).toThrow(AttendanceInputError);
    const broken = { ...unexcused, steps: [] };
    expect(() => evaluatePupil(broken, days, null, nth(3))).toThrow(StaircaseConfigError);
  });
});
