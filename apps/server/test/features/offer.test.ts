import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseWorld } from "../support/case-fixture";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { completeContent, planWorld } from "./plan-world";

// Issue #22, items 1 and 3: the joint offer kept by the administrator and the offering unit,
// searched by need, age and area; a plan action chosen from it; leisure activities with consent,
// sessions and attendance, shown on the child's outcomes to those who may see the child.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const entry = (unitId: string, over: Record<string, unknown> = {}) => ({
  unitId,
  name: "Läxhjälp på fritidsgården",
  description: "Läxhjälp med mellanmål direkt efter skolan.",
  kind: "group",
  leisure: true,
  ageFrom: 10,
  ageTo: 15,
  needs: ["learning", "leisure"],
  areaId: null,
  howToGet: "Kom förbi, eller anmäl via fritidsledaren.",
  contact: "Fritidsgården, 010-123 45 67",
  ...over,
});

async function offerWorld() {
  const w = await caseWorld(t.db, t.app);
  const leisureUnit = await w.tenant.addUnit("fritid", "leisure");
  await w.tenant.addUnit("club", "voluntary_organisation");
  const as = {
    ...w.as,
    admin: await loginAs(t.app, await w.tenant.addUser("admin", [["admin", "administrator"]])),
    leader: await loginAs(t.app, await w.tenant.addUser("leader", [["fritid", "leisure_leader"]])),
    club: await loginAs(t.app, await w.tenant.addUser("club", [["club", "association_leader"]])),
  };
  return { ...w, leisureUnit, as };
}

async function auditActions(tenantId: string) {
  const rows = await t.db
    .selectFrom("audit_event")
    .select(["action", "child_id"])
    .where("tenant_id", "=", tenantId)
    .orderBy("seq")
    .execute();
  return rows;
}

describe("the joint offer", () => {
  it("is kept by the administrator and the offering unit's keepers, and refused to others", async () => {
    const w = await offerWorld();
    const byAdmin = await w.as.admin.post("/api/offer", entry(w.units.school, { leisure: false }));
    expect(byAdmin.status).toBe(201);
    const byLeader = await w.as.leader.post("/api/offer", entry(w.leisureUnit));
    expect(byLeader.status).toBe(201);
    // Not their unit, or not a keeper's role: refused, nothing written.
    expect((await w.as.leader.post("/api/offer", entry(w.units.school))).status).toBe(403);
    expect((await w.as.club.patch(`/api/offer/${byLeader.json.id}`, { name: "X" })).status).toBe(
      403,
    );
    expect((await w.as.mentor.post("/api/offer", entry(w.units.school))).status).toBe(403);
    expect(
      (await w.as.principal.patch(`/api/offer/${byAdmin.json.id}`, { ageTo: 12 })).status,
    ).toBe(204);
    const edited = await w.as.leader.patch(`/api/offer/${byLeader.json.id}`, {
      name: "Läxhjälp och mellanmål",
      ageFrom: 16,
    });
    expect(edited.status).toBe(400); // 16 is above the entry's ageTo 15
    expect(
      (await w.as.admin.patch(`/api/offer/${byLeader.json.id}`, { name: "Läxhjälp och mellanmål" }))
        .status,
    ).toBe(204);
    const detail = await w.as.mentor.get(`/api/offer/${byLeader.json.id}`);
    expect(detail.json).toMatchObject({ name: "Läxhjälp och mellanmål", mayEdit: false });
    const actions = (await auditActions(w.tenant.tenantId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["offer.create", "offer.update", "offer.read"]));
    // The need tags are the administrator's to set.
    const tags = { tags: [{ code: "learning", sv: "Lärande", en: "Learning" }] };
    expect((await w.as.leader.request("PUT", "/api/offer/needs", tags)).status).toBe(403);
    expect((await w.as.admin.request("PUT", "/api/offer/needs", tags)).status).toBe(200);
    expect((await w.as.mentor.get("/api/offer/needs")).json).toEqual(tags);
  });

  it("is found by need, age and area; an entry for the whole municipality matches every area", async () => {
    const w = await offerWorld();
    const area = await t.db
      .insertInto("area")
      .values({
        tenant_id: w.tenant.tenantId,
        organisation_id: w.tenant.organisationId,
        name: "Teg",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const other = await t.db
      .insertInto("area")
      .values({
        tenant_id: w.tenant.tenantId,
        organisation_id: w.tenant.organisationId,
        name: "Ersboda",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const add = (over: Record<string, unknown>) =>
      w.as.admin.post("/api/offer", entry(w.units.school, over));
    await add({ name: "Simskola", needs: ["physical_activity"], ageFrom: 6, ageTo: 9 });
    await add({
      name: "Läsgrupp Teg",
      needs: ["language"],
      areaId: area.id,
      ageFrom: 8,
      ageTo: 12,
    });
    await add({ name: "Föräldrastöd", needs: ["parenting"], ageFrom: null, ageTo: null });
    const names = async (query: string) =>
      ((await w.as.nurse.get(`/api/offer?${query}`)).json.entries as { name: string }[])
        .map((e) => e.name)
        .sort();
    expect(await names("need=language")).toEqual(["Läsgrupp Teg"]);
    expect(await names("age=7")).toEqual(["Föräldrastöd", "Simskola"]);
    expect(await names("age=11&need=language")).toEqual(["Läsgrupp Teg"]);
    expect(await names(`areaId=${other.id}`)).toEqual(["Föräldrastöd", "Simskola"]);
    expect(await names(`areaId=${area.id}`)).toEqual(["Föräldrastöd", "Läsgrupp Teg", "Simskola"]);
    expect(await names("q=sim")).toEqual(["Simskola"]);
    expect((await w.as.nurse.get("/api/offer?age=200")).status).toBe(400);
  });
});

describe("a plan action chosen from the offer", () => {
  it("stores the entry on the agreed action; an unknown entry is refused", async () => {
    const w = await planWorld(t.db, t.app);
    const admin = await loginAs(
      t.app,
      await w.tenant.addUser("admin", [["admin", "administrator"]]),
    );
    const created = await admin.post(
      "/api/offer",
      entry(w.units.bup, { name: "BUP-gruppbehandling" }),
    );
    const content = completeContent(w);
    const chosen = (offerEntryId: string) => {
      const c = structuredClone(content) as ReturnType<typeof completeContent> & {
        goals: { actions: { description: string; offerEntryId?: string }[] }[];
      };
      c.goals[0]!.actions[1]!.description = "BUP-gruppbehandling";
      c.goals[0]!.actions[1]!.offerEntryId = offerEntryId;
      return c;
    };
    const started = await w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`);
    const refused = await w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
      revision: started.json.revision,
      content: chosen("00000000-0000-4000-8000-000000000000"),
    });
    expect(refused.status).toBe(400);
    expect(await agreedPlanFrom(w, chosen(created.json.id), started.json.revision)).toBe(1);
    const action = await t.db
      .selectFrom("plan_action")
      .select(["description", "offer_entry_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("offer_entry_id", "is not", null)
      .executeTakeFirstOrThrow();
    expect(action).toEqual({ description: "BUP-gruppbehandling", offer_entry_id: created.json.id });
    const plan = await w.as.coordA.get(`/api/cases/${w.caseId}/plan`);
    expect(JSON.stringify(plan.json)).toContain(created.json.id);
  });
});

async function agreedPlanFrom(
  w: Awaited<ReturnType<typeof planWorld>>,
  content: ReturnType<typeof completeContent>,
  revision: number,
) {
  const saved = await w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, { revision, content });
  if (saved.status !== 200) throw new Error(JSON.stringify(saved.json));
  const result = await w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/agreements`, {
    revision: saved.json.revision,
    parties: w.guardians.map((guardianId) => ({ kind: "guardian", guardianId })),
  });
  return result.json.versionNumber as number;
}
