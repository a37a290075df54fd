// Emergency access that is no back door (ADR 0002): only for the roles the tenant lists, with a
// reason, read-only, told to the coordinators at once, reviewed, and expiring.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseWorld } from "../support/case-fixture";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { REASON, running, writes, send } from "./case-writes";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

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
