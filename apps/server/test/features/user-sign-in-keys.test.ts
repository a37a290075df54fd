// An administrator gives a staff account its HSA-id and eduPersonPrincipalName (issue 19,
// ADR 0039): the keys a staff identity provider may match the account by (staff-match.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, createTestTenant, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function adminOf() {
  const tenant = await createTestTenant(t.db);
  const client = await loginAs(t.app, await tenant.addUser("admin", [["admin", "administrator"]]));
  const idOf = async (name: string, kind: "professional" | "guardian" = "professional") => {
    const username = await tenant.addUser(name, [], kind);
    const row = await t.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
    return row.id;
  };
  return { tenant, client, idOf };
}

describe("HSA-id and eduPersonPrincipalName on the users page", () => {
  it("sets, shows and removes them, audited without the values", async () => {
    const { tenant, client, idOf } = await adminOf();
    const id = await idOf("sjukskoterska");
    const set = await client.patch(`/api/admin/users/${id}`, {
      hsaId: "SE2321000016-abc1",
      eppn: "sara.sjuk@skola.kringby.se",
    });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({
      hsaId: "SE2321000016-abc1",
      eppn: "sara.sjuk@skola.kringby.se",
    });
    const row = await t.db
      .selectFrom("app_user")
      .select(["hsa_id", "eppn"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ hsa_id: "SE2321000016-abc1", eppn: "sara.sjuk@skola.kringby.se" });
    const listed = await client.get("/api/admin/users?q=sjukskoterska");
    expect(listed.json.users[0]).toMatchObject({ hsaId: "SE2321000016-abc1" });
    const audit = await t.db
      .selectFrom("audit_event")
      .select("details")
      .where("tenant_id", "=", tenant.tenantId)
      .where("action", "=", "user.update")
      .where("entity_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ fields: ["hsaId", "eppn"] });
    expect(JSON.stringify(audit.details)).not.toContain("abc1");
    const removed = await client.patch(`/api/admin/users/${id}`, { hsaId: null });
    expect(removed.json).toMatchObject({ hsaId: null, eppn: "sara.sjuk@skola.kringby.se" });
  });

  it("refuses a wrong format with problem+json, changing nothing", async () => {
    const { client, idOf } = await adminOf();
    const id = await idOf("larare");
    for (const body of [
      { hsaId: "2321000016-abc1" },
      { hsaId: "SE232100001-abc1" },
      { hsaId: "SE2321000016-" },
      { hsaId: "SE2321000016-abc1-and-far-too-long-x" },
      { eppn: "utan-snabela" },
      { eppn: "namn@domanutanpunkt" },
      { eppn: "två ord@skola.se" },
    ]) {
      const res = await client.patch(`/api/admin/users/${id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
    }
    const row = await t.db
      .selectFrom("app_user")
      .select(["hsa_id", "eppn"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ hsa_id: null, eppn: null });
  });

  it("keeps each unique in the municipality (case-insensitively), not across municipalities", async () => {
    const { client, idOf } = await adminOf();
    const first = await idOf("forsta");
    const second = await idOf("andra");
    await client.patch(`/api/admin/users/${first}`, {
      hsaId: "SE2321000016-abc1",
      eppn: "forsta@skola.kringby.se",
    });
    const hsa = await client.patch(`/api/admin/users/${second}`, { hsaId: "se2321000016-ABC1" });
    expect(hsa.status).toBe(409);
    expect(hsa.json.code).toBe("hsa_id_taken");
    const eppn = await client.patch(`/api/admin/users/${second}`, {
      eppn: "FORSTA@skola.kringby.se",
    });
    expect(eppn.status).toBe(409);
    expect(eppn.json.code).toBe("eppn_taken");
    // The same account may keep its own.
    expect(
      (await client.patch(`/api/admin/users/${first}`, { hsaId: "SE2321000016-ABC1" })).status,
    ).toBe(200);
    const other = await adminOf();
    const elsewhere = await other.idOf("annanstans");
    const res = await other.client.patch(`/api/admin/users/${elsewhere}`, {
      hsaId: "SE2321000016-abc1",
    });
    expect(res.status).toBe(200);
  });

  it("refuses them on a family account, and anyone but an administrator", async () => {
    const { tenant, client, idOf } = await adminOf();
    const guardian = await idOf("vh", "guardian");
    const res = await client.patch(`/api/admin/users/${guardian}`, { hsaId: "SE2321000016-vh1" });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("staff_keys_only");
    const mentorName = await tenant.addUser("mentor", []);
    const mentor = await loginAs(t.app, mentorName);
    const id = await idOf("tredje");
    expect(
      (await mentor.patch(`/api/admin/users/${id}`, { hsaId: "SE2321000016-x1" })).status,
    ).toBe(403);
  });
});
