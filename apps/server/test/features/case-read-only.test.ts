// Emergency access that is no back door, the raiser's status-only view, and closed cases that are
// read-only until a central coordinator reopens them (ADR 0002).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld, raiseRequest, step, versionOf } from "../support/case-fixture";
import { type Client, createTestApp, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const REASON = "Polisen larmar om akut fara för barnet i natt.";
const NO_ID = "00000000-0000-4000-8000-000000000001";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString("base64");

/** A case with coordinators, consent naming the school, central student health and BUP. */
async function running(w: CaseWorld) {
  const caseId = await raiseRequest(w, [w.units.school, w.units.central, w.units.bup]);
  await step(w.as.mentor, caseId, { type: "submit" });
  await step(w.as.coordA, caseId, { type: "accept" });
  await step(w.as.coordA, caseId, {
    type: "appoint_coordinators",
    leadUserId: w.ids.coordA,
    documentingUserId: w.ids.coordB,
  });
  return caseId;
}

/** One request to every route that changes a case, each with a body that passes validation. */
function writes(w: CaseWorld, caseId: string, version: number) {
  const c = `/api/cases/${caseId}`;
  const soon = new Date(Date.now() + 86_400_000);
  return [
    [
      "post",
      `${c}/events`,
      {
        version,
        event: {
          type: "record_authority_action",
          kind: "other",
          note: "Anmälan.",
          closesCase: true,
        },
      },
    ],
    ["post", `${c}/reopen`, { version, reason: "Ny oro har kommit in." }],
    ["post", `${c}/members`, { role: "participant", userId: w.ids.nurse, unitId: w.units.eht }],
    ["delete", `${c}/members/${NO_ID}`, undefined],
    [
      "post",
      `${c}/consents`,
      {
        givenBy: [{ kind: "guardian", guardianId: w.guardians[0] }],
        unitIds: [w.units.eht],
        purpose: "Stöd",
        method: "oral",
        meeting: "Samtal med familjen",
      },
    ],
    ["post", `${c}/consents/${NO_ID}/withdraw`, { reason: "Familjen vill inte." }],
    ["post", `${c}/attachments`, { filename: "a.png", contentType: "image/png", data: PNG }],
    [
      "post",
      `${c}/network-map`,
      { network: "private", sector: "family", name: "Mormor", closeness: 2 },
    ],
    ["delete", `${c}/network-map/${NO_ID}`, undefined],
    [
      "post",
      `${c}/meetings`,
      {
        kind: "follow_up",
        startsAt: soon.toISOString(),
        endsAt: new Date(soon.getTime() + 3_600_000).toISOString(),
      },
    ],
    ["patch", `${c}/meetings/${NO_ID}`, { version: 1, minutes: "Nytt." }],
    [
      "post",
      `${c}/meetings/${NO_ID}/corrections`,
      { minutes: "Rättat.", decisions: [], childVoice: null, reason: "Fel namn." },
    ],
    ["post", `${c}/plan/draft`, undefined],
    ["post", `${c}/plan/draft/propose`, { revision: 1 }],
    [
      "post",
      `${c}/plan/handovers`,
      { kind: "unit_change", fromUnitId: w.units.school, toUnitId: w.units.eht },
    ],
    ["post", `${c}/instruments/requests/${NO_ID}/cancel`, undefined],
  ] as const;
}

async function send(client: Client, method: string, url: string, body: unknown) {
  if (method === "delete") return client.del(url);
  return client.request(method === "post" ? "POST" : "PATCH", url, body);
}

async function grantsOf(caseId: string) {
  return t.db.selectFrom("emergency_access").selectAll().where("case_id", "=", caseId).execute();
}

describe("emergency access", () => {
  it("is refused to a role the tenant does not list, and to a short reason; nothing is stored", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    const byRole = await w.as.mentor.post(`/api/cases/${caseId}/emergency-access`, {
      category: "urgent_protection",
      reason: REASON,
    });
    expect(byRole.status).toBe(403);
    expect(byRole.json.code).toBe("emergency_role_not_allowed");
    expect((await w.as.mentor.get("/api/emergency-access/policy")).json.mayUse).toBe(false);
    const short = await w.as.social.post(`/api/cases/${caseId}/emergency-access`, {
      category: "urgent_protection",
      reason: "Akut läge",
    });
    expect(short.status).toBe(422);
    expect(short.json.code).toBe("emergency_reason_too_short");
    expect(short.json.message.sv).toContain("minst 20 tecken");
    const noCategory = await w.as.social.post(`/api/cases/${caseId}/emergency-access`, {
      reason: REASON,
    });
    expect(noCategory.status).toBe(400);
    expect(await grantsOf(caseId)).toEqual([]);
  });

  it("follows the tenant's list of roles and duration", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    await t.db
      .insertInto("tenant_settings")
      .values({
        tenant_id: w.tenant.tenantId,
        deadline_rules: "{}",
        emergency_roles: JSON.stringify(["psychologist"]),
        emergency_hours: 1,
      })
      .execute();
    const social = await w.as.social.post(`/api/cases/${caseId}/emergency-access`, {
      category: "risk_to_life_or_health",
      reason: REASON,
    });
    expect(social.json.code).toBe("emergency_role_not_allowed");
    expect((await w.as.bupPsych.get("/api/emergency-access/policy")).json).toEqual({
      mayUse: true,
      hours: 1,
    });
    const psych = await w.as.bupPsych.post(`/api/cases/${caseId}/emergency-access`, {
      category: "risk_to_life_or_health",
      reason: REASON,
    });
    expect(psych.status).toBe(204);
    const [grant] = await grantsOf(caseId);
    const hours = (grant!.expires_at.getTime() - grant!.granted_at.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(1, 1);
  });

  it("is read-only: every write through it is refused and changes nothing", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    expect(
      (
        await w.as.social.post(`/api/cases/${caseId}/emergency-access`, {
          category: "urgent_protection",
          reason: REASON,
        })
      ).status,
    ).toBe(204);
    const before = (await w.as.social.get(`/api/cases/${caseId}`)).json;
    expect(before).toMatchObject({ accessBasis: "emergency", readOnly: true, allowedEvents: [] });
    for (const [method, url, body] of writes(w, caseId, before.version)) {
      const res = await send(w.as.social, method, url, body);
      expect(res.json.code, `${method} ${url}`).toBe("emergency_read_only");
      expect(res.status).toBe(403);
      expect(res.json.message.sv).toBe("Nödåtkomst ger bara läsrätt. Ingenting har ändrats.");
    }
    const after = (await w.as.coordA.get(`/api/cases/${caseId}`)).json;
    expect(after).toMatchObject({ stage: before.stage, version: before.version });
  });

  it("tells the coordinators at once, lists what was read for review, and expires", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    await w.as.social.post(`/api/cases/${caseId}/emergency-access`, {
      category: "urgent_protection",
      reason: REASON,
    });
    await w.as.social.get(`/api/cases/${caseId}/network-map`);
    const items = (await w.as.coordA.get("/api/worklist")).json.items;
    expect(items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "emergency_access", caseId })]),
    );
    const admin = await w.tenant.addUser("granskare", [["admin", "administrator"]]);
    const reviewer = await loginAs(t.app, admin);
    const [grant] = (await reviewer.get("/api/admin/emergency-access")).json.grants;
    expect(grant.reads.map((r: { action: string }) => r.action)).toEqual(["network_map.read"]);
    // The review and marking it reviewed are reads and changes about the child: its id in the
    // child_id column, never only inside details.
    expect((await reviewer.post(`/api/admin/emergency-access/${grant.id}/review`)).status).toBe(
      204,
    );
    const reviewAudit = await t.db
      .selectFrom("audit_event")
      .select(["action", "child_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "like", "emergency_access.%")
      .orderBy("seq")
      .execute();
    expect(reviewAudit).toEqual([
      { action: "emergency_access.list", child_id: w.childId },
      { action: "emergency_access.review", child_id: w.childId },
    ]);

    await t.db
      .updateTable("emergency_access")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("case_id", "=", caseId)
      .execute();
    expect((await w.as.social.get(`/api/cases/${caseId}`)).status).toBe(403);
  });
});

describe("the raiser's view", () => {
  it("shows the request's status only; every case route refuses the raiser", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    for (const raiser of [w.as.mentor, w.as.principal]) {
      const [status] = (await raiser.get("/api/requests/mine")).json.requests;
      expect(status).toMatchObject({ id: caseId, status: "collaboration_case", maySend: false });
      for (const path of ["", "/plan", "/network-map", "/instruments", "/plan/pdf"]) {
        const res = await raiser.get(`/api/cases/${caseId}${path}`);
        expect(res.json.code, path).toBe("raiser_status_only");
      }
    }
    const version = await versionOf(w.as.coordA, caseId);
    for (const [method, url, body] of writes(w, caseId, version)) {
      const res = await send(w.as.mentor, method, url, body);
      expect(res.json.code, `${method} ${url}`).toBe("raiser_status_only");
    }
  });

  it("names the contact person and ends when consent is withdrawn", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    const [before] = (await w.as.mentor.get("/api/requests/mine")).json.requests;
    expect(before.contactPerson).toBeNull();
    const consentId = (await w.as.coordA.get(`/api/cases/${caseId}`)).json.consents[0].id;
    await w.as.coordA.post(`/api/cases/${caseId}/consents/${consentId}/withdraw`, {
      reason: "Familjen vill inte längre.",
    });
    expect((await w.as.mentor.get("/api/requests/mine")).json.requests).toEqual([]);
    expect((await w.as.principal.get("/api/requests/mine")).json.requests).toEqual([]);
  });

  it("ends for a raiser who has left the raising unit; the principal keeps it", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    await t.db
      .deleteFrom("membership")
      .where("user_id", "=", w.ids.mentor)
      .where("unit_id", "=", w.units.school)
      .execute();
    expect((await w.as.mentor.get("/api/requests/mine")).json.requests).toEqual([]);
    expect((await w.as.principal.get("/api/requests/mine")).json.requests).toHaveLength(1);
    expect((await w.as.mentor.get(`/api/cases/${caseId}`)).status).toBe(403);
  });

  it("a raiser who is also in the network keeps the network's access", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    const added = await w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.mentor,
      unitId: w.units.school,
    });
    expect(added.status).toBe(204);
    const res = await w.as.mentor.get(`/api/cases/${caseId}`);
    expect(res.status).toBe(200);
    expect(res.json.accessBasis).toBe("network");
  });
});

describe("closing by an authority action", () => {
  it("is for social services and the coordinators; another network member records it open", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    await w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.bupPsych,
      unitId: w.units.bup,
    });
    const action = (closesCase: boolean) => ({
      type: "record_authority_action",
      kind: "other",
      note: "Socialtjänsten har inlett utredning.",
      closesCase,
    });
    const refused = await step(w.as.bupPsych, caseId, action(true));
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe("authority_close_not_allowed");
    expect((await w.as.coordA.get(`/api/cases/${caseId}`)).json.stage).not.toBe("closed");
    expect((await step(w.as.bupPsych, caseId, action(false))).status).toBe(200);
    const closed = await step(w.as.coordA, caseId, action(true));
    expect(closed.status).toBe(200);
    expect(closed.json.stage).toBe("closed");
  });
});

describe("a closed case", () => {
  async function closed(w: CaseWorld) {
    const caseId = await running(w);
    const done = await step(w.as.coordA, caseId, {
      type: "close",
      reason: "moved_away",
      reflection: { whatWorked: "Snabb start.", whatGotInTheWay: "Flytten." },
      evaluation: { goals: "partly", familyView: "Vi flyttar.", childView: "Jag saknar skolan." },
    });
    expect(done.json.stage).toBe("closed");
    return caseId;
  }

  it("refuses every write route, for everyone in it", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await closed(w);
    const detail = (await w.as.coordA.get(`/api/cases/${caseId}`)).json;
    expect(detail).toMatchObject({ readOnly: true, mayReopen: true, allowedEvents: [] });
    for (const [method, url, body] of writes(w, caseId, detail.version)) {
      if (url.endsWith("/reopen")) continue;
      const res = await send(w.as.coordA, method, url, body);
      expect(res.json.code, `${method} ${url}`).toBe("case_read_only");
      expect(res.status).toBe(409);
    }
    expect((await w.as.coordA.get(`/api/cases/${caseId}`)).json.version).toBe(detail.version);
  });

  it("is reopened by a central coordinator with a reason, audited and in the timeline", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await closed(w);
    const version = await versionOf(w.as.coordA, caseId);
    const blank = await w.as.coordA.post(`/api/cases/${caseId}/reopen`, { version, reason: " " });
    expect(blank.status).toBe(400);
    const reopened = await w.as.coordA.post(`/api/cases/${caseId}/reopen`, {
      version,
      reason: "Familjen har hört av sig igen.",
    });
    expect(reopened.status, JSON.stringify(reopened.json)).toBe(200);
    expect(reopened.json.case).toMatchObject({
      stage: "coordinators_appointed",
      readOnly: false,
      closure: null,
    });
    expect(reopened.json.case.timeline[0].summary).toBe(
      "Ärendet öppnat igen: Familjen har hört av sig igen.",
    );
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["reason", "child_id"])
      .where("action", "=", "case.reopen")
      .where("entity_id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ reason: "Familjen har hört av sig igen.", child_id: w.childId });
    const again = await w.as.coordA.post(`/api/cases/${caseId}/reopen`, {
      version: reopened.json.version,
      reason: "Igen.",
    });
    expect(again.json.code).toBe("case_not_ended");
  });

  it("is reopened by no one but a central coordinator", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    await w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.bupPsych,
      unitId: w.units.bup,
    });
    await step(w.as.coordA, caseId, {
      type: "close",
      reason: "moved_away",
      reflection: { whatWorked: "Snabb start.", whatGotInTheWay: "Flytten." },
      evaluation: { goals: "partly", familyView: "Vi flyttar.", childView: "Jag saknar skolan." },
    });
    const version = await versionOf(w.as.coordA, caseId);
    const res = await w.as.bupPsych.post(`/api/cases/${caseId}/reopen`, {
      version,
      reason: "Jag vill fortsätta.",
    });
    expect(res.json.code).toBe("reopen_central_coordinator_only");
    expect((await w.as.bupPsych.get(`/api/cases/${caseId}`)).json.mayReopen).toBe(false);
  });
});

describe("minutes of a held meeting", () => {
  it("are corrected as a new dated version beside the old one, never overwritten", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    await step(w.as.coordA, caseId, { type: "record_first_contact" });
    const created = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "pre_meeting",
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const url = `/api/cases/${caseId}/meetings/${created.json.id}`;
    const held = await w.as.coordB.patch(url, {
      version: 1,
      minutes: "Mamma och mentor deltog.",
      decisions: ["Nästa möte om två veckor."],
      status: "held",
    });
    expect(held.status, JSON.stringify(held.json)).toBe(200);
    const overwrite = await w.as.coordB.patch(url, { version: 2, minutes: "Pappa deltog." });
    expect(overwrite.status).toBe(409);
    expect(overwrite.json.code).toBe("held_minutes_use_correction");
    const corrected = await w.as.coordB.post(`${url}/corrections`, {
      minutes: "Pappa och mentor deltog.",
      decisions: ["Nästa möte om två veckor."],
      childVoice: null,
      reason: "Fel förälder antecknad.",
    });
    expect(corrected.status).toBe(201);
    expect(corrected.json.minutes).toBe("Mamma och mentor deltog.");
    expect(corrected.json.corrections).toEqual([
      expect.objectContaining({
        minutes: "Pappa och mentor deltog.",
        reason: "Fel förälder antecknad.",
        correctedBy: expect.any(String),
      }),
    ]);
    const audit = await t.db
      .selectFrom("audit_event")
      .select("reason")
      .where("action", "=", "meeting.correct_minutes")
      .where("entity_id", "=", created.json.id)
      .executeTakeFirstOrThrow();
    expect(audit.reason).toBe("Fel förälder antecknad.");
  });
});
