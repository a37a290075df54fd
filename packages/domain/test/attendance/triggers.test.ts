import { describe, expect, it } from "vitest";
import { addDays, type Trigger } from "@kring/domain/attendance";
import { day, nth, term, weekdays } from "./fixtures";
import { moves, run, staircase } from "./scenario";

/** Five school days of 100 scheduled minutes; absence minutes on the first days as given. */
function fiveDays(valid: number[], invalid: number[] = []) {
  return weekdays("2025-08-18", 5).map((date, i) => day(date, valid[i] ?? 0, invalid[i] ?? 0, 100));
}

describe("absence_share trigger", () => {
  const share = (extra: Partial<Extract<Trigger, { kind: "absence_share" }>> = {}): Trigger => ({
    kind: "absence_share",
    windowDays: 5,
    thresholdPercent: 20,
    absenceKind: "any",
    ...extra,
  });

  it("fires at exactly the threshold with >= and only once the window is full", () => {
    const result = run(staircase([[share()]]), fiveDays([100]));
    expect(moves(result)).toEqual([["2025-08-22", 1]]);
    expect(result.transitions[0]?.reason).toMatchObject({
      code: "absence_share",
      triggerIndex: 0,
      thresholdPercent: 20,
      operator: ">=",
      measuredPercent: 20,
      text: "Total frånvaro 20\u00a0% de senaste 5 skoldagarna (gräns: minst 20\u00a0%).",
    });
  });

  it("does not fire one minute below the threshold", () => {
    expect(run(staircase([[share()]]), fiveDays([99])).state.step).toBe(0);
  });

  it('needs more than the threshold with ">"', () => {
    expect(run(staircase([[share({ operator: ">" })]]), fiveDays([100])).state.step).toBe(0);
    expect(run(staircase([[share({ operator: ">" })]]), fiveDays([100, 1])).state.step).toBe(1);
  });

  it("waits for a full window even at 100 % absence", () => {
    const days = fiveDays([100]).slice(0, 4);
    expect(run(staircase([[share()]]), days).state.step).toBe(0);
  });

  it("counts only the configured kind of absence", () => {
    expect(run(staircase([[share({ absenceKind: "invalid" })]]), fiveDays([100])).state.step).toBe(
      0,
    );
    expect(
      run(staircase([[share({ absenceKind: "invalid" })]]), fiveDays([], [100])).state.step,
    ).toBe(1);
    expect(
      run(staircase([[share({ absenceKind: "valid" })]]), fiveDays([], [100])).state.step,
    ).toBe(0);
  });
});

describe("consecutive_days trigger", () => {
  const three: Trigger = { kind: "consecutive_days", days: 3, absenceKind: "any" };

  it("fires on the third consecutive absent school day, any kind mixed", () => {
    expect(moves(run(staircase([[three]]), term("VVI..")))).toEqual([[nth(3), 1]]);
    expect(run(staircase([[three]]), term("VV.VV")).state.step).toBe(0);
  });

  it("counts school days, so a weekend or a day without lessons does not break the run", () => {
    expect(moves(run(staircase([[three]]), term("...VV V....")))).toEqual([["2025-08-25", 1]]);
    expect(run(staircase([[three]]), term("VV-V.")).state.step).toBe(1);
  });

  it("counts only the configured kind", () => {
    const valid: Trigger = { ...three, absenceKind: "valid" };
    expect(run(staircase([[valid]]), term("VVI..")).state.step).toBe(0);
    expect(run(staircase([[valid]]), term("VVV..")).state.step).toBe(1);
  });

  it("needs a full day by default and the configured fraction otherwise", () => {
    const days = [...term("VV"), day(nth(3), 359)];
    expect(run(staircase([[three]]), days).state.step).toBe(0);
    expect(run(staircase([[three]], { absentDayFraction: 0.99 }), days).state.step).toBe(1);
    expect(run(staircase([[three]], { absentDayFraction: 0.5 }), term("HHH")).state.step).toBe(1);
  });
});

describe("first_unexcused trigger", () => {
  it("fires on the first day with any invalid absence", () => {
    const result = run(staircase([[{ kind: "first_unexcused" }]]), term("..i.."));
    expect(moves(result)).toEqual([[nth(3), 1]]);
    expect(result.transitions[0]?.reason.text).toBe(`Första ogiltiga frånvaron ${nth(3)}.`);
  });

  it("does not fire for a later invalid absence when an earlier one was seen on the way", () => {
    const stairs = staircase([
      [{ kind: "consecutive_days", days: 2, absenceKind: "valid" }],
      [{ kind: "first_unexcused" }],
    ]);
    expect(moves(run(stairs, term("..VV.i")))).toEqual([
      [nth(4), 1],
      [nth(6), 2],
    ]);
    expect(moves(run(stairs, term("i.VV.i")))).toEqual([[nth(4), 1]]);
  });
});

describe("recurring_valid trigger", () => {
  const recurring: Trigger = { kind: "recurring_valid", weeks: 3, minOccurrences: 3 };

  it("fires on the third school day with valid absence", () => {
    const result = run(staircase([[recurring]]), term("v.v.v"));
    expect(moves(result)).toEqual([[nth(5), 1]]);
    expect(result.transitions[0]?.reason.text).toBe(
      "Anmäld (giltig) frånvaro 3 skoldagar de senaste 3 veckorna.",
    );
  });

  it("counts a long absence like repeated short ones, and ignores invalid absence", () => {
    expect(moves(run(staircase([[recurring]]), term("VVV..")))).toEqual([[nth(3), 1]]);
    expect(run(staircase([[recurring]]), term("vv... ....")).state.step).toBe(0);
    expect(run(staircase([[recurring]]), term("i.i.i")).state.step).toBe(0);
  });

  it("counts every school day of the calendar window, weekend lessons included", () => {
    const everyDay = Array.from({ length: 7 }, (_, i) => day(addDays("2025-08-18", i), 60));
    const stairs = staircase([[{ kind: "recurring_valid", weeks: 1, minOccurrences: 7 }]], {
      recovery: { windowDays: 1 },
    });
    expect(moves(run(stairs, everyDay))).toEqual([["2025-08-24", 1]]);
  });

  it("only counts days within the last N weeks", () => {
    // Day 15 (Fri 5 Sep) still sees Mon 18 Aug; day 16 (Mon 8 Sep) no longer does.
    expect(run(staircase([[recurring]]), term("v.v.. ..... ....v")).state.step).toBe(1);
    expect(run(staircase([[recurring]]), term("v.v.. ..... ..... v")).state.step).toBe(0);
  });
});

describe("no_improvement trigger", () => {
  const reach = (after: Trigger) => staircase([[{ kind: "first_unexcused" }], [after]]);
  const twoWeeks15: Trigger = {
    kind: "no_improvement",
    weeksAfterPreviousStep: 2,
    thresholdPercent: 15,
  };

  it("fires N weeks after the previous step when absence since then is at the threshold", () => {
    // Step 1 on Mon 18 Aug; two weeks later is Mon 1 Sep (day 11), measured over days 2-11:
    // 10 days of 360 minutes, so 15 % is 540 minutes (one full day plus 180).
    const withDay7 = (minutes: number) =>
      term("IV... ..... .").map((d) => (d.date === nth(7) ? day(nth(7), minutes) : d));
    expect(moves(run(reach(twoWeeks15), withDay7(180)))).toEqual([
      [nth(1), 1],
      [nth(11), 2],
    ]);
    expect(run(reach(twoWeeks15), withDay7(180).slice(0, 10)).state.step).toBe(1);
    expect(run(reach(twoWeeks15), withDay7(179)).state.step).toBe(1);
  });

  it("does not fire before N weeks even with high absence", () => {
    expect(run(reach(twoWeeks15), term("IVVVV VVVVV")).state.step).toBe(1);
    expect(run(reach(twoWeeks15), term("IVVVV VVVVV V")).state.step).toBe(2);
  });

  it("ignores absence before the previous step was reached, also with windowDays", () => {
    const wide: Trigger = { ...twoWeeks15, windowDays: 30 };
    expect(run(reach(twoWeeks15), term("VVVVV VVVI. ..... .....")).state.step).toBe(1);
    expect(run(reach(wide), term("VVVVV VVVI. ..... .....")).state.step).toBe(1);
  });

  it("measures only the last windowDays school days when given", () => {
    const lastThree: Trigger = {
      kind: "no_improvement",
      weeksAfterPreviousStep: 1,
      windowDays: 3,
      thresholdPercent: 50,
    };
    expect(run(reach(lastThree), term("IVV.. ...")).state.step).toBe(1);
    expect(run(reach(lastThree), term("I.... .VV")).state.step).toBe(2);
  });

  it("reuses the threshold of the rule that reached the current step", () => {
    const stairs = staircase([
      [{ kind: "absence_share", windowDays: 5, thresholdPercent: 40, absenceKind: "any" }],
      [{ kind: "no_improvement", weeksAfterPreviousStep: 1 }],
    ]);
    // Step 1 on day 5 (40 %); a week later (day 10) the window days 6-10 is measured.
    expect(run(stairs, term("VV... V....")).state.step).toBe(1); // 20 %
    const result = run(stairs, term("VV... VV..."));
    expect(result.state.step).toBe(2);
    expect(result.transitions[1]?.reason).toMatchObject({
      thresholdPercent: 40,
      operator: ">=",
      measuredPercent: 40,
    });
  });

  it("falls back to the recovery percent when the previous step had no percentage", () => {
    const stairs = reach({ kind: "no_improvement", weeksAfterPreviousStep: 2 });
    // Ten school days of 360 minutes: 5 % is 180 minutes.
    const at = (minutes: number) => [
      ...term("I"),
      ...weekdays(nth(2), 10).map((d, i) => day(d, i === 0 ? minutes : 0)),
    ];
    expect(run(stairs, at(180)).state.step).toBe(2);
    expect(run(stairs, at(179)).state.step).toBe(1);
    expect(run({ ...stairs, recovery: { recoveryPercent: 10 } }, at(180)).state.step).toBe(1);
  });
});
