// The raiser's status-only view, and closed cases that are read-only until a central coordinator
// reopens them (ADR 0002); emergency access is in case-emergency-access.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld, step, versionOf } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";
import { running, writes, send } from "./case-writes";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

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
