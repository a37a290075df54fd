import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseWorld, raiseRequest } from "../support/case-fixture";
import { createTestApp, createTestTenant, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function admins() {
  const tenant = await createTestTenant(t.db);
  await tenant.addUnit("ifo", "social_services");
  const first = await loginAs(t.app, await tenant.addUser("first", [["admin", "administrator"]]));
  const second = await loginAs(t.app, await tenant.addUser("second", [["admin", "administrator"]]));
  const idOf = async (client: typeof first) =>
    (await client.get("/api/auth/session")).json.user.id as string;
  return { tenant, first, second, firstId: await idOf(first), secondId: await idOf(second) };
}

describe("no self-granted roles", () => {
  it("refuses an administrator who gives themselves a role or takes one away, and changes nothing", async () => {
    const { tenant, first, firstId } = await admins();
    const given = await first.post(`/api/admin/users/${firstId}/memberships`, {
      unitId: tenant.unitId("ifo"),
      role: "social_secretary",
    });
    expect(given.status).toBe(403);
    expect(given.json.code).toBe("own_roles");
    expect(given.json.message.sv).toBe(
      "Du kan inte ändra dina egna roller. Be en annan administratör.",
    );
    const me = (await first.get("/api/auth/session")).json.user;
    expect(me.memberships.map((m: { role: string }) => m.role)).toEqual(["administrator"]);
    const own = (await first.get("/api/admin/users")).json.users.find(
      (u: { id: string }) => u.id === firstId,
    );
    const removed = await first.del(
      `/api/admin/users/${firstId}/memberships/${own.memberships[0].id}`,
    );
    expect(removed.status).toBe(403);
    expect(removed.json.code).toBe("own_roles");
    const changes = (await first.get("/api/admin/role-changes")).json.changes;
    expect(changes).toEqual([]);
  });

  it("audits another administrator's change of a role and lists who changed whose role, what and when", async () => {
    const { tenant, first, second, firstId } = await admins();
    const given = await second.post(`/api/admin/users/${firstId}/memberships`, {
      unitId: tenant.unitId("ifo"),
      role: "social_secretary",
    });
    expect(given.status).toBe(201);
    const membershipId = given.json.memberships.find(
      (m: { role: string }) => m.role === "social_secretary",
    ).id;
    expect(
      (await second.del(`/api/admin/users/${firstId}/memberships/${membershipId}`)).status,
    ).toBe(200);
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["action", "details"])
      .where("tenant_id", "=", tenant.tenantId)
      .where("action", "like", "membership.%")
      .orderBy("seq")
      .execute();
    expect(audit).toMatchObject([
      { action: "membership.create", details: { userId: firstId, role: "social_secretary" } },
      { action: "membership.delete", details: { userId: firstId, role: "social_secretary" } },
    ]);
    const res = await first.get("/api/admin/role-changes");
    expect(res.status).toBe(200);
    expect(res.json.changes).toMatchObject([
      { changedBy: "second", userName: "first", change: "removed", role: "social_secretary" },
      { changedBy: "second", userName: "first", change: "added", role: "social_secretary" },
    ]);
    expect(res.json.changes[1].unitName).toMatch(/^ifo /);
    const mentor = await loginAs(
      t.app,
      await tenant.addUser("mentor", [["ifo", "teacher_mentor"]]),
    );
    expect((await mentor.get("/api/admin/role-changes")).status).toBe(403);
  });
});

describe("administrators see no case content by being administrators", () => {
  it("refuses an administrator of the child's school the child, the case and its lists", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [w.units.school, w.units.central]);
    const admin = await loginAs(
      t.app,
      await w.tenant.addUser("admin", [["school", "administrator"]]),
    );
    expect((await admin.get(`/api/cases/${caseId}`)).status).toBe(403);
    expect((await admin.get(`/api/children/${w.childId}`)).status).toBe(403);
    expect((await admin.get("/api/cases")).json.cases).toEqual([]);
    expect((await admin.get("/api/worklist")).json.items).toEqual([]);
    const raised = await admin.post("/api/cases", {
      childId: w.childId,
      raisedByUnitId: w.units.school,
      concern: "Oro",
      acute: false,
    });
    expect(raised.status).toBe(403);
  });
});
