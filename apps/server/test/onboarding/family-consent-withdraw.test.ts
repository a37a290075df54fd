// A guardian withdraws a consent they gave, from the family view (issue 19, ADR 0020): the same
// withdrawal a professional records, so sharing with the named units stops from now on, the
// case's network sees it in the case's history, and it is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyAccount } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";
import { type PlanWorld, planWorld } from "../features/plan-world";

let t: TestApp;
let w: PlanWorld;
let digitalId: string;
beforeAll(async () => {
  t = await createTestApp();
  w = await planWorld(t.db, t.app);
  // Besides the oral consent of the request (both guardians and Alva, every unit), Anna alone
  // gives a second one in the family view, for central student health only.
  const asked = await w.as.coordA.post(`/api/cases/${w.caseId}/consent-requests`, {
    unitIds: [w.units.central],
    purpose: "Att centrala elevhälsan tar del av skolans kartläggning",
  });
  expect(asked.status).toBe(201);
  const given = await w.family.anna.post(
    `/api/family/children/${w.childId}/consent-requests/${asked.json.id}/answer`,
    { answer: "given" },
  );
  expect(given.json).toEqual({ status: "given" });
  const row = await t.db
    .selectFrom("consent")
    .select("id")
    .where("case_id", "=", w.caseId)
    .where("method", "=", "digital")
    .executeTakeFirstOrThrow();
  digitalId = row.id;
});
afterAll(() => t.close());

const consents = (client: PlanWorld["as"]["mentor"], childId = w.childId) =>
  client.get(`/api/family/children/${childId}/consents`);
const withdraw = (
  client: PlanWorld["as"]["mentor"],
  consentId: string,
  childId = w.childId,
  body: object = {},
) => client.post(`/api/family/children/${childId}/consents/${consentId}/withdraw`, body);

describe("withdrawing consent in the family view", () => {
  it("lists the consents in force that the viewer gave, with the units they name", async () => {
    const anna = await consents(w.family.anna);
    expect(anna.status).toBe(200);
    expect(anna.json.consents.map((c: { purpose: string }) => c.purpose).sort()).toEqual([
      "Att centrala elevhälsan tar del av skolans kartläggning",
      "Samordnat stöd runt Alva",
    ]);
    const digital = anna.json.consents.find((c: { id: string }) => c.id === digitalId);
    expect(digital.units).toEqual([
      { id: w.units.central, name: expect.stringMatching(/^central /), organisation: "Testkommun" },
    ]);
    // Erik gave only the oral one; the digital one is not his to withdraw.
    const erik = await consents(w.family.erik);
    expect(erik.json.consents.map((c: { id: string }) => c.id)).not.toContain(digitalId);
    expect(erik.json.consents).toHaveLength(1);
  });

  it("refuses someone who did not give it, another child's guardian and professionals", async () => {
    expect((await withdraw(w.family.erik, digitalId)).status).toBe(404);
    // A guardian of another child in the same municipality.
    const other = await t.db
      .insertInto("child")
      .values({
        tenant_id: w.tenant.tenantId,
        personal_number: "201203039999",
        given_name: "Bo",
        family_name: "Annansson",
        birth_date: "2012-03-03",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const parent = await t.db
      .insertInto("guardian")
      .values({
        tenant_id: w.tenant.tenantId,
        given_name: "Cecilia",
        family_name: "Annansson",
        personal_number: "198001019999",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("child_guardian")
      .values({ tenant_id: w.tenant.tenantId, child_id: other.id, guardian_id: parent.id })
      .execute();
    const cecilia = await familyAccount(t.db, t.app, w, "cecilia", "guardian", parent.id);
    expect((await withdraw(cecilia, digitalId)).status).toBe(404);
    expect((await withdraw(cecilia, digitalId, other.id)).status).toBe(404);
    expect((await consents(cecilia)).status).toBe(404);
    expect((await withdraw(w.as.coordA, digitalId)).status).toBe(403);
    const bad = await withdraw(w.family.anna, "not-a-uuid");
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    const row = await t.db
      .selectFrom("consent")
      .select("withdrawn_at")
      .where("id", "=", digitalId)
      .executeTakeFirstOrThrow();
    expect(row.withdrawn_at).toBeNull();
  });

  it("withdraws it: sharing stops, the network sees it in the case, and it is audited", async () => {
    const res = await withdraw(w.family.anna, digitalId, w.childId, {
      reason: "Vi vill prata med skolan först",
    });
    expect(res.status).toBe(204);
    const row = await t.db
      .selectFrom("consent")
      .select(["withdrawn_at", "withdrawn_reason"])
      .where("id", "=", digitalId)
      .executeTakeFirstOrThrow();
    expect(row.withdrawn_at).not.toBeNull();
    expect(row.withdrawn_reason).toBe("Vi vill prata med skolan först");
    // The coordinators still share through the oral consent, and see what the family did.
    const detail = await w.as.coordA.get(`/api/cases/${w.caseId}`);
    expect(detail.status).toBe(200);
    const consent = detail.json.consents.find((c: { id: string }) => c.id === digitalId);
    expect(consent).toMatchObject({ status: "withdrawn" });
    expect(
      detail.json.timeline.some(
        (e: { kind: string; summary: string }) =>
          e.kind === "consent_withdrawn" && /familjevyn/.test(e.summary),
      ),
    ).toBe(true);
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["action", "child_id", "entity_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "in", ["consent.withdraw", "family.consent_withdrawn"])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "consent.withdraw",
      "family.consent_withdrawn",
    ]);
    expect(audit.every((a) => a.child_id === w.childId)).toBe(true);
    // No longer in force: gone from the list, and it cannot be withdrawn twice.
    const after = await consents(w.family.anna);
    expect(after.json.consents.map((c: { id: string }) => c.id)).not.toContain(digitalId);
    expect((await withdraw(w.family.anna, digitalId)).status).toBe(404);
  });
});
