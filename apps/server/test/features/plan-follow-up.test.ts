import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, stockholmDate } from "@kring/domain/cases";
import { createTestApp, type TestApp } from "../support/test-app";
import { agreedPlan, completeContent, planWorld } from "./plan-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const today = () => stockholmDate(new Date());

describe("following up the plan", () => {
  it("records goal assessments and action statuses, and refuses a follow-up that skips a goal", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    const url = `/api/cases/${w.caseId}/plan/follow-ups`;
    const incomplete = await w.as.nurse.post(url, { heldOn: today(), assessments: [] });
    expect(incomplete.status).toBe(422);
    expect(incomplete.json.details.issues[0]).toMatchObject({
      code: "goal_not_assessed",
      id: "g-skola",
    });
    const future = await w.as.nurse.post(url, {
      heldOn: addDays(today(), 3),
      assessments: [{ goalId: "g-skola", level: "some_progress" }],
    });
    expect(future.status).toBe(400);
    await w.ok(
      w.as.nurse.post(url, {
        heldOn: today(),
        summary: "Bättre närvaro.",
        assessments: [{ goalId: "g-skola", level: "some_progress", comment: "Tre dagar i veckan" }],
        actions: [{ actionId: "a-samtal", status: "in_progress", note: "Samtalen har börjat" }],
      }),
      201,
    );
    // Outside the network (BUP is not a member yet): no notes.
    expect(
      (
        await w.as.bupPsych.post(`/api/cases/${w.caseId}/plan/actions/a-sömn/notes`, {
          status: "done",
        })
      ).status,
    ).toBe(403);
    await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/actions/a-sömn/notes`, {
        status: "done",
        note: "Bedömning klar",
      }),
      204,
    );
    expect(
      (
        await w.as.coordA.post(`/api/cases/${w.caseId}/plan/actions/okänd/notes`, {
          status: "done",
        })
      ).status,
    ).toBe(404);
    const detail = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan`));
    expect(detail.followUps).toEqual([
      expect.objectContaining({
        summary: "Bättre närvaro.",
        versionNumber: 1,
        assessments: [{ goalId: "g-skola", level: "some_progress", comment: "Tre dagar i veckan" }],
      }),
    ]);
    const samtal = detail.actions.find((a: { actionId: string }) => a.actionId === "a-samtal");
    expect(samtal).toMatchObject({ status: "in_progress", lastNoteOn: today() });
    expect(samtal.notes[0]).toMatchObject({ note: "Samtalen har börjat", by: "nurse" });
    expect(detail.actions.find((a: { actionId: string }) => a.actionId === "a-sömn")).toMatchObject(
      { status: "done", overdue: null },
    );
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["plan.follow_up", "plan.action_note"]),
    );
  });

  it("shows overdue actions in the responsible person's worklist until they are followed up", async () => {
    const w = await planWorld(t.db, t.app);
    const content = completeContent(w);
    for (const a of content.goals[0]!.actions) {
      a.startDate = addDays(today(), -30);
      a.followUpDate = addDays(today(), -1);
      a.endDate = addDays(today(), 60);
    }
    await agreedPlan(w, content);
    const items = async (client: typeof w.as.nurse) =>
      (await w.ok(client.get("/api/worklist"))).items.filter((i: { title: string }) =>
        i.title.startsWith("Åtgärden"),
      );
    const nurse = await items(w.as.nurse);
    expect(nurse).toEqual([
      expect.objectContaining({
        caseId: w.caseId,
        kind: "plan_action",
        status: "overdue",
        title: "Åtgärden ska följas upp: Samtal med skolsköterskan varje vecka",
        dueDate: addDays(today(), -1),
      }),
    ]);
    expect(await items(w.as.coordA)).toEqual([]);
    await w.ok(
      w.as.nurse.post(`/api/cases/${w.caseId}/plan/actions/a-samtal/notes`, {
        status: "in_progress",
        note: "Följt upp",
      }),
      204,
    );
    expect(await items(w.as.nurse)).toEqual([]);
  });
});
