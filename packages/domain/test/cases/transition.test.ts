import { describe, expect, it } from "vitest";
import {
  allowedEvents,
  createCase,
  hasAuthorityAction,
  type CaseEvent,
  type CaseState,
} from "../../src/cases";
import {
  EARLY,
  EVALUATION,
  HAPPY_PATH,
  REFLECTION,
  REQUESTED,
  TODAY,
  ctx,
  must,
  namedStates,
  refuse,
} from "./fixtures";

const S = namedStates();

describe("the happy path", () => {
  it("walks request to closed, stamping dates and keeping history", () => {
    const stages = HAPPY_PATH.reduce<CaseState[]>(
      (acc, e) => [...acc, must(acc[acc.length - 1]!, e)],
      [createCase({ requestedOn: REQUESTED, acute: false })],
    ).map((s) => s.stage);
    expect(stages).toEqual([
      "request",
      "assessment",
      "assessment",
      "coordinators_appointed",
      "first_contact",
      "first_contact",
      "pre_meeting",
      "network_meeting_1",
      "network_meeting_1",
      "network_meeting_2",
      "interventions",
      "evaluation",
      "evaluation",
      "evaluation",
      "closed",
    ]);
    const closed = S.closed!;
    expect(closed.coordinators).toEqual({ leadId: "lead", documentingId: "doc" });
    expect(closed.spokespersonId).toBe("aunt");
    expect(closed.contactPerson).toEqual({ personId: "nurse", appointedById: "principal" });
    expect(closed.firstContactOn).toBe(TODAY);
    expect(closed.planAgreedOn).toBe(TODAY);
    expect(closed.planVersion).toBe(1);
    expect(closed.lastEvaluationOn).toBe(TODAY);
    expect(closed.meetings.map((m) => m.kind)).toEqual([
      "pre_meeting",
      "network_meeting_1",
      "network_meeting_2",
      "evaluation",
    ]);
    expect(closed.closure).toEqual({
      reason: "goals_met",
      reflection: REFLECTION,
      on: TODAY,
      earlyReason: EARLY,
    });
    expect(closed.evaluations).toEqual([{ ...EVALUATION, on: TODAY, atMeeting: true }]);
  });

  it("accept keeps the case in assessment (the intake queue) until coordinators are appointed", () => {
    expect(S.assessment_accepted).toMatchObject({ stage: "assessment", accepted: true });
  });

  it("decline records the other action and the reason, trimmed", () => {
    const s = must(S.assessment_pending!, {
      type: "decline",
      otherAction: " Utredning ",
      reason: " Behov av myndighetsutövning ",
    });
    expect(s.stage).toBe("declined");
    expect(s.declined).toEqual({
      otherAction: "Utredning",
      reason: "Behov av myndighetsutövning",
      on: TODAY,
    });
  });

  it("events may be recorded afterwards with an earlier date", () => {
    const s = must(S.coordinators_appointed!, { type: "record_first_contact", on: "2026-03-03" });
    expect(s.firstContactOn).toBe("2026-03-03");
    const m = must(s, { type: "hold_meeting", kind: "pre_meeting", on: "2026-03-05" });
    expect(m.meetings).toEqual([{ kind: "pre_meeting", heldOn: "2026-03-05" }]);
  });
});

describe("follow-up, evaluation and continuing", () => {
  it("follow-up meetings and EHT reviews are recorded without changing the stage", () => {
    const s = must(must(S.interventions!, { type: "hold_meeting", kind: "follow_up" }), {
      type: "record_eht_review",
    });
    expect(s.stage).toBe("interventions");
    expect(s.meetings.at(-1)).toEqual({ kind: "follow_up", heldOn: TODAY });
    expect(s.ehtReviewedOn).toBe(TODAY);
  });

  it("evaluation and closing meetings are held in evaluation", () => {
    const e = must(S.evaluation!, { type: "hold_meeting", kind: "evaluation" });
    expect(must(e, { type: "hold_meeting", kind: "closing" }).stage).toBe("evaluation");
    expect(allowedEvents(S.evaluation!).find((a) => a.type === "hold_meeting")).toEqual({
      type: "hold_meeting",
      meetingKinds: ["evaluation", "closing"],
    });
  });

  it("continue goes back to interventions with a revised plan, keeping the first plan date", () => {
    const later = { ...ctx, today: "2026-09-10" };
    const s = must(S.evaluation!, { type: "continue", revisedPlan: true }, later);
    expect(s).toMatchObject({
      stage: "interventions",
      planVersion: 2,
      planRevisedOn: "2026-09-10",
    });
    expect(s.planAgreedOn).toBe(TODAY);
    expect(s.lastEvaluationOn).toBe("2026-09-10");
    const again = must(
      must(s, { type: "start_evaluation", earlyReason: EARLY }, later),
      { type: "continue", revisedPlan: true },
      later,
    );
    expect(again.planVersion).toBe(3);
  });

  it("closing early gives a reason other than goals met, from any active step", () => {
    const s = must(S.pre_meeting!, {
      type: "close",
      reason: "moved_away",
      reflection: REFLECTION,
      evaluation: { ...EVALUATION, goals: "partly" },
    });
    expect(s.closure?.reason).toBe("moved_away");
    expect(s.evaluations?.[0]).toMatchObject({ goals: "partly", atMeeting: false });
    expect(s.lastEvaluationOn).toBeUndefined();
    expect(allowedEvents(S.pre_meeting!).find((a) => a.type === "close")).toEqual({
      type: "close",
      reasons: ["family_declined", "consent_withdrawn", "moved_away", "other"],
    });
    const other = must(S.assessment_accepted!, {
      type: "close",
      reason: "other",
      note: " Familjen avstod ",
      reflection: REFLECTION,
      evaluation: EVALUATION,
      earlyReason: EARLY,
    });
    expect(other.closure?.note).toBe("Familjen avstod");
  });
});

describe("authority action", () => {
  it("can be recorded at any open step and keep the case open", () => {
    for (const name of [
      "request",
      "assessment_pending",
      "first_contact",
      "interventions",
      "evaluation",
    ]) {
      const s = must(S[name]!, {
        type: "record_authority_action",
        kind: "investigation",
        note: "Utredning inledd",
        closesCase: false,
      });
      expect(s.stage).toBe(S[name]!.stage);
      expect(hasAuthorityAction(s)).toBe(true);
      expect(s.authorityActions).toEqual([
        {
          kind: "investigation",
          note: "Utredning inledd",
          on: TODAY,
          stage: S[name]!.stage,
          closedCase: false,
        },
      ]);
    }
  });

  it("or close it with reason authority_action", () => {
    const s = must(S.network_meeting_1!, {
      type: "record_authority_action",
      kind: "report_of_concern",
      note: "Orosanmälan",
      closesCase: true,
    });
    expect(s.stage).toBe("closed");
    expect(s.closure).toEqual({ reason: "authority_action", on: TODAY });
    const withReflection = must(S.request!, {
      type: "record_authority_action",
      kind: "other",
      note: "LVU",
      closesCase: true,
      reflection: REFLECTION,
    });
    expect(withReflection.closure?.reflection).toEqual(REFLECTION);
  });
});

describe("appointments in the state machine", () => {
  const accepted = S.assessment_accepted!;
  const appoint = (leadId: string, documentingId: string) => ({
    type: "appoint_coordinators",
    leadId,
    documentingId,
  });

  it("refuses coordinators too close to the child, with the reasons", () => {
    const e = refuse(accepted, appoint("soc-child", "mentor"));
    expect(e.code).toBe("coordinator_ineligible");
    expect(e.reasons?.map((r) => r.code)).toEqual(["childs_social_secretary", "childs_mentor"]);
    expect(refuse(accepted, appoint("lead", "nurse")).reasons?.map((r) => r.code)).toEqual([
      "staff_of_childs_unit",
    ]);
  });

  it("refuses the same person twice", () => {
    const e = refuse(accepted, appoint("lead", "lead"));
    expect(e.reasons?.map((r) => r.code)).toEqual(["same_person"]);
  });

  it("refuses without facts or ids, never waving an appointment through", () => {
    expect(refuse(accepted, appoint("lead", "nobody")).code).toBe("facts_missing");
    expect(
      refuse(accepted, appoint("lead", "doc"), { today: TODAY, people: ctx.people }).code,
    ).toBe("facts_missing");
    expect(refuse(accepted, appoint("", "doc")).code).toBe("person_required");
    const lying = { ...ctx, people: { ...ctx.people, lead: { ...ctx.people!.doc! } } };
    expect(refuse(accepted, appoint("lead", "doc"), lying).code).toBe("facts_missing");
  });

  it("replaces coordinators later without moving the case", () => {
    const s = must(S.interventions!, appoint("doc", "lead") as CaseEvent);
    expect(s.stage).toBe("interventions");
    expect(s.coordinators).toEqual({ leadId: "doc", documentingId: "lead" });
  });

  it("checks the spokesperson and the contact person", () => {
    const s = S.coordinators_appointed!;
    expect(refuse(s, { type: "appoint_spokesperson", personId: "nurse" }).code).toBe(
      "spokesperson_ineligible",
    );
    expect(refuse(s, { type: "appoint_spokesperson", personId: "ghost" }).code).toBe(
      "facts_missing",
    );
    expect(refuse(s, { type: "appoint_spokesperson", personId: "" }).code).toBe("person_required");
    const e = refuse(s, {
      type: "appoint_contact_person",
      personId: "principal",
      appointedById: "lead",
    });
    expect(e.code).toBe("contact_person_ineligible");
    expect(e.reasons?.map((r) => r.code)).toEqual([
      "principal_not_allowed",
      "not_student_health",
      "appointer_not_principal",
    ]);
    expect(
      refuse(s, { type: "appoint_contact_person", personId: "nurse", appointedById: "ghost" }).code,
    ).toBe("facts_missing");
    expect(
      refuse(s, { type: "appoint_contact_person", personId: "nurse", appointedById: "" }).code,
    ).toBe("person_required");
  });
});
