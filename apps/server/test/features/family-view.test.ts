import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { agreedPlan, completeContent, planWorld, type PlanWorld } from "./plan-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function proposedPlan(w: PlanWorld) {
  const started = await w.ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
  const saved = await w.ok(
    w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
      revision: started.revision,
      content: completeContent(w),
    }),
  );
  await w.ok(
    w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/propose`, { revision: saved.revision }),
    204,
  );
  return saved.revision as number;
}

describe("the family view", () => {
  it("lets the guardians agree to the proposed plan from their own accounts", async () => {
    const w = await planWorld(t.db, t.app);
    const url = `/api/family/children/${w.childId}`;
    expect((await w.ok(w.family.anna.get("/api/family/children"))).children).toEqual([
      { id: w.childId, givenName: "Alva", hasPlan: false },
    ]);
    const revision = await proposedPlan(w);
    let view = await w.ok(w.family.anna.get(url));
    expect(view.plan).toBeNull();
    expect(view.proposal).toMatchObject({
      revision,
      waitingFor: ["Anna Testsson", "Erik Testsson"],
      iHaveAgreed: false,
    });
    expect(await w.ok(w.family.anna.post(`${url}/plan/agree`, { revision }))).toMatchObject({
      agreed: false,
    });
    view = await w.ok(w.family.anna.get(url));
    expect(view.proposal).toMatchObject({ waitingFor: ["Erik Testsson"], iHaveAgreed: true });
    expect(await w.ok(w.family.erik.post(`${url}/plan/agree`, { revision }))).toMatchObject({
      agreed: true,
      versionNumber: 1,
    });
    view = await w.ok(w.family.erik.get(url));
    expect(view.proposal).toBeNull();
    expect(view.plan.goals[0].actions[0]).toMatchObject({
      what: "Samtal med skolsköterskan varje vecka",
      who: "nurse",
      organisation: "Elevhälsan",
      statusText: "Har inte börjat än",
    });
    const detail = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan`));
    expect(detail.current.agreement).toEqual([
      expect.objectContaining({ name: "Anna Testsson", via: "family" }),
      expect.objectContaining({ name: "Erik Testsson", via: "family" }),
    ]);
    expect((await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}`))).stage).toBe("interventions");
  });

  it("shows the family what a revision changes, in words, without the internal notes", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    const started = await w.ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
    const content = completeContent(w);
    content.goals[0]!.actions.push({
      ...content.goals[0]!.actions[0]!,
      id: "a-d09db78e",
      description: "Stödsamtal med skolsköterskan varje vecka",
    });
    content.internalNotes = "Ändrad intern anteckning";
    const saved = await w.ok(
      w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
        revision: started.revision,
        content,
      }),
    );
    await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/propose`, { revision: saved.revision }),
      204,
    );
    const view = await w.ok(w.family.anna.get(`/api/family/children/${w.childId}`));
    expect(view.proposal.changes).toEqual([
      {
        id: "a-d09db78e",
        sv: "Ny insats: Stödsamtal med skolsköterskan varje vecka, ansvarig nurse (Elevhälsan), från 2026-01-12 till 2026-06-12, uppföljning 2026-03-02",
        en: "New action: Stödsamtal med skolsköterskan varje vecka, responsible nurse (Elevhälsan), from 2026-01-12 to 2026-06-12, follow-up 2026-03-02",
      },
    ]);
  });

  it("shows the plan, the next meeting and who to contact, and nothing else of the case", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await w.ok(
      w.as.coordB.post(`/api/cases/${w.caseId}/meetings`, {
        kind: "follow_up",
        startsAt,
        endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000).toISOString(),
        place: "Skolans konferensrum",
      }),
      201,
    );
    const url = `/api/family/children/${w.childId}`;
    const view = await w.ok(w.family.anna.get(url));
    expect(view.viewer).toBe("guardian");
    expect(view.nextMeeting).toEqual({
      startsAt,
      endsAt: expect.any(String),
      place: "Skolans konferensrum",
      digital: false,
    });
    expect(view.contacts.map((c: { role: string }) => c.role)).toEqual([
      "coordinator_lead",
      "coordinator_documenting",
      "spokesperson",
      "contact_person",
    ]);
    expect(view.contacts.find((c: { role: string }) => c.role === "contact_person")).toMatchObject({
      name: "nurse",
      roleText: expect.stringContaining("följer planen"),
    });
    const body = JSON.stringify(view);
    for (const secret of [
      "Intern anteckning",
      "Alva är ofta borta",
      "Samtal med mentor",
      "personalNumber",
      "Skolgatan",
    ])
      expect(body).not.toContain(secret);

    await w.ok(w.family.anna.post(`${url}/comments`, { body: "Alva sover bättre nu." }), 201);
    await w.ok(w.family.alva.post(`${url}/comments`, { body: "Jag vill prata om rasterna." }), 201);
    const mine = await w.ok(w.family.anna.get(url));
    expect(mine.comments).toEqual([
      expect.objectContaining({ body: "Alva sover bättre nu.", meetingStartsAt: startsAt }),
    ]);
    const child = await w.ok(w.family.alva.get(url));
    expect(child).toMatchObject({ viewer: "child", child: { givenName: "Alva" } });
    expect(child.plan.goals[0].childWords).toBe("Jag vill orka gå till skolan.");
    const detail = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan`));
    expect(detail.familyComments.map((c: { authorKind: string }) => c.authorKind)).toEqual([
      "guardian",
      "child",
    ]);

    const pdf = await t.app.inject({
      method: "GET",
      url: `${url}/plan/pdf`,
      headers: { cookie: w.family.anna.cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("child_id", "=", w.childId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["family.plan_read", "family.comment", "family.plan_print"]),
    );
  });

  it("refuses other children, professionals, and agreement to a plan edited since", async () => {
    const w = await planWorld(t.db, t.app);
    const revision = await proposedPlan(w);
    const stranger = await loginAs(t.app, await w.tenant.addUser("annan.vh", [], "guardian"));
    const url = `/api/family/children/${w.childId}`;
    expect((await stranger.get(url)).status).toBe(404);
    expect((await stranger.post(`${url}/comments`, { body: "Hej" })).status).toBe(404);
    expect((await w.ok(stranger.get("/api/family/children"))).children).toEqual([]);
    expect((await w.as.coordA.get(url)).status).toBe(403);
    expect((await w.family.anna.get(`/api/cases/${w.caseId}`)).status).toBe(403);
    expect((await w.family.alva.get(`/api/cases/${w.caseId}/plan/pdf`)).status).toBe(403);
    // The network edits after proposing: the family's agreement to the old text does not count.
    await w.ok(
      w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
        revision,
        content: { ...completeContent(w), needs: "Ändrat" },
      }),
    );
    const stale = await w.family.anna.post(`${url}/plan/agree`, { revision });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("nothing_to_agree");
  });
});
