import { addYears, stockholmDate } from "@kring/domain/cases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld, raiseRequest, step } from "../support/case-fixture";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { familyAccounts } from "./plan-world";

// Issue 15.6: the family gives or refuses consent themselves in the family view (ADR 0020).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A request sent for assessment without consent, for a child of the given age, with accounts. */
async function askedWorld(age = 10, allGuardians = false) {
  const w = await caseWorld(t.db, t.app);
  await t.db
    .updateTable("child")
    .set({ birth_date: addYears(stockholmDate(new Date()), -age) })
    .where("id", "=", w.childId)
    .execute();
  if (allGuardians)
    await t.db
      .insertInto("consent_rules")
      .values({ tenant_id: w.tenant.tenantId, all_guardians_required: true })
      .execute();
  const caseId = await raiseRequest(w, null);
  expect((await step(w.as.mentor, caseId, { type: "submit" })).status).toBe(200);
  const family = await familyAccounts(w, t.db, t.app);
  const asked = await w.as.mentor.post(`/api/cases/${caseId}/consent-requests`, {
    unitIds: [w.units.school, w.units.central],
    purpose: "Samordnat stöd runt Alva i skolan",
    validUntil: addYears(stockholmDate(new Date()), 1),
  });
  expect(asked.status).toBe(201);
  return { w, caseId, family, requestId: asked.json.id as string };
}

const answer = (
  client: CaseWorld["as"]["mentor"],
  w: CaseWorld,
  requestId: string,
  value: string,
) =>
  client.post(`/api/family/children/${w.childId}/consent-requests/${requestId}/answer`, {
    answer: value,
  });

const consentsOf = (caseId: string) =>
  t.db.selectFrom("consent").selectAll().where("case_id", "=", caseId).execute();

const intakeSees = async (w: CaseWorld, caseId: string) =>
  ((await w.as.coordA.get("/api/cases/intake")).json.cases as { id: string }[]).some(
    (c) => c.id === caseId,
  );

describe("consent given in the family view", () => {
  it("shows the guardian what is asked; one guardian's consent puts it in force and intake sees the request", async () => {
    const { w, caseId, family, requestId } = await askedWorld();
    expect(await intakeSees(w, caseId)).toBe(false);
    expect((await w.as.coordA.get(`/api/cases/${caseId}`)).status).toBe(403);

    const asked = await family.anna.get(`/api/family/children/${w.childId}/consent-requests`);
    expect(asked.status).toBe(200);
    expect(asked.json.requests).toMatchObject([
      {
        id: requestId,
        status: "open",
        purpose: "Samordnat stöd runt Alva i skolan",
        askedBy: "mentor",
        askedByUnit: expect.stringMatching(/^school /),
        myAnswer: null,
        mayAnswer: true,
        units: [
          { name: expect.stringMatching(/^central /), organisation: "Testkommun" },
          { name: expect.stringMatching(/^school /), organisation: "Testkommun" },
        ],
      },
    ]);
    expect(asked.json.requests[0].validUntil).toBe(addYears(stockholmDate(new Date()), 1));

    const given = await answer(family.anna, w, requestId, "given");
    expect(given.status).toBe(200);
    expect(given.json).toEqual({ status: "given" });
    const annaUser = await t.db
      .selectFrom("guardian")
      .select("user_id")
      .where("id", "=", w.guardians[0]!)
      .executeTakeFirstOrThrow();
    expect(await consentsOf(caseId)).toMatchObject([
      {
        method: "digital",
        recorded_by: annaUser.user_id,
        purpose: "Samordnat stöd runt Alva i skolan",
      },
    ]);
    expect(await intakeSees(w, caseId)).toBe(true);
    const detail = await w.as.coordA.get(`/api/cases/${caseId}`);
    expect(detail.json.consents[0]).toMatchObject({
      method: "digital",
      recordedBy: "anna",
      givenBy: [{ kind: "guardian", name: "Anna Testsson" }],
    });
    // The answer and the read are audited with the child in their own column.
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["action", "child_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "in", ["family.consent_given", "family.consent_requests_read"])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "family.consent_given",
      "family.consent_requests_read",
    ]);
    expect(audit.every((a) => a.child_id === w.childId)).toBe(true);
    // Answered once: the other guardian is no longer asked, and it cannot be answered again.
    const after = await family.erik.get(`/api/family/children/${w.childId}/consent-requests`);
    expect(after.json.requests[0]).toMatchObject({ status: "given", mayAnswer: false });
    const again = await answer(family.erik, w, requestId, "refused");
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("consent_request_answered");
  });

  it("waits for every guardian where the tenant requires all, and a refusal stores nothing", async () => {
    const { w, caseId, family, requestId } = await askedWorld(10, true);
    expect((await answer(family.anna, w, requestId, "given")).json).toEqual({ status: "open" });
    expect(await consentsOf(caseId)).toEqual([]);
    const network = await w.as.mentor.get(`/api/cases/${caseId}/consent-requests`);
    expect(network.json.requests[0]).toMatchObject({
      status: "open",
      waitingFor: ["Erik Testsson"],
      answers: [{ name: "Anna Testsson", answer: "given" }],
    });
    const annaAgain = await answer(family.anna, w, requestId, "given");
    expect(annaAgain.status).toBe(409);
    expect((await answer(family.erik, w, requestId, "refused")).json).toEqual({
      status: "refused",
    });
    expect(await consentsOf(caseId)).toEqual([]);
    expect(await intakeSees(w, caseId)).toBe(false);
    const refused = await w.as.mentor.get(`/api/cases/${caseId}/consent-requests`);
    expect(refused.json.requests[0]).toMatchObject({ status: "refused", waitingFor: [] });
    // Refused: the raiser may ask again (a new question), e.g. after talking with the family.
    const anew = await w.as.mentor.post(`/api/cases/${caseId}/consent-requests`, {
      unitIds: [w.units.central],
      purpose: "Samordnat stöd",
    });
    expect(anew.status).toBe(201);
    const twice = await w.as.mentor.post(`/api/cases/${caseId}/consent-requests`, {
      unitIds: [w.units.central],
      purpose: "Samordnat stöd",
    });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe("consent_request_open");
  });

  it("asks a child from the tenant's age, who may consent alone, and not a younger child", async () => {
    const young = await askedWorld(12, true);
    const list = await young.family.alva.get(
      `/api/family/children/${young.w.childId}/consent-requests`,
    );
    expect(list.json.requests).toEqual([]);
    expect((await answer(young.family.alva, young.w, young.requestId, "given")).status).toBe(404);
    expect(await consentsOf(young.caseId)).toEqual([]);

    const older = await askedWorld(15, true);
    expect((await answer(older.family.alva, older.w, older.requestId, "given")).json).toEqual({
      status: "given",
    });
    expect(await consentsOf(older.caseId)).toMatchObject([
      { method: "digital", given_by: [{ kind: "child", name: "Alva Testsson" }] },
    ]);
  });

  it("refuses bad input, strangers and closed cases with problem+json, changing nothing", async () => {
    const { w, caseId, family, requestId } = await askedWorld();
    const bad = await answer(family.anna, w, requestId, "kanske");
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    const stranger = await loginAs(t.app, await w.tenant.addUser("annan.vh2", [], "guardian"));
    expect((await answer(stranger, w, requestId, "given")).status).toBe(404);
    expect((await answer(w.as.coordA, w, requestId, "given")).status).toBe(403);
    expect(
      (
        await w.as.nurse.post(`/api/cases/${caseId}/consent-requests`, {
          unitIds: [w.units.central],
          purpose: "x",
        })
      ).status,
    ).toBe(403);
    await t.db.updateTable("cases").set({ stage: "closed" }).where("id", "=", caseId).execute();
    const closed = await answer(family.anna, w, requestId, "given");
    expect(closed.status).toBe(409);
    expect(closed.json.code).toBe("case_read_only");
    const view = await family.anna.get(`/api/family/children/${w.childId}/consent-requests`);
    expect(view.json.requests[0].mayAnswer).toBe(false);
    expect(await consentsOf(caseId)).toEqual([]);
  });

  it("refuses to ask a family that cannot answer in the family view", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, null);
    const res = await w.as.mentor.post(`/api/cases/${caseId}/consent-requests`, {
      unitIds: [w.units.central],
      purpose: "Samordnat stöd",
    });
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("family_cannot_answer");
    const unknown = await w.as.mentor.post(`/api/cases/${caseId}/consent-requests`, {
      unitIds: ["00000000-0000-4000-8000-000000000000"],
      purpose: "Samordnat stöd",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.code).toBe("unknown_reference");
  });
});
