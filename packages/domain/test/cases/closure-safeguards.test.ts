// Issue #17 points 7 and 8: the evaluation is a step with its own meeting and form, and closing
// is guarded: an evaluation, "goals met" only when they are, a reason when closing before the
// minimum follow-up time or without the closing measurement.
import { describe, expect, it } from "vitest";
import { allowedEvents, currentEvaluation, type CaseEvent, type CaseState } from "../../src/cases";
import { EARLY, EVALUATION, REFLECTION, ctx, must, namedStates, refuse } from "./fixtures";

const S = namedStates();
const close = (extra: object = {}) =>
  ({
    type: "close",
    reason: "goals_met",
    reflection: REFLECTION,
    earlyReason: EARLY,
    ...extra,
  }) as CaseEvent;
/** The evaluation step with its meeting held and the evaluation recorded. */
function evaluated(goals: "met" | "partly" | "not_met" = "met"): CaseState {
  const held = must(S.evaluation!, { type: "hold_meeting", kind: "evaluation" });
  return must(held, { type: "record_evaluation", evaluation: { ...EVALUATION, goals } });
}

describe("the evaluation step (Västbas, six months)", () => {
  it("judges each goal of the plan, once, in agreement with the whole (#17.7)", () => {
    const held = must(S.evaluation!, { type: "hold_meeting", kind: "evaluation" });
    const plan = {
      ...ctx,
      planGoals: [
        { id: "g-skola", text: "Nora går i skolan varje dag." },
        { id: "g-somn", text: "Nora sover bättre." },
      ],
    };
    const record = (goals: string, goalOutcomes: object[]) => ({
      type: "record_evaluation",
      evaluation: { ...EVALUATION, goals, goalOutcomes },
    });
    const both = [
      { goalId: "g-skola", outcome: "partly" },
      { goalId: "g-somn", outcome: "met" },
    ];
    const recorded = must(held, record("partly", both) as CaseEvent, plan);
    expect(currentEvaluation(recorded)?.goalOutcomes).toEqual([
      { goalId: "g-skola", outcome: "partly", goal: "Nora går i skolan varje dag." },
      { goalId: "g-somn", outcome: "met", goal: "Nora sover bättre." },
    ]);
    // "Met" as a whole while a goal is only partly met disagrees.
    expect(refuse(held, record("met", both), plan).code).toBe("evaluation_goals_disagree");
    // Every goal of the plan, once, and no other.
    expect(refuse(held, record("partly", both.slice(0, 1)), plan).code).toBe(
      "evaluation_goal_unknown",
    );
    expect(refuse(held, record("partly", [...both, both[0]!]), plan).code).toBe(
      "evaluation_goal_unknown",
    );
    expect(
      refuse(held, record("partly", [both[0]!, { goalId: "g-annat", outcome: "met" }]), plan).code,
    ).toBe("evaluation_goal_unknown");
    expect(
      refuse(held, record("partly", [{ goalId: "g-skola", outcome: "mostly" }]), plan).code,
    ).toBe("evaluation_form_required");
    // "Goals met" at closure needs every goal met, not only the whole.
    const allMet = must(
      held,
      record("met", [
        { goalId: "g-skola", outcome: "met" },
        { goalId: "g-somn", outcome: "met" },
      ]) as CaseEvent,
      plan,
    );
    expect(must(allMet, close(), plan).stage).toBe("closed");
    expect(refuse(recorded, close(), plan).code).toBe("goals_not_met");
    // The short form at closure is judged the same way.
    const early = must(
      S.interventions!,
      {
        type: "close",
        reason: "family_declined",
        reflection: REFLECTION,
        evaluation: { ...EVALUATION, goals: "not_met", goalOutcomes: both },
      } as CaseEvent,
      plan,
    );
    expect(early.evaluations?.at(-1)?.goalOutcomes?.map((o) => o.goal)).toEqual([
      "Nora går i skolan varje dag.",
      "Nora sover bättre.",
    ]);
    expect(
      refuse(
        S.interventions!,
        {
          type: "close",
          reason: "family_declined",
          reflection: REFLECTION,
          evaluation: { ...EVALUATION, goals: "met", goalOutcomes: both },
        },
        plan,
      ).code,
    ).toBe("evaluation_goals_disagree");
  });

  it("cannot start on the day of the plan without a reason; from a month before it is due it can", () => {
    expect(refuse(S.interventions!, { type: "start_evaluation" }).code).toBe(
      "early_evaluation_reason_required",
    );
    expect(refuse(S.interventions!, { type: "start_evaluation", earlyReason: "  " }).code).toBe(
      "early_evaluation_reason_required",
    );
    const early = must(S.interventions!, { type: "start_evaluation", earlyReason: " Akut läge " });
    expect(early).toMatchObject({
      stage: "evaluation",
      evaluationStartedOn: ctx.today,
      evaluationEarlyReason: "Akut läge",
      evaluationMeetingsBefore: 0,
    });
    // The plan was agreed 2026-03-10: due 2026-09-10, without a reason from 2026-08-11.
    const due = { ...ctx, today: "2026-08-11" };
    expect(must(S.interventions!, { type: "start_evaluation" }, due).stage).toBe("evaluation");
    expect(
      refuse(S.interventions!, { type: "start_evaluation" }, { ...ctx, today: "2026-08-10" }).code,
    ).toBe("early_evaluation_reason_required");
    // A tenant with yearly evaluations.
    const yearly = { ...due, deadlineRules: { evaluationEveryMonths: 12, followUpYears: 2 } };
    expect(refuse(S.interventions!, { type: "start_evaluation" }, yearly).code).toBe(
      "early_evaluation_reason_required",
    );
  });

  it("records the evaluation from its meeting, on the short form", () => {
    expect(allowedEvents(S.evaluation!).map((e) => e.type)).not.toContain("record_evaluation");
    expect(refuse(S.evaluation!, { type: "record_evaluation", evaluation: EVALUATION }).code).toBe(
      "evaluation_meeting_required",
    );
    const held = must(S.evaluation!, { type: "hold_meeting", kind: "evaluation" });
    expect(allowedEvents(held).map((e) => e.type)).toContain("record_evaluation");
    for (const evaluation of [
      { ...EVALUATION, goals: "mostly" },
      { ...EVALUATION, familyView: " " },
      { ...EVALUATION, childView: undefined },
      undefined,
    ])
      expect(refuse(held, { type: "record_evaluation", evaluation }).code).toBe(
        "evaluation_form_required",
      );
    // A meeting planned before the step started counts once it is held in the step.
    const yesterday = must(S.evaluation!, {
      type: "hold_meeting",
      kind: "evaluation",
      on: "2026-03-09",
    });
    expect(allowedEvents(yesterday).map((e) => e.type)).toContain("record_evaluation");
    // The next evaluation step needs a meeting of its own.
    const revised = must(yesterday, { type: "continue", revisedPlan: true });
    const again = must(revised, { type: "start_evaluation", earlyReason: EARLY });
    expect(refuse(again, { type: "record_evaluation", evaluation: EVALUATION }).code).toBe(
      "evaluation_meeting_required",
    );
    const done = evaluated("partly");
    expect(currentEvaluation(done)).toMatchObject({ goals: "partly", atMeeting: true });
    expect(
      refuse(S.interventions!, { type: "record_evaluation", evaluation: EVALUATION }).code,
    ).toBe("event_not_allowed");
  });
});

describe("closing safeguards", () => {
  it("needs an evaluation: the one recorded at the meeting, or the short form with the closure", () => {
    expect(refuse(S.network_meeting_2!, close({ reason: "moved_away" })).code).toBe(
      "evaluation_form_required",
    );
    const closed = must(
      S.network_meeting_2!,
      close({ reason: "moved_away", evaluation: EVALUATION }),
    );
    expect(closed.evaluations).toEqual([{ ...EVALUATION, on: ctx.today, atMeeting: false }]);
    // Recorded at the evaluation meeting: no second form.
    expect(must(evaluated(), close()).evaluations).toHaveLength(1);
  });

  it("gives 'goals met' only after the evaluation meeting found them met, with no goal open", () => {
    expect(refuse(S.evaluation!, close({ evaluation: EVALUATION })).code).toBe(
      "evaluation_meeting_required",
    );
    expect(refuse(evaluated("partly"), close()).code).toBe("goals_not_met");
    expect(refuse(evaluated("not_met"), close()).code).toBe("goals_not_met");
    const openGoal = { ...ctx, closing: { openGoals: 1, missingClosingMeasurements: 0 } };
    expect(refuse(evaluated(), close(), openGoal).code).toBe("goals_open");
    // The goals are not met: the case may still close, for another reason.
    expect(must(evaluated("partly"), close({ reason: "family_declined" })).stage).toBe("closed");
  });

  it("asks why when closing before the minimum follow-up time (HUB two years, the tenant's choice)", () => {
    expect(refuse(evaluated(), close({ earlyReason: undefined })).code).toBe(
      "early_close_reason_required",
    );
    expect(refuse(evaluated(), close({ earlyReason: " " })).code).toBe(
      "early_close_reason_required",
    );
    // A reason forced from outside explains itself.
    const moved = must(evaluated(), close({ reason: "moved_away", earlyReason: undefined }));
    expect(moved.closure?.earlyReason).toBeUndefined();
    // After two years, or for a tenant without a minimum, no reason is asked for.
    const later = { ...ctx, today: "2028-03-02" };
    expect(must(evaluated(), close({ earlyReason: undefined }), later).stage).toBe("closed");
    const none = { ...ctx, deadlineRules: { evaluationEveryMonths: 6, followUpYears: null } };
    expect(must(evaluated(), close({ earlyReason: undefined }), none).stage).toBe("closed");
    expect(must(evaluated(), close()).closure?.earlyReason).toBe(EARLY);
  });

  it("asks for the closing measurement the schedule wants, or why it is not taken", () => {
    const missing = { ...ctx, closing: { openGoals: 0, missingClosingMeasurements: 2 } };
    expect(refuse(evaluated(), close(), missing).code).toBe("closing_measurement_required");
    const closed = must(
      evaluated(),
      close({ measurementSkipReason: "Familjen har flyttat." }),
      missing,
    );
    expect(closed.closure?.measurementSkipReason).toBe("Familjen har flyttat.");
  });
});
