import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAs, createTestApp, type TestApp } from "../support/test-app";
import {
  type InstrumentWorld,
  SDQ_TICKS,
  instrumentWorld,
  ok,
  send,
  submitAsFamily,
  submitAsMentor,
  toChild,
  toGuardianA,
  toMentor,
} from "./instrument-world";

let t: TestApp;
let w: InstrumentWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await instrumentWorld(t);
});
afterAll(() => t.close());

const parentAnswers = { form: "sdq-parent", answers: SDQ_TICKS };

describe("professionals: access follows the case", () => {
  it("refuses professionals outside the network and the analyst (403)", async () => {
    const id = await send(w, toMentor(w));
    for (const outsider of [w.as.bupPsych, w.as.analyst, w.as.nurse]) {
      expect((await outsider.get(`/api/cases/${w.caseId}/instruments`)).status).toBe(403);
      expect((await outsider.get(`/api/cases/${w.caseId}/instruments/requests/${id}`)).status).toBe(
        403,
      );
      expect((await outsider.get(`/api/cases/${w.caseId}/instruments/fhir`)).status).toBe(403);
      expect((await outsider.get(`/api/children/${w.childId}/outcomes`)).status).toBe(403);
    }
    // The FHIR refusal is an OperationOutcome; the audit still names the problem code.
    const refused = await t.db
      .selectFrom("audit_event")
      .select("details")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "access.refused")
      .execute();
    const fhir = refused.filter(
      (r) => (r.details as { route?: string }).route === "/api/cases/:id/instruments/fhir",
    );
    expect(fhir).toHaveLength(3);
    for (const r of fhir) expect((r.details as { code?: string }).code).toBe("forbidden");
  });

  it("lets only coordinators send and withdraw forms", async () => {
    const res = await w.as.mentor.post(`/api/cases/${w.caseId}/instruments/requests`, {
      ...toGuardianA(w),
      dueDate: "2026-12-01",
    });
    expect(res.status).toBe(403);
    const id = await send(w, toGuardianA(w));
    const cancel = `/api/cases/${w.caseId}/instruments/requests/${id}/cancel`;
    expect((await w.as.mentor.post(cancel)).status).toBe(403);
    expect((await w.as.coordB.post(cancel)).status).toBe(204);
    expect((await w.as.coordB.post(cancel)).status).toBe(409);
    expect((await submitAsFamily(w.family.guardianA, id, parentAnswers)).status).toBe(409);
  });

  it("lets only the professional the form was sent to answer it", async () => {
    const id = await send(w, toMentor(w));
    const body = { form: "sdq-teacher", answers: SDQ_TICKS };
    const url = `/api/cases/${w.caseId}/instruments/requests/${id}/response`;
    expect((await w.as.coordA.post(url, body)).status).toBe(403);
    expect((await w.as.bupPsych.post(url, body)).status).toBe(403);
    expect((await submitAsMentor(w, id, body)).status).toBe(201);
  });

  it("stops a respondent who has left the network", async () => {
    await ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/members`, {
        role: "participant",
        userId: w.ids.nurse,
        unitId: w.units.eht,
      }),
      204,
    );
    const id = await send(w, {
      ...toMentor(w),
      respondent: { kind: "professional", userId: w.ids.nurse },
    });
    const url = `/api/cases/${w.caseId}/instruments/requests/${id}/response`;
    await t.db
      .updateTable("case_member")
      .set({ left_at: new Date() })
      .where("case_id", "=", w.caseId)
      .where("user_id", "=", w.ids.nurse)
      .execute();
    expect((await w.as.nurse.post(url, { form: "sdq-teacher", answers: SDQ_TICKS })).status).toBe(
      403,
    );
  });
});

describe("the family view: only one's own forms", () => {
  it("shows a guardian only the forms sent to them, and refuses another guardian's (403)", async () => {
    const mine = await send(w, toGuardianA(w));
    const listA = await ok(w.family.guardianA.get("/api/family/instruments"));
    expect(listA.requests.map((r: { id: string }) => r.id)).toContain(mine);
    const listB = await ok(w.family.guardianB.get("/api/family/instruments"));
    expect(listB.requests.map((r: { id: string }) => r.id)).not.toContain(mine);
    expect((await w.family.guardianB.get(`/api/family/instruments/${mine}`)).status).toBe(403);
    expect((await submitAsFamily(w.family.guardianB, mine, parentAnswers)).status).toBe(403);
    expect((await submitAsFamily(w.family.child, mine, parentAnswers)).status).toBe(403);

    const form = await ok(w.family.guardianA.get(`/api/family/instruments/${mine}?language=en`));
    expect(form).toMatchObject({ status: "sent", childGivenName: "Alva" });
    expect(form.form).toMatchObject({ layout: "sdq", language: "en", licensed: false });
    expect((await submitAsFamily(w.family.guardianA, mine, parentAnswers)).status).toBe(201);
  });

  it("keeps the child to the child's forms and out of professional forms", async () => {
    const teacherForm = await send(w, toMentor(w));
    const childForm = await send(w, toChild("srs"));
    const list = await ok(w.family.child.get("/api/family/instruments"));
    expect(list.requests.map((r: { id: string }) => r.id)).toEqual([childForm]);
    expect((await w.family.child.get(`/api/family/instruments/${teacherForm}`)).status).toBe(403);
    expect((await w.family.child.get(`/api/cases/${w.caseId}/instruments`)).status).toBe(403);
    expect((await w.family.guardianA.get(`/api/children/${w.childId}/outcomes`)).status).toBe(403);
  });

  it("loses a guardian's forms when the guardian is no longer linked to the child", async () => {
    const id = await send(w, toGuardianA(w));
    await t.db
      .deleteFrom("child_guardian")
      .where("child_id", "=", w.childId)
      .where("guardian_id", "=", w.guardians[0]!)
      .execute();
    expect((await w.family.guardianA.get(`/api/family/instruments/${id}`)).status).toBe(403);
    await t.db
      .insertInto("child_guardian")
      .values({ tenant_id: w.tenant.tenantId, child_id: w.childId, guardian_id: w.guardians[0]! })
      .execute();
  });

  it("is closed to professionals, and unknown forms are 404", async () => {
    expect((await w.as.coordA.get("/api/family/instruments")).status).toBe(403);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await w.family.guardianA.get(`/api/family/instruments/${unknown}`)).status).toBe(404);
  });

  it("keeps tenants apart", async () => {
    const other = await instrumentWorld(t);
    const id = await send(w, toGuardianA(w));
    expect((await other.family.guardianA.get(`/api/family/instruments/${id}`)).status).toBe(404);
    const stranger = await loginAs(
      t.app,
      await other.tenant.addUser("x", [["admin", "administrator"]]),
    );
    expect((await stranger.get(`/api/cases/${w.caseId}/instruments`)).status).toBe(404);
  });
});
