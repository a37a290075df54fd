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
  return { tenant, client };
}

describe("organisation structure", () => {
  it("lets an administrator build areas and units of a kind, audited", async () => {
    const { tenant, client } = await adminOf();
    const area = await client.post("/api/admin/areas", {
      organisationId: tenant.organisationId,
      name: "Mariehem",
    });
    expect(area.status).toBe(201);
    const unit = await client.post("/api/admin/units", {
      organisationId: tenant.organisationId,
      areaId: area.json.id,
      name: "Mariehemsskolan",
      kind: "school",
    });
    expect(unit.status).toBe(201);
    const renamed = await client.patch(`/api/admin/units/${unit.json.id}`, { name: "Nya skolan" });
    expect(renamed.status).toBe(204);
    const structure = await client.get("/api/structure");
    expect(structure.json.areas).toEqual([expect.objectContaining({ name: "Mariehem" })]);
    expect(structure.json.units).toContainEqual(
      expect.objectContaining({ name: "Nya skolan", kind: "school", areaId: area.json.id }),
    );
    const actions = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", tenant.tenantId)
      .orderBy("seq")
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["area.create", "unit.create", "unit.update"]),
    );
  });

  it("refuses a unit of an unknown kind with 400", async () => {
    const { tenant, client } = await adminOf();
    const res = await client.post("/api/admin/units", {
      organisationId: tenant.organisationId,
      areaId: null,
      name: "X",
      kind: "spaceship",
    });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].path).toContain("kind");
  });

  it("refuses to put a unit in an area of another organisation", async () => {
    const { tenant, client } = await adminOf();
    const region = await client.post("/api/admin/organisations", {
      name: "Regionen",
      kind: "region",
    });
    const area = await client.post("/api/admin/areas", {
      organisationId: tenant.organisationId,
      name: "Teg",
    });
    const res = await client.post("/api/admin/units", {
      organisationId: region.json.id,
      areaId: area.json.id,
      name: "BUP",
      kind: "child_psychiatry",
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("area_not_in_organisation");
    const unit = await client.post("/api/admin/units", {
      organisationId: region.json.id,
      areaId: null,
      name: "BUP",
      kind: "child_psychiatry",
    });
    const moved = await client.patch(`/api/admin/units/${unit.json.id}`, { areaId: area.json.id });
    expect(moved.status).toBe(400);
  });

  it("holds organisations outside the municipality and region, with units of their own kind (#17.13)", async () => {
    const { client } = await adminOf();
    const police = await client.post("/api/admin/organisations", {
      name: "Polismyndigheten",
      kind: "state_agency",
    });
    const club = await client.post("/api/admin/organisations", {
      name: "Kringby IF",
      kind: "voluntary",
    });
    expect([police.status, club.status]).toEqual([201, 201]);
    const station = await client.post("/api/admin/units", {
      organisationId: police.json.id,
      areaId: null,
      name: "Lokalpolisområde Kringby",
      kind: "police",
    });
    const youth = await client.post("/api/admin/units", {
      organisationId: club.json.id,
      areaId: null,
      name: "Kringby IF ungdom",
      kind: "voluntary_organisation",
    });
    expect([station.status, youth.status]).toEqual([201, 201]);
    const officer = await client.post("/api/admin/users", {
      username: `polis.${police.json.id.slice(0, 8)}`,
      displayName: "Pia Polis",
      email: null,
      kind: "professional",
      password: "ett-langt-polislosenord",
    });
    expect(officer.status).toBe(201);
    const membership = await client.post(`/api/admin/users/${officer.json.id}/memberships`, {
      unitId: station.json.id,
      role: "police_officer",
    });
    expect(membership.status).toBe(201);
    const structure = await client.get("/api/structure");
    expect(structure.json.organisations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Polismyndigheten", kind: "state_agency" }),
        expect.objectContaining({ name: "Kringby IF", kind: "voluntary" }),
      ]),
    );
    expect(structure.json.units).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Kringby IF ungdom", kind: "voluntary_organisation" }),
      ]),
    );
    expect(
      (await client.post("/api/admin/organisations", { name: "Annat", kind: "company" })).status,
    ).toBe(400);
  });

  it("refuses a duplicate unit name with 409", async () => {
    const { tenant, client } = await adminOf();
    const body = {
      organisationId: tenant.organisationId,
      areaId: null,
      name: "Samma",
      kind: "leisure",
    };
    expect((await client.post("/api/admin/units", body)).status).toBe(201);
    expect((await client.post("/api/admin/units", body)).status).toBe(409);
  });

  it("refuses structure changes by anyone but an administrator", async () => {
    const tenant = await createTestTenant(t.db);
    const client = await loginAs(t.app, await tenant.addUser("rektor", [["admin", "principal"]]));
    const res = await client.post("/api/admin/areas", {
      organisationId: tenant.organisationId,
      name: "A",
    });
    expect(res.status).toBe(403);
    expect((await client.get("/api/admin/users")).status).toBe(403);
  });
});

describe("users and memberships", () => {
  it("creates a user who can log in, gives and removes a membership", async () => {
    const { tenant, client } = await adminOf();
    const schoolId = await tenant.addUnit("school", "school");
    const created = await client.post("/api/admin/users", {
      username: `ny.mentor.${tenant.tenantId.slice(0, 8)}`,
      displayName: "Ny Mentor",
      email: "ny@example.se",
      password: "ett-langt-losenord",
    });
    expect(created.status).toBe(201);
    const withRole = await client.post(`/api/admin/users/${created.json.id}/memberships`, {
      unitId: schoolId,
      role: "teacher_mentor",
    });
    expect(withRole.json.memberships).toEqual([
      expect.objectContaining({ unitId: schoolId, role: "teacher_mentor" }),
    ]);
    const mentor = await loginAs(t.app, created.json.username, "ett-langt-losenord");
    expect((await mentor.get("/api/auth/session")).json.user.memberships[0].role).toBe(
      "teacher_mentor",
    );
    const membershipId = withRole.json.memberships[0].id as string;
    const removed = await client.del(
      `/api/admin/users/${created.json.id}/memberships/${membershipId}`,
    );
    expect(removed.json.memberships).toEqual([]);
  });

  it("deactivating a user ends their sessions", async () => {
    const { tenant, client } = await adminOf();
    const username = await tenant.addUser("leaving", []);
    const leaving = await loginAs(t.app, username);
    const id = (await leaving.get("/api/auth/session")).json.user.id as string;
    expect((await client.patch(`/api/admin/users/${id}`, { active: false })).json.active).toBe(
      false,
    );
    expect((await leaving.get("/api/auth/session")).status).toBe(401);
  });

  it("an administrator cannot lock themselves out", async () => {
    const { client } = await adminOf();
    const me = (await client.get("/api/auth/session")).json.user;
    expect((await client.patch(`/api/admin/users/${me.id}`, { active: false })).status).toBe(400);
    const users = (await client.get("/api/admin/users")).json.users;
    const membershipId = users.find((u: { id: string }) => u.id === me.id).memberships[0].id;
    const res = await client.del(`/api/admin/users/${me.id}/memberships/${membershipId}`);
    expect(res.status).toBe(403);
    expect(res.json.code).toBe("own_roles");
  });

  it("audits who listed users", async () => {
    const { tenant, client } = await adminOf();
    await client.get("/api/admin/users?q=adm");
    const row = await t.db
      .selectFrom("audit_event")
      .selectAll()
      .where("tenant_id", "=", tenant.tenantId)
      .where("action", "=", "user.list")
      .executeTakeFirstOrThrow();
    expect(row.actor_user_id).toBeTruthy();
    expect(row.details).toMatchObject({ filtered: true });
  });
});

describe("tenant isolation", () => {
  it("two tenants never see or touch each other's rows", async () => {
    const a = await adminOf();
    const b = await adminOf();
    const bUnit = await b.tenant.addUnit("b-school", "school");
    const bUser = (await b.client.get("/api/admin/users")).json.users[0];

    const aStructure = (await a.client.get("/api/structure")).json;
    expect(aStructure.units.map((u: { id: string }) => u.id)).not.toContain(bUnit);
    expect(aStructure.organisations).toHaveLength(1);
    const aUsers = (await a.client.get("/api/admin/users")).json.users;
    expect(aUsers.map((u: { id: string }) => u.id)).not.toContain(bUser.id);

    expect(
      (await a.client.patch(`/api/admin/users/${bUser.id}`, { displayName: "X" })).status,
    ).toBe(404);
    expect((await a.client.patch(`/api/admin/units/${bUnit}`, { name: "X" })).status).toBe(404);
    // Another user of tenant a: an administrator's own roles are refused before anything else.
    const other = await a.tenant.addUser("other", []);
    const aUserId = (await a.client.get(`/api/admin/users?q=${other}`)).json.users[0].id as string;
    const cross = await a.client.post(`/api/admin/users/${aUserId}/memberships`, {
      unitId: bUnit,
      role: "principal",
    });
    expect(cross.status).toBe(400);
    const areaInB = await a.client.post("/api/admin/areas", {
      organisationId: b.tenant.organisationId,
      name: "Intrång",
    });
    expect(areaInB.status).toBe(400);
  });
});

describe("people of a unit", () => {
  it("lists a unit's active professionals with their roles, for professionals only", async () => {
    const tenant = await createTestTenant(t.db);
    const school = await tenant.addUnit("school", "school");
    await tenant.addUser("rektor", [["school", "principal"]]);
    const mentor = await loginAs(
      t.app,
      await tenant.addUser("mentor", [["school", "teacher_mentor"]]),
    );
    const res = await mentor.get(`/api/units/${school}/people`);
    expect(res.status).toBe(200);
    expect(res.json.people.map((p: { role: string }) => p.role).sort()).toEqual([
      "principal",
      "teacher_mentor",
    ]);
    const analyst = await loginAs(t.app, await tenant.addUser("analys", [["admin", "analyst"]]));
    expect((await analyst.get(`/api/units/${school}/people`)).status).toBe(403);
    const other = await createTestTenant(t.db);
    const stranger = await loginAs(t.app, await other.addUser("x", [["admin", "principal"]]));
    expect((await stranger.get(`/api/units/${school}/people`)).status).toBe(404);
  });
});
