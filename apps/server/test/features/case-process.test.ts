import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld, raiseRequest, step } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";
import { stockholmDate } from "@kring/domain/cases";
import { agreedPlan } from "./plan-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const allUnits = (w: CaseWorld) => [
  w.units.school,
  w.units.eht,
  w.units.central,
  w.units.ifo,
  w.units.bup,
];

async function ok(res: Promise<{ status: number; json: any }>) {
  const r = await res;
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json;
}

describe("a case from request to closure", () => {
  // The longest walk in the suite (every step, the evaluation meeting and a plan follow-up).
  it("walks every step with the right roles and deadlines", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, allUnits(w));
    // The raiser follows the request by its status and sends it for assessment.
    const mine = await ok(w.as.mentor.get("/api/requests/mine"));
    expect(mine.requests).toEqual([
      expect.objectContaining({ id: caseId, status: "registered", maySend: true }),
    ]);
    let c = await ok(step(w.as.mentor, caseId, { type: "submit" }));
    expect(c.stage).toBe("assessment");
    const queue = await w.as.coordA.get("/api/cases/intake");
    expect(queue.json.cases.map((x: { id: string }) => x.id)).toContain(caseId);

    await ok(step(w.as.coordA, caseId, { type: "accept" }));
    c = await ok(
      step(w.as.coordA, caseId, {
        type: "appoint_coordinators",
        leadUserId: w.ids.coordA,
        documentingUserId: w.ids.coordB,
      }),
    );
    expect(c.stage).toBe("coordinators_appointed");
    expect(c.members.map((m: { role: string }) => m.role)).toEqual([
      "coordinator_lead",
      "coordinator_documenting",
    ]);

    await ok(step(w.as.coordA, caseId, { type: "record_first_contact" }));
    c = await ok(
      step(w.as.coordA, caseId, {
        type: "appoint_spokesperson",
        name: "Moster Lisa",
        relation: "moster",
      }),
    );
    expect(c.deadlines.find((d: { kind: string }) => d.kind === "first_contact").status).toBe(
      "done",
    );

    // Meetings drive the stages: plan, invite, hold with minutes and the child's voice.
    for (const kind of ["pre_meeting", "network_meeting_1"]) {
      const created = await w.as.coordB.post(`/api/cases/${caseId}/meetings`, {
        kind,
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        place: "Skolans konferensrum",
        inviteeMemberIds: c.members.map((m: { id: string }) => m.id),
      });
      expect(created.status).toBe(201);
      const meeting = await ok(w.as.coordB.get(`/api/cases/${caseId}/meetings/${created.json.id}`));
      expect(meeting.agenda.length).toBeGreaterThan(2);
      const held = await w.as.coordB.patch(`/api/cases/${caseId}/meetings/${created.json.id}`, {
        version: meeting.version,
        minutes: "Vi gick igenom läget.",
        decisions: ["Alla tar med sitt bidrag till nästa möte."],
        childVoice: "Jag vill känna mig trygg i skolan.",
        status: "held",
      });
      expect(held.status, JSON.stringify(held.json)).toBe(200);
    }
    c = await ok(w.as.coordA.get(`/api/cases/${caseId}`));
    expect(c.stage).toBe("network_meeting_1");
    expect(c.lastDecision).toContain("Alla tar med sitt bidrag");

    // The principal appoints the contact person from student health, from within the network.
    const joined = await w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.principal,
      unitId: w.units.school,
    });
    expect(joined.status).toBe(204);
    const principalRefused = await step(w.as.principal, caseId, {
      type: "appoint_contact_person",
      userId: w.ids.principal,
      unitId: w.units.school,
    });
    expect(principalRefused.status).toBe(422);
    await ok(
      step(w.as.principal, caseId, {
        type: "appoint_contact_person",
        userId: w.ids.nurse,
        unitId: w.units.eht,
      }),
    );

    const m2 = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "network_meeting_2",
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      videoLink: "https://video.example/rum",
    });
    const m2detail = await ok(w.as.coordA.get(`/api/cases/${caseId}/meetings/${m2.json.id}`));
    await ok(
      w.as.coordA.patch(`/api/cases/${caseId}/meetings/${m2.json.id}`, {
        version: m2detail.version,
        status: "held",
        decisions: ["Handlingsplan antagen."],
      }),
    );
    // The plan is agreed on the plan page, not as a bare step: the family's agreement moves the case.
    const bare = await step(w.as.coordA, caseId, { type: "agree_plan" });
    expect(bare.status).toBe(422);
    expect(bare.json.code).toBe("plan_agreement_required");
    c = await ok(w.as.coordA.get(`/api/cases/${caseId}`));
    expect(c.allowedEvents.map((e: { type: string }) => e.type)).not.toContain("agree_plan");
    await agreedPlan({ ...w, caseId });
    c = await ok(w.as.coordA.get(`/api/cases/${caseId}`));
    expect(c.stage).toBe("interventions");
    expect(c.deadlines.map((d: { kind: string }) => d.kind)).toEqual(
      expect.arrayContaining(["eht_review", "evaluation"]),
    );

    await ok(step(w.as.nurse, caseId, { type: "record_eht_review" }));
    const early = "Familjen och nätverket är överens om att utvärdera nu.";
    await ok(step(w.as.coordA, caseId, { type: "start_evaluation", earlyReason: early }));
    const evaluation = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "evaluation",
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const evaluationDetail = await ok(
      w.as.coordA.get(`/api/cases/${caseId}/meetings/${evaluation.json.id}`),
    );
    await ok(
      w.as.coordA.patch(`/api/cases/${caseId}/meetings/${evaluation.json.id}`, {
        version: evaluationDetail.version,
        status: "held",
      }),
    );
    await ok(
      step(w.as.coordA, caseId, {
        type: "record_evaluation",
        evaluation: { goals: "met", familyView: "Det går bra.", childView: "Jag trivs." },
      }),
    );
    const followUp = await w.as.nurse.post(`/api/cases/${caseId}/plan/follow-ups`, {
      heldOn: stockholmDate(new Date()),
      assessments: [{ goalId: "g-skola", level: "achieved" }],
    });
    expect(followUp.status).toBe(201);
    c = await ok(
      step(w.as.coordA, caseId, {
        type: "close",
        reason: "goals_met",
        earlyReason: early,
        reflection: {
          whatWorked: "Tät kontakt med familjen.",
          whatGotInTheWay: "Långa väntetider till BUP.",
        },
      }),
    );
    expect(c.stage).toBe("closed");
    expect(c.closure).toMatchObject({
      reason: "goals_met",
      whatGotInTheWay: "Långa väntetider till BUP.",
    });
    expect(c.allowedEvents).toEqual([]);
    const late = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "follow_up",
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(late.status).toBe(409);
    expect(late.json.code).toBe("case_read_only");
    const actions = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "case.create",
        "case.read",
        "case.accept",
        "case.close",
        "meeting.update",
      ]),
    );
  }, 90_000);

  it("records a decline with the other action, visible to the one who raised it", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [w.units.central, w.units.ifo]);
    await ok(step(w.as.mentor, caseId, { type: "submit" }));
    await ok(
      step(w.as.social, caseId, {
        type: "decline",
        otherAction: "Utredning inom socialtjänsten",
        reason: "Behovet är av myndighetskaraktär.",
      }),
    );
    const mine = await ok(w.as.mentor.get("/api/requests/mine"));
    expect(mine.requests[0]).toMatchObject({
      status: "other_action",
      otherAction: {
        action: "Utredning inom socialtjänsten",
        reason: "Behovet är av myndighetskaraktär.",
      },
    });
    expect((await w.as.mentor.get(`/api/cases/${caseId}`)).json.code).toBe("raiser_status_only");
  });

  it("keeps a decline's reason code for the steering figures, and refuses an unknown code", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [w.units.central, w.units.ifo]);
    await ok(step(w.as.mentor, caseId, { type: "submit" }));
    const decline = {
      type: "decline",
      otherAction: "Stöd inom elevhälsan",
      reason: "Skolan kan möta behovet.",
    };
    const refused = await step(w.as.social, caseId, { ...decline, reasonCode: "whim" });
    expect(refused.status).toBe(400);
    await ok(step(w.as.social, caseId, { ...decline, reasonCode: "single_organisation" }));
    const row = await t.db
      .selectFrom("cases")
      .select("state")
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect((row.state as { declined: { reasonCode: string } }).declined.reasonCode).toBe(
      "single_organisation",
    );
  });

  it("records authority action at any step", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [w.units.central]);
    await ok(step(w.as.mentor, caseId, { type: "submit" }));
    const c = await ok(
      step(w.as.coordA, caseId, {
        type: "record_authority_action",
        kind: "report_of_concern",
        note: "Orosanmälan gjord till socialtjänsten.",
        closesCase: false,
      }),
    );
    expect(c.authorityActions).toEqual([
      expect.objectContaining({ kind: "report_of_concern", closedCase: false }),
    ]);
  });
});

describe("rules the system enforces", () => {
  it("refuses a coordinator too close to the child (staff of the child's school)", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, allUnits(w));
    await ok(step(w.as.mentor, caseId, { type: "submit" }));
    await ok(step(w.as.coordA, caseId, { type: "accept" }));
    const res = await step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.principal,
      documentingUserId: w.ids.coordB,
    });
    expect(res.status).toBe(422);
    expect(res.json.details.reasons.map((r: { code: string }) => r.code)).toContain(
      "staff_of_childs_unit",
    );
  });

  it("answers a stale version with 409 and what changed", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, allUnits(w));
    await ok(step(w.as.mentor, caseId, { type: "submit" }));
    const before = await ok(w.as.coordA.get(`/api/cases/${caseId}`));
    await ok(step(w.as.coordA, caseId, { type: "accept" }));
    const stale = await w.as.coordB.post(`/api/cases/${caseId}/events`, {
      version: before.version,
      event: { type: "accept" },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.details.changes).toEqual([
      expect.objectContaining({ kind: "accept", summary: "Bedömd som samverkansärende" }),
    ]);
  });

  it("refuses steps out of order with a Swedish reason", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, allUnits(w));
    const res = await step(w.as.mentor, caseId, { type: "agree_plan" });
    expect([403, 422]).toContain(res.status);
    const bad = await w.as.mentor.post(`/api/cases/${caseId}/events`, {
      version: 1,
      event: { type: "fly" },
    });
    expect(bad.status).toBe(400);
  });
});
