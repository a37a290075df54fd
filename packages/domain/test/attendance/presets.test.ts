import { describe, expect, it } from "vitest";
import {
  DANDERYD_STAIRCASE,
  ESKILSTUNA_STAIRCASE,
  validateStaircase,
} from "@kring/domain/attendance";
import { nth, term } from "./fixtures";
import { moves, run } from "./scenario";

describe("preset shapes (domain.md §7)", () => {
  it("are valid staircases with 4 and 3 steps", () => {
    expect(validateStaircase(DANDERYD_STAIRCASE)).toEqual({
      ok: true,
      staircase: DANDERYD_STAIRCASE,
    });
    expect(validateStaircase(ESKILSTUNA_STAIRCASE).ok).toBe(true);
    expect(DANDERYD_STAIRCASE.steps.map((s) => [s.actor, s.deadlineDays])).toEqual([
      ["mentor", 14],
      ["mentor", 14],
      ["principal", 21],
      ["principal", 30],
    ]);
    expect(ESKILSTUNA_STAIRCASE.steps.map((s) => s.actor)).toEqual([
      "mentor",
      "student_health",
      "principal",
    ]);
  });

  it("survive a JSON round trip unchanged", () => {
    for (const preset of [DANDERYD_STAIRCASE, ESKILSTUNA_STAIRCASE]) {
      expect(JSON.parse(JSON.stringify(preset))).toEqual(preset);
    }
  });
});

describe("Danderyd", () => {
  it("puts a pupil with a first unexcused absence on step 1, mentor due in 14 days", () => {
    const [transition] = run(DANDERYD_STAIRCASE, term("..i..")).transitions;
    expect(transition).toMatchObject({
      from: 0,
      to: 1,
      on: "2025-08-20",
      dueDate: "2025-09-03",
      actor: "mentor",
      reason: { code: "first_unexcused", text: "Första ogiltiga frånvaron 2025-08-20." },
    });
  });

  it("puts a pupil with recurring reported absence over 3 weeks on step 1", () => {
    const result = run(DANDERYD_STAIRCASE, term("v...v ...v."));
    expect(moves(result)).toEqual([[nth(9), 1]]);
    expect(result.transitions[0]?.reason.code).toBe("recurring_valid");
  });

  it("escalates a pupil with persistent 40 % absence to step 4 and the reports", () => {
    const result = run(DANDERYD_STAIRCASE, term("IVV.. VV... VV... VV... VV... VV... VV... VV..."));
    expect(result.transitions.map((t) => [t.to, t.on, t.dueDate])).toEqual([
      [1, "2025-08-18", "2025-09-01"],
      [2, "2025-09-01", "2025-09-15"], // still absent 2 weeks after step 1
      [3, "2025-09-15", "2025-10-06"], // still ≥ 15 % 2 weeks after step 2
      [4, "2025-10-06", "2025-11-05"], // no result 3 weeks after step 3
    ]);
    const [, , third, fourth] = result.transitions;
    expect(third).toMatchObject({ reportToOrganiser: true, reportToSocialServices: false });
    expect(fourth).toMatchObject({
      reportToSocialServices: true,
      reason: { thresholdPercent: 15 },
    });
    expect(fourth?.reason.text).toBe(
      "Ingen förbättring 3 veckor efter steg 3: total frånvaro 40\u00a0% (gräns: minst 15\u00a0%).",
    );
  });

  it("does not climb when attendance improves, and leaves the staircase after 4 good weeks", () => {
    const result = run(DANDERYD_STAIRCASE, term("i.... ..... ..... ..... ."));
    expect(moves(result)).toEqual([
      [nth(1), 1],
      [nth(21), 0],
    ]);
  });

  it("stays on step 2 when absence falls to 10 %, under step 3's 15 %", () => {
    const result = run(DANDERYD_STAIRCASE, term("IVV.. ..... V.... ..... V.... ....."));
    expect(result.state.step).toBe(2);
  });
});

describe("Eskilstuna", () => {
  it("starts step 1 when absence is over 20 % of the last 4 weeks, not at exactly 20 %", () => {
    expect(run(ESKILSTUNA_STAIRCASE, term("V.... V.... V.... V....")).state.step).toBe(0);
    const result = run(ESKILSTUNA_STAIRCASE, term("V.... V.... V.... V...v"));
    expect(moves(result)).toEqual([[nth(20), 1]]);
    expect(result.transitions[0]?.reason).toMatchObject({
      code: "absence_share",
      measuredPercent: 20.83,
      operator: ">",
    });
  });

  it("starts step 1 after 2 weeks' continuous absence", () => {
    expect(run(ESKILSTUNA_STAIRCASE, term("VVVVV VVVV")).state.step).toBe(0);
    const result = run(ESKILSTUNA_STAIRCASE, term("VVVVV VVVVV"));
    expect(moves(result)).toEqual([[nth(10), 1]]);
    expect(result.transitions[0]?.reason.code).toBe("consecutive_days");
  });

  it("moves to EHT and then to the organiser report after 2 more weeks of high absence each", () => {
    const result = run(ESKILSTUNA_STAIRCASE, term("IVVV. ..... .VVV. ..... ."));
    expect(result.transitions.map((t) => [t.to, t.on, t.actor, t.dueDate])).toEqual([
      [1, "2025-08-18", "mentor", "2025-09-01"],
      [2, "2025-09-01", "student_health", "2025-09-15"],
      [3, "2025-09-15", "principal", "2025-09-29"],
    ]);
    expect(result.transitions[2]?.reportToOrganiser).toBe(true);
  });

  it("does not move to step 2 when the 2 weeks after step 1 are at exactly 20 %", () => {
    expect(run(ESKILSTUNA_STAIRCASE, term("IVV.. ..... .")).state.step).toBe(1);
  });
});
