import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { agreedPlan, planWorld } from "./plan-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("handover when the child moves on", () => {
  it("moves nothing without consent, and keeps the history when the receiving unit accepts", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    const upper = await w.tenant.addUnit("gymnasiet", "school");
    const receiver = await loginAs(
      t.app,
      await w.tenant.addUser("rektor.gy", [["gymnasiet", "principal"]]),
    );
    const proposal = {
      kind: "school_to_upper_secondary",
      fromUnitId: w.units.school,
      toUnitId: upper,
      note: "Börjar gymnasiet i augusti",
    };
    const url = `/api/cases/${w.caseId}/plan/handovers`;

    const refused = await w.as.coordA.post(url, proposal);
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe("handover_consent_missing");
    expect((await receiver.get("/api/plan-handovers/incoming")).json.handovers).toEqual([]);

    const consent = async () =>
      (
        await w.ok(
          w.as.coordA.post(`/api/cases/${w.caseId}/consents`, {
            givenBy: w.guardians.map((guardianId) => ({ kind: "guardian", guardianId })),
            unitIds: [upper],
            purpose: "Planen följer med till gymnasiet",
            method: "oral",
            meeting: "Samtal med familjen",
          }),
          201,
        )
      ).id as string;
    const consentId = await consent();
    const { id } = await w.ok(w.as.coordA.post(url, proposal), 201);
    expect((await w.as.coordA.post(url, proposal)).status).toBe(409);
    expect((await w.as.mentor.post(url, proposal)).status).toBe(403);

    // The family withdraws before the new school accepts: it no longer sees the proposal.
    await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/consents/${consentId}/withdraw`, { reason: "" }),
      204,
    );
    expect((await receiver.get("/api/plan-handovers/incoming")).json.handovers).toEqual([]);
    const early = await receiver.post(`/api/plan-handovers/${id}/decision`, { decision: "accept" });
    expect(early.status).toBe(422);
    expect((await receiver.get(`/api/cases/${w.caseId}/plan`)).status).toBe(403);

    const handoverTasks = async () =>
      (await w.ok(receiver.get("/api/worklist"))).items.filter(
        (i: { kind: string }) => i.kind === "handover",
      );
    expect(await handoverTasks()).toEqual([]);
    await consent();
    expect(await handoverTasks()).toEqual([
      expect.objectContaining({ caseId: null, childName: "Alva Testsson" }),
    ]);
    const incoming = await w.ok(receiver.get("/api/plan-handovers/incoming"));
    expect(incoming.handovers).toEqual([
      expect.objectContaining({
        id,
        kind: "school_to_upper_secondary",
        childName: "Alva Testsson",
        versionNumber: 1,
      }),
    ]);
    // The list names the child: audited with its id in the child_id column (ADR 0020).
    const listed = await t.db
      .selectFrom("audit_event")
      .select("child_id")
      .where("action", "=", "plan.handover_list")
      .where("child_id", "is not", null)
      .execute();
    expect(listed.map((e) => e.child_id)).toEqual([w.childId]);
    expect(
      (await w.as.nurse.post(`/api/plan-handovers/${id}/decision`, { decision: "accept" })).status,
    ).toBe(403);
    expect(
      await w.ok(receiver.post(`/api/plan-handovers/${id}/decision`, { decision: "accept" })),
    ).toEqual({ status: "accepted" });
    expect(
      (await receiver.post(`/api/plan-handovers/${id}/decision`, { decision: "decline" })).status,
    ).toBe(409);

    // The upper secondary school is now the child's school; the old enrolment is closed, not lost.
    const enrolments = await t.db
      .selectFrom("child_unit")
      .select(["unit_id", "from_date", "to_date"])
      .where("child_id", "=", w.childId)
      .execute();
    const at = (unitId: string) => enrolments.filter((e) => e.unit_id === unitId);
    expect(at(upper)).toEqual([expect.objectContaining({ to_date: null })]);
    expect(at(w.units.school)).toHaveLength(1);
    expect(at(w.units.school)[0]!.to_date! < at(upper)[0]!.from_date).toBe(true);

    expect(await handoverTasks()).toEqual([]);
    const seen = await w.ok(receiver.get(`/api/cases/${w.caseId}/plan`));
    expect(seen.current.number).toBe(1);
    expect(seen.versions).toHaveLength(1);
    expect(seen.handovers).toEqual([
      expect.objectContaining({
        status: "accepted",
        decidedBy: "rektor.gy",
        toUnit: { id: upper, name: expect.any(String) },
      }),
    ]);
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "plan.handover_propose",
        "plan.handover_accept",
        "plan.handover_list",
      ]),
    );
  });

  it("lets the sending side withdraw a proposal", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    const { id } = await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/handovers`, {
        kind: "unit_change",
        fromUnitId: w.units.school,
        toUnitId: w.units.bup,
      }),
      201,
    );
    expect(
      await w.ok(w.as.nurse.post(`/api/plan-handovers/${id}/decision`, { decision: "withdraw" })),
    ).toEqual({ status: "withdrawn" });
  });
});
