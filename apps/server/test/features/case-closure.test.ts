// Issue #17 points 7, 8 and 11: the evaluation step with its meeting and form, the safeguards at
// closure (evaluation, goals, minimum follow-up time, closing measurement, planned meetings
// cancelled) and the contact person leading the follow-up after network meeting 2.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmDate } from "@kring/domain/cases";
import { type Client, createTestApp, type TestApp } from "../support/test-app";
import { type CaseWorld, caseWorld, raiseRequest, step } from "../support/case-fixture";
import { agreedPlan } from "./plan-world";
import {
  SDQ_TICKS,
  instrumentWorld,
  ok as okStatus,
  send,
  submitAsFamily,
  submitAsMentor,
  toChild,
  toMentor,
} from "./instrument-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function ok(res: Promise<{ status: number; json: any }>, status = 200) {
  const r = await res;
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
}

const EVALUATION = {
  goals: "met",
  familyView: "Vi har fått den hjälp vi behövde.",
  childView: "Jag går till skolan varje dag nu.",
};
const REFLECTION = { whatWorked: "Tät kontakt.", whatGotInTheWay: "Väntetider." };
const EARLY = "Familjen och nätverket är överens om att stödet kan avslutas.";

/** A case whose plan the family agreed: the nurse is contact person, in the follow-up. */
async function followedUp(w: CaseWorld) {
  const caseId = await raiseRequest(w, [
    w.units.school,
    w.units.eht,
    w.units.central,
    w.units.ifo,
    w.units.bup,
  ]);
  await ok(step(w.as.mentor, caseId, { type: "submit" }));
  await ok(step(w.as.coordA, caseId, { type: "accept" }));
  await ok(
    step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    }),
  );
  await ok(step(w.as.coordA, caseId, { type: "record_first_contact" }));
  await ok(
    step(w.as.coordA, caseId, { type: "appoint_spokesperson", name: "Moster", relation: "moster" }),
  );
  await hold(w.as.coordA, caseId, "pre_meeting");
  await hold(w.as.coordA, caseId, "network_meeting_1");
  await ok(
    w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.principal,
      unitId: w.units.school,
    }),
    204,
  );
  await ok(
    step(w.as.principal, caseId, {
      type: "appoint_contact_person",
      userId: w.ids.nurse,
      unitId: w.units.eht,
    }),
  );
  // Before the plan the contact person calls no meetings: the coordinators still run the process.
  const early = await w.as.nurse.post(`/api/cases/${caseId}/meetings`, meetingBody("follow_up"));
  expect(early.status).toBe(403);
  await hold(w.as.coordA, caseId, "network_meeting_2");
  await agreedPlan({ ...w, caseId });
  return caseId;
}

function meetingBody(kind: string, inDays = 0, invitees: string[] = []) {
  const startsAt = new Date(Date.now() + inDays * 86_400_000);
  return {
    kind,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    inviteeMemberIds: invitees,
  };
}

async function plan(
  who: Client,
  caseId: string,
  kind: string,
  inDays = 0,
  invitees: string[] = [],
) {
  return (
    await ok(who.post(`/api/cases/${caseId}/meetings`, meetingBody(kind, inDays, invitees)), 201)
  ).id as string;
}

async function hold(who: Client, caseId: string, kind: string) {
  const id = await plan(who, caseId, kind);
  const m = await ok(who.get(`/api/cases/${caseId}/meetings/${id}`));
  await ok(
    who.patch(`/api/cases/${caseId}/meetings/${id}`, {
      version: m.version,
      status: "held",
      decisions: ["Beslut."],
    }),
  );
  return id;
}

const types = (c: { allowedEvents: { type: string }[] }) => c.allowedEvents.map((e) => e.type);

describe("the contact person leads the follow-up (Västbas steps 8-10)", () => {
  it("calls follow-up meetings, runs the evaluation and closes while the coordinators step back", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await followedUp(w);
    let c = await ok(w.as.nurse.get(`/api/cases/${caseId}`));
    expect(c.stage).toBe("interventions");
    expect(types(c)).toEqual(expect.arrayContaining(["hold_meeting", "start_evaluation", "close"]));
    expect(
      c.allowedEvents.find((e: { type: string }) => e.type === "hold_meeting").meetingKinds,
    ).toEqual(["follow_up"]);
    await hold(w.as.nurse, caseId, "follow_up");

    // The coordinators step back: the contact person goes on alone.
    const coordinators = c.members.filter((m: { role: string }) =>
      m.role.startsWith("coordinator"),
    );
    for (const m of coordinators.reverse())
      await ok(w.as.coordA.del(`/api/cases/${caseId}/members/${m.id}`), 204);

    // The six-month evaluation cannot start on the day of the plan without a reason.
    const refused = await step(w.as.nurse, caseId, { type: "start_evaluation" });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe("early_evaluation_reason_required");
    c = await ok(w.as.nurse.get(`/api/cases/${caseId}`));
    expect(c.closureCheck).toMatchObject({ evaluationEarly: true, early: true });
    await ok(step(w.as.nurse, caseId, { type: "start_evaluation", earlyReason: EARLY }));

    // Its own meeting and form: recorded from the evaluation meeting.
    c = await ok(w.as.nurse.get(`/api/cases/${caseId}`));
    expect(types(c)).not.toContain("record_evaluation");
    const before = await step(w.as.nurse, caseId, {
      type: "record_evaluation",
      evaluation: EVALUATION,
    });
    expect(before.json.code).toBe("evaluation_meeting_required");
    await hold(w.as.nurse, caseId, "evaluation");
    await ok(step(w.as.nurse, caseId, { type: "record_evaluation", evaluation: EVALUATION }));
    c = await ok(w.as.nurse.get(`/api/cases/${caseId}`));
    expect(c.evaluations).toEqual([
      { ...EVALUATION, on: stockholmDate(new Date()), atMeeting: true },
    ]);
    expect(c.closureCheck).toMatchObject({ evaluationRecorded: true });

    // The plan's goal was never followed up as achieved: "goals met" is refused.
    expect(c.closureCheck.openGoals).toEqual(["Alva är i skolan minst fyra dagar i veckan."]);
    const goalsOpen = await step(w.as.nurse, caseId, {
      type: "close",
      reason: "goals_met",
      reflection: REFLECTION,
      earlyReason: EARLY,
    });
    expect(goalsOpen.json.code).toBe("goals_open");
    await ok(
      w.as.nurse.post(`/api/cases/${caseId}/plan/follow-ups`, {
        heldOn: stockholmDate(new Date()),
        assessments: [{ goalId: "g-skola", level: "achieved" }],
      }),
      201,
    );
    const noReason = await step(w.as.nurse, caseId, {
      type: "close",
      reason: "goals_met",
      reflection: REFLECTION,
    });
    expect(noReason.json.code).toBe("early_close_reason_required");
    c = await ok(
      step(w.as.nurse, caseId, {
        type: "close",
        reason: "goals_met",
        reflection: REFLECTION,
        earlyReason: EARLY,
      }),
    );
    expect(c.stage).toBe("closed");
    expect(c.closure).toMatchObject({ reason: "goals_met", earlyReason: EARLY });
  }, 90_000);

  it("gives the contact person no say before network meeting 2, nor over the process meetings", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await followedUp(w);
    // A participant who is not the contact person leads nothing.
    await ok(
      w.as.coordA.post(`/api/cases/${caseId}/members`, {
        role: "participant",
        userId: w.ids.bupPsych,
        unitId: w.units.bup,
      }),
      204,
    );
    const c = await ok(w.as.bupPsych.get(`/api/cases/${caseId}`));
    expect(types(c)).not.toContain("close");
    expect(types(c)).not.toContain("start_evaluation");
    const refused = await w.as.bupPsych.post(
      `/api/cases/${caseId}/meetings`,
      meetingBody("follow_up"),
    );
    expect(refused.status).toBe(403);
    const closeRefused = await step(w.as.bupPsych, caseId, {
      type: "close",
      reason: "family_declined",
      reflection: REFLECTION,
      evaluation: EVALUATION,
    });
    expect(closeRefused.status).toBe(403);
  }, 90_000);
});

describe("closing safeguards", () => {
  it("refuses 'goals met' before an evaluation meeting, and needs the short evaluation to close early", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await followedUp(w);
    const goalsMet = await step(w.as.coordA, caseId, {
      type: "close",
      reason: "goals_met",
      reflection: REFLECTION,
      evaluation: EVALUATION,
      earlyReason: EARLY,
    });
    expect(goalsMet.json.code).toBe("evaluation_required");
    await ok(step(w.as.coordA, caseId, { type: "start_evaluation", earlyReason: EARLY }));
    const noMeeting = await step(w.as.coordA, caseId, {
      type: "close",
      reason: "goals_met",
      reflection: REFLECTION,
      evaluation: EVALUATION,
      earlyReason: EARLY,
    });
    expect(noMeeting.json.code).toBe("evaluation_meeting_required");
    await hold(w.as.coordA, caseId, "evaluation");
    // The goals one by one (#17.7): the page offers the plan's goals; each once, none other.
    const before = await ok(w.as.coordA.get(`/api/cases/${caseId}`));
    expect(before.closureCheck.planGoals).toEqual([
      { id: "g-skola", text: "Alva är i skolan minst fyra dagar i veckan." },
    ]);
    const unknown = await step(w.as.coordA, caseId, {
      type: "record_evaluation",
      evaluation: { ...EVALUATION, goalOutcomes: [{ goalId: "g-annat", outcome: "met" }] },
    });
    expect(unknown.json.code).toBe("evaluation_goal_unknown");
    const disagree = await step(w.as.coordA, caseId, {
      type: "record_evaluation",
      evaluation: { ...EVALUATION, goalOutcomes: [{ goalId: "g-skola", outcome: "partly" }] },
    });
    expect(disagree.json.code).toBe("evaluation_goals_disagree");
    const recorded = await ok(
      step(w.as.coordA, caseId, {
        type: "record_evaluation",
        evaluation: {
          ...EVALUATION,
          goals: "partly",
          goalOutcomes: [{ goalId: "g-skola", outcome: "partly" }],
        },
      }),
    );
    expect(recorded.evaluations.at(-1).goalOutcomes).toEqual([
      { goalId: "g-skola", goal: "Alva är i skolan minst fyra dagar i veckan.", outcome: "partly" },
    ]);
    const partly = await step(w.as.coordA, caseId, {
      type: "close",
      reason: "goals_met",
      reflection: REFLECTION,
      earlyReason: EARLY,
    });
    expect(partly.json.code).toBe("goals_not_met");
    expect(partly.json.title ?? partly.json.detail).toBeTruthy();
  }, 90_000);

  it("cancels the planned meetings when the case closes: gone from the invitees' worklist", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await followedUp(w);
    let c = await ok(w.as.coordA.get(`/api/cases/${caseId}`));
    const nurseMember = c.members.find((m: { role: string }) => m.role === "contact_person").id;
    const meetingId = await plan(w.as.coordA, caseId, "follow_up", 3, [nurseMember]);
    const upcoming = async () =>
      (await ok(w.as.nurse.get("/api/worklist"))).items.filter(
        (i: { kind: string }) => i.kind === "meeting",
      );
    expect(await upcoming()).toHaveLength(1);
    const withoutForm = await step(w.as.coordA, caseId, {
      type: "close",
      reason: "family_declined",
      reflection: REFLECTION,
    });
    expect(withoutForm.json.code).toBe("evaluation_form_required");
    c = await ok(
      step(w.as.coordA, caseId, {
        type: "close",
        reason: "family_declined",
        reflection: REFLECTION,
        evaluation: { ...EVALUATION, goals: "not_met" },
      }),
    );
    expect(c.stage).toBe("closed");
    expect(c.closure.earlyReason).toBeNull();
    expect(c.meetings.find((m: { id: string }) => m.id === meetingId).status).toBe("cancelled");
    expect(c.timeline.map((e: { summary: string }) => e.summary)).toContain(
      "Uppföljningsmöte inställt",
    );
    expect(c.evaluations).toEqual([
      expect.objectContaining({ goals: "not_met", atMeeting: false }),
    ]);
    expect(await upcoming()).toHaveLength(0);
    // The invitee is told (#17.7, the notices of #19.5), until they open the meeting; the one
    // who closed the case is not.
    const notices = async (who: Client) =>
      (await ok(who.get("/api/worklist"))).items.filter(
        (i: { kind: string }) => i.kind === "meeting_notice",
      );
    expect(await notices(w.as.nurse)).toEqual([
      expect.objectContaining({
        caseId,
        title: expect.stringMatching(/^Uppföljningsmöte .+ är inställt$/),
      }),
    ]);
    expect(await notices(w.as.coordA)).toEqual([]);
    const meeting = await ok(w.as.nurse.get(`/api/cases/${caseId}/meetings/${meetingId}`));
    expect(meeting.status).toBe("cancelled");
    const ics = await w.as.nurse.get(
      `/api/cases/${caseId}/meetings/${meetingId}/invitations/${nurseMember}`,
    );
    expect(String(ics.json)).toContain("STATUS:CANCELLED");
    expect(await notices(w.as.nurse)).toEqual([]);
  }, 90_000);

  it("asks for the closing SDQ when a baseline was given: the baseline does not count as closing", async () => {
    const w = await instrumentWorld(t);
    const id = await send(w, { ...toMentor(w), occasion: "baseline" });
    await okStatus(submitAsMentor(w, id, { form: "sdq-teacher", answers: SDQ_TICKS }), 201);
    const c = await ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
    expect(c.closureCheck.missingClosingMeasurements).toEqual(["teacher"]);
    const close = {
      type: "close",
      reason: "moved_away",
      reflection: REFLECTION,
      evaluation: EVALUATION,
    };
    const refused = await step(w.as.coordA, w.caseId, close);
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe("closing_measurement_required");
    const closed = await ok(
      step(w.as.coordA, w.caseId, {
        ...close,
        measurementSkipReason: "Familjen flyttade i förtid.",
      }),
    );
    expect(closed.closure.measurementSkipReason).toBe("Familjen flyttade i förtid.");
  }, 90_000);

  it("asks for the child's closing CORS when the schedule takes it at evaluation and closing meetings", async () => {
    const w = await instrumentWorld(t);
    await ok(
      step(w.as.coordA, w.caseId, {
        type: "appoint_spokesperson",
        name: "Moster",
        relation: "moster",
      }),
    );
    await hold(w.as.coordA, w.caseId, "pre_meeting");
    // The child rates CORS at network meeting 1: something to compare a closing rating to.
    const meeting1 = await plan(w.as.coordA, w.caseId, "network_meeting_1");
    const cors = await send(w, { ...toChild("ors"), occasion: "meeting", meetingId: meeting1 });
    const items = { me: 6, family: 6, school: 5, everything: 6 };
    await okStatus(submitAsFamily(w.family.child, cors, { form: "cors", items }), 201);
    const m = await ok(w.as.coordA.get(`/api/cases/${w.caseId}/meetings/${meeting1}`));
    await ok(
      w.as.coordA.patch(`/api/cases/${w.caseId}/meetings/${meeting1}`, {
        version: m.version,
        status: "held",
        decisions: ["Beslut."],
      }),
    );
    let c = await ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
    expect(c.closureCheck.missingClosingOrs).toBe("CORS");
    const close = {
      type: "close",
      reason: "moved_away",
      reflection: REFLECTION,
      evaluation: EVALUATION,
    };
    const refused = await step(w.as.coordA, w.caseId, close);
    expect(refused.json.code).toBe("closing_measurement_required");
    // A tenant whose schedule takes ORS/CORS at no evaluation or closing meeting is not asked.
    await okStatus(
      w.admin.patch("/api/admin/instrument-settings", {
        schedule: { sessionMeetingKinds: ["network_meeting_1", "network_meeting_2", "follow_up"] },
      }),
      200,
    );
    c = await ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
    expect(c.closureCheck.missingClosingOrs).toBeNull();
    expect((await ok(step(w.as.coordA, w.caseId, close))).stage).toBe("closed");
  }, 90_000);
});
