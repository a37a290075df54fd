import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld, raiseRequest, step } from "../support/case-fixture";
import { createTestApp, createTestTenant, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A case with coordinators appointed and the BUP psychologist in the network. */
async function runningCase(w: CaseWorld, consentUnits: string[]) {
  const caseId = await raiseRequest(w, consentUnits);
  await step(w.as.mentor, caseId, { type: "submit" });
  await step(w.as.coordA, caseId, { type: "accept" });
  const appointed = await step(w.as.coordA, caseId, {
    type: "appoint_coordinators",
    leadUserId: w.ids.coordA,
    documentingUserId: w.ids.coordB,
  });
  expect(appointed.status).toBe(200);
  return caseId;
}

describe("who sees a case", () => {
  it("a professional outside the network is refused, also by list", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await runningCase(w, [w.units.school, w.units.central, w.units.bup]);
    expect((await w.as.bupPsych.get(`/api/cases/${caseId}`)).status).toBe(403);
    expect((await w.as.bupPsych.get("/api/cases")).json.cases).toEqual([]);
    expect((await w.as.nurse.get(`/api/cases/${caseId}/network-map`)).status).toBe(403);
  });

  it("a network member sees the case while consent covers their unit, not after withdrawal; nothing is deleted", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await runningCase(w, [w.units.school, w.units.central, w.units.bup]);
    const added = await w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.bupPsych,
      unitId: w.units.bup,
    });
    expect(added.status).toBe(204);
    expect((await w.as.bupPsych.get(`/api/cases/${caseId}`)).status).toBe(200);

    const detail = (await w.as.coordA.get(`/api/cases/${caseId}`)).json;
    const consentId = detail.consents[0].id as string;
    const withdrawn = await w.as.coordA.post(
      `/api/cases/${caseId}/consents/${consentId}/withdraw`,
      { reason: "Familjen vill inte längre." },
    );
    expect(withdrawn.status).toBe(204);

    expect((await w.as.bupPsych.get(`/api/cases/${caseId}`)).status).toBe(403);
    expect((await w.as.coordA.get(`/api/cases/${caseId}`)).status).toBe(403);
    // The raiser's view of the request's status ends too.
    expect((await w.as.mentor.get("/api/requests/mine")).json.requests).toEqual([]);
    // Nothing is deleted: the withdrawal sits beside the consent it ends.
    const consent = await t.db
      .selectFrom("consent")
      .select(["withdrawn_reason"])
      .where("case_id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(consent.withdrawn_reason).toBe("Familjen vill inte längre.");
    expect(
      await t.db.selectFrom("case_member").select("id").where("case_id", "=", caseId).execute(),
    ).not.toEqual([]);
  });

  it("refuses to add a participant from a unit the consent does not cover", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await runningCase(w, [w.units.school, w.units.central]);
    const res = await w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.bupPsych,
      unitId: w.units.bup,
    });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe("consent_missing_for_unit");
  });

  it("without consent a request stays with the unit that raised it", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, null);
    await step(w.as.mentor, caseId, { type: "submit" });
    for (const raiser of [w.as.mentor, w.as.principal])
      expect((await raiser.get("/api/requests/mine")).json.requests).toEqual([
        expect.objectContaining({ id: caseId, status: "awaiting_assessment" }),
      ]);
    expect((await w.as.coordA.get("/api/cases/intake")).json.cases).toEqual([]);
    expect((await w.as.coordA.get(`/api/cases/${caseId}`)).status).toBe(403);
  });

  it("the intake queue is only for central coordinators and social services", async () => {
    const w = await caseWorld(t.db, t.app);
    expect((await w.as.mentor.get("/api/cases/intake")).status).toBe(403);
    expect((await w.as.analyst.get("/api/cases/intake")).status).toBe(403);
    expect((await w.as.social.get("/api/cases/intake")).status).toBe(200);
  });

  it("analysts see no individual case and cannot search children", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await runningCase(w, [w.units.school, w.units.central]);
    expect((await w.as.analyst.get(`/api/cases/${caseId}`)).status).toBe(403);
    expect((await w.as.analyst.get("/api/cases")).json.cases).toEqual([]);
    expect((await w.as.analyst.post("/api/children/search", { q: "Alva" })).status).toBe(403);
  });

  it("emergency access needs a reason, opens the case and is flagged for review", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await runningCase(w, [w.units.school, w.units.central]);
    expect(
      (await w.as.social.post(`/api/cases/${caseId}/emergency-access`, { reason: "" })).status,
    ).toBe(400);
    const granted = await w.as.social.post(`/api/cases/${caseId}/emergency-access`, {
      category: "risk_to_life_or_health",
      reason: "Akut suicidrisk, behöver planen nu.",
    });
    expect(granted.status).toBe(204);
    const detail = await w.as.social.get(`/api/cases/${caseId}`);
    expect(detail.status).toBe(200);
    expect(detail.json.accessBasis).toBe("emergency");
    const audit = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "case.emergency_access")
      .executeTakeFirstOrThrow();
    expect(audit.reason).toBe("Akut suicidrisk, behöver planen nu.");
    expect(audit.details).toMatchObject({ flaggedForReview: true });
    const admin = await loginAs(
      t.app,
      await w.tenant.addUser("granskare", [["admin", "administrator"]]),
    );
    const grants = (await admin.get("/api/admin/emergency-access")).json.grants;
    expect(grants).toEqual([
      expect.objectContaining({
        caseId,
        category: "risk_to_life_or_health",
        reviewedAt: null,
        reads: [expect.objectContaining({ action: "case.read" })],
      }),
    ]);
    expect((await admin.post(`/api/admin/emergency-access/${grants[0].id}/review`)).status).toBe(
      204,
    );
  });

  it("cases of another tenant are invisible", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await runningCase(w, [w.units.school, w.units.central]);
    const other = await createTestTenant(t.db);
    const stranger = await loginAs(
      t.app,
      await other.addUser("coord", [["admin", "central_coordinator"]]),
    );
    expect((await stranger.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect(
      (
        await stranger.post(`/api/cases/${caseId}/emergency-access`, {
          category: "urgent_protection",
          reason: "Polisen har ringt om barnet i natt.",
        })
      ).status,
    ).toBe(404);
  });
});

describe("children", () => {
  it("finds a child by name or by Luhn-checked personal number", async () => {
    const w = await caseWorld(t.db, t.app);
    const byName = await w.as.mentor.post("/api/children/search", { q: "alva tests" });
    expect(byName.json.children).toEqual([
      expect.objectContaining({ id: w.childId, givenName: "Alva" }),
    ]);
    const pn = byName.json.children[0].personalNumber as string;
    const byNumber = await w.as.mentor.post("/api/children/search", {
      q: `${pn.slice(0, 8)}-${pn.slice(8)}`,
    });
    expect(byNumber.json.children.map((c: { id: string }) => c.id)).toEqual([w.childId]);
    const wrong = await w.as.mentor.post("/api/children/search", {
      q: pn.slice(0, 11) + ((Number(pn[11]) + 1) % 10),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.code).toBe("invalid_personal_number");
  });

  it("protected identity hides address and contact details except from social services", async () => {
    const w = await caseWorld(t.db, t.app);
    await sql`update child set protected_identity = true where id = ${w.childId}`.execute(t.db);
    const asMentor = (await w.as.mentor.get(`/api/children/${w.childId}`)).json;
    expect(asMentor).toMatchObject({ contactHidden: true, address: null, phone: null });
    expect(asMentor.guardians[0].phone).toBeNull();
    const asSocial = (await w.as.social.get(`/api/children/${w.childId}`)).json;
    expect(asSocial.address).toBe("Skolgatan 1");
  });

  it("registers a child with guardians, whose consent the request can then record", async () => {
    const w = await caseWorld(t.db, t.app);
    const registered = await w.as.mentor.post("/api/children", {
      personalNumber: "201301149322",
      givenName: "Nora",
      familyName: "Holm",
      guardians: [{ givenName: "Sara", familyName: "Holm", phone: "070-123 45 67" }],
      unitId: w.units.school,
    });
    expect(registered.status).toBe(201);
    const [guardian] = registered.json.guardians;
    expect(guardian).toMatchObject({ givenName: "Sara", phone: "070-123 45 67" });
    const request = await w.as.mentor.post("/api/cases", {
      childId: registered.json.id,
      raisedByUnitId: w.units.school,
      concern: "Nora har nyss flyttat hit och är ofta borta.",
      acute: false,
      consent: {
        givenBy: [{ kind: "guardian", guardianId: guardian.id }],
        unitIds: [w.units.school, w.units.central],
        purpose: "Samordnat stöd runt Nora",
        method: "oral",
        meeting: "Samtal med familjen",
      },
    });
    expect(request.status).toBe(201);
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("entity_id", "=", guardian.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["guardian.create"]);
  });

  it("a professional with no tie to the child cannot open the record", async () => {
    const w = await caseWorld(t.db, t.app);
    expect((await w.as.bupPsych.get(`/api/children/${w.childId}`)).status).toBe(403);
    expect((await w.as.mentor.get(`/api/children/${w.childId}`)).status).toBe(200);
  });
});

describe("what the case page offers", () => {
  it("offers each user only the steps they may take", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await runningCase(w, [w.units.school, w.units.central]);
    await w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.principal,
      unitId: w.units.school,
    });
    const asPrincipal = (await w.as.principal.get(`/api/cases/${caseId}`)).json;
    const principalSteps = asPrincipal.allowedEvents.map((e: { type: string }) => e.type);
    expect(principalSteps).not.toContain("close");
    expect(principalSteps).not.toContain("record_first_contact");
    expect(principalSteps).toContain("record_authority_action");
    const asCoordinator = (await w.as.coordA.get(`/api/cases/${caseId}`)).json;
    expect(asCoordinator.allowedEvents.map((e: { type: string }) => e.type)).toContain(
      "record_first_contact",
    );
  });
});
