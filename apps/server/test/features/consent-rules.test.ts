import { addYears, stockholmDate } from "@kring/domain/cases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld, raiseRequest, step } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A request without consent, raised by the mentor, for a child of the given age today. */
async function requestForChildAged(age: number) {
  const w = await caseWorld(t.db, t.app);
  const birthDate = addYears(stockholmDate(new Date()), -age);
  await t.db
    .updateTable("child")
    .set({ birth_date: birthDate })
    .where("id", "=", w.childId)
    .execute();
  const caseId = await raiseRequest(w, null);
  return { w, caseId };
}

const oral = (w: CaseWorld, givenBy: unknown[]) => ({
  givenBy,
  unitIds: [w.units.school, w.units.central],
  purpose: "Samordnat stöd",
  method: "oral",
  meeting: "Samtal på förskolan",
});

const consentsOf = (caseId: string) =>
  t.db.selectFrom("consent").selectAll().where("case_id", "=", caseId).execute();

describe("who may consent", () => {
  it("refuses a 4-year-old alone with a clear message and stores nothing", async () => {
    const { w, caseId } = await requestForChildAged(4);
    const res = await w.as.mentor.post(
      `/api/cases/${caseId}/consents`,
      oral(w, [{ kind: "child" }]),
    );
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json.code).toBe("child_too_young_alone");
    expect(res.json.message.sv).toContain("under 15 år och kan inte samtycka ensamt");
    expect(res.json.message.en).toContain("cannot consent alone");
    expect(await consentsOf(caseId)).toEqual([]);
  });

  it("accepts a 15-year-old alone, and lists how it was given and who recorded it", async () => {
    const { w, caseId } = await requestForChildAged(15);
    const res = await w.as.mentor.post(
      `/api/cases/${caseId}/consents`,
      oral(w, [{ kind: "child" }]),
    );
    expect(res.status).toBe(201);
    const stored = await consentsOf(caseId);
    expect(stored).toMatchObject([
      { method: "oral", meeting: "Samtal på förskolan", recorded_by: w.ids.mentor },
    ]);
    // The raiser follows the request by its status; intake reads it once it is sent.
    expect((await step(w.as.mentor, caseId, { type: "submit" })).status).toBe(200);
    const detail = await w.as.coordA.get(`/api/cases/${caseId}`);
    expect(detail.json.consents[0]).toMatchObject({
      method: "oral",
      meeting: "Samtal på förskolan",
      recordedBy: "mentor",
      givenBy: [{ kind: "child", name: "Alva Testsson" }],
    });
  });

  it("refuses one guardian where the tenant requires all, and accepts both", async () => {
    const { w, caseId } = await requestForChildAged(10);
    await t.db
      .insertInto("consent_rules")
      .values({ tenant_id: w.tenant.tenantId, all_guardians_required: true })
      .execute();
    const one = [{ kind: "guardian", guardianId: w.guardians[0] }, { kind: "child" }];
    const refused = await w.as.mentor.post(`/api/cases/${caseId}/consents`, oral(w, one));
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe("all_guardians_required");
    expect(await consentsOf(caseId)).toEqual([]);
    const rules = await w.as.mentor.get("/api/consent-rules");
    expect(rules.json).toEqual({ childAloneFromAge: 15, allGuardiansRequired: true });
    const both = w.guardians.map((guardianId) => ({ kind: "guardian", guardianId }));
    expect((await w.as.mentor.post(`/api/cases/${caseId}/consents`, oral(w, both))).status).toBe(
      201,
    );
  });

  it("needs the signed form for written consent, the meeting for oral, and takes digital only from the guardian", async () => {
    const { w, caseId } = await requestForChildAged(8);
    const guardian = [{ kind: "guardian", guardianId: w.guardians[0] }];
    const post = (body: object) =>
      w.as.mentor.post(`/api/cases/${caseId}/consents`, { ...oral(w, guardian), ...body });
    expect((await post({ method: "written" })).json.code).toBe("document_required");
    expect((await post({ meeting: " " })).json.code).toBe("meeting_required");
    expect((await post({ method: "digital" })).json.code).toBe("digital_only_by_guardian");
    const form = await w.as.mentor.post(`/api/cases/${caseId}/attachments`, {
      filename: "samtycke.pdf",
      contentType: "application/pdf",
      data: Buffer.from("%PDF-1.4\n% signed consent\n").toString("base64"),
    });
    expect(form.status).toBe(201);
    expect(await consentsOf(caseId)).toEqual([]);
    const written = await post({ method: "written", documentId: form.json.id, meeting: null });
    expect(written.status).toBe(201);
    expect(await consentsOf(caseId)).toMatchObject([
      { method: "written", document_id: form.json.id, meeting: null },
    ]);
  });
});
