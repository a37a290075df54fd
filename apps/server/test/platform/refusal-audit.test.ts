import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "../../src/platform/audit/audit-verify";
import { caseWorld, raiseRequest } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const entries = (tenantId: string, action: string) =>
  t.db
    .selectFrom("audit_event")
    .select(["actor_user_id", "child_id", "entity_id", "details"])
    .where("tenant_id", "=", tenantId)
    .where("action", "=", action)
    .orderBy("seq")
    .execute();

describe("refused attempts are audited", () => {
  it("writes who tried which route about which child, though the request's own work rolled back", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [w.units.school, w.units.central]);
    expect((await w.as.bupPsych.get(`/api/cases/${caseId}`)).status).toBe(403);
    expect((await w.as.bupPsych.get(`/api/cases/${caseId}/network-map`)).status).toBe(403);
    expect((await w.as.mentor.get("/api/admin/users")).status).toBe(403);
    const refused = await entries(w.tenant.tenantId, "access.refused");
    expect(refused).toEqual([
      {
        actor_user_id: w.ids.bupPsych,
        child_id: w.childId,
        entity_id: caseId,
        details: { method: "GET", route: "/api/cases/:id", code: "forbidden" },
      },
      {
        actor_user_id: w.ids.bupPsych,
        child_id: w.childId,
        entity_id: caseId,
        details: { method: "GET", route: "/api/cases/:id/network-map", code: "forbidden" },
      },
      {
        actor_user_id: w.ids.mentor,
        child_id: null,
        entity_id: null,
        details: { method: "GET", route: "/api/admin/users", code: "forbidden" },
      },
    ]);
    // The chain stays whole with entries written outside the requests' transactions.
    const problems = (await verifyAuditLog(t.db)).problems;
    expect(problems.filter((p) => p.tenantId === w.tenant.tenantId)).toEqual([]);
  });

  it("names the child of a refused child route, and writes nothing for an anonymous caller", async () => {
    const w = await caseWorld(t.db, t.app);
    expect((await w.as.analyst.get(`/api/children/${w.childId}`)).status).toBe(403);
    const [entry] = await entries(w.tenant.tenantId, "access.refused");
    expect(entry).toMatchObject({ actor_user_id: w.ids.analyst, child_id: w.childId });
    const anonymous = await t.app.inject({ method: "GET", url: `/api/children/${w.childId}` });
    expect(anonymous.statusCode).toBe(401);
    expect(await entries(w.tenant.tenantId, "access.refused")).toHaveLength(1);
  });
});

describe("every entry about a child carries its id", () => {
  it("records a list of cases once per child shown, each with the child's id", async () => {
    const w = await caseWorld(t.db, t.app);
    await raiseRequest(w, [w.units.school]);
    await raiseRequest(w, [w.units.school]);
    const list = await w.as.mentor.get("/api/cases");
    expect(list.json.cases).toHaveLength(2);
    const read = await entries(w.tenant.tenantId, "case.list_mine");
    expect(read.map((e) => e.child_id)).toEqual([w.childId]);
    expect((read[0]!.details as { caseIds: string[] }).caseIds).toHaveLength(2);
    await w.as.bupPsych.get("/api/cases");
    const empty = (await entries(w.tenant.tenantId, "case.list_mine")).filter(
      (e) => e.actor_user_id === w.ids.bupPsych,
    );
    expect(empty).toEqual([expect.objectContaining({ child_id: null })]);
  });
});
