import { sql } from "kysely";
import { makePersonalNumber } from "@kring/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ CHILD_SEARCH_RATE_PER_MINUTE: "12" });
});
afterAll(() => t.close());

/** Another child, at a unit of its own (none of the world's users works there). */
async function addChild(w: CaseWorld, given: string, family: string, unitId?: string) {
  const birth = "2015-06-01";
  const child = await t.db
    .insertInto("child")
    .values({
      tenant_id: w.tenant.tenantId,
      personal_number: makePersonalNumber(birth, 100 + Math.floor(Math.random() * 899)),
      given_name: given,
      family_name: family,
      birth_date: birth,
      address: "Gömd väg 3",
      postal_code: null,
      city: null,
      phone: null,
      user_id: null,
    })
    .returning(["id", "personal_number"])
    .executeTakeFirstOrThrow();
  const unit = unitId ?? (await w.tenant.addUnit(`other-${given}`, "school"));
  await t.db
    .insertInto("child_unit")
    .values({
      tenant_id: w.tenant.tenantId,
      child_id: child.id,
      unit_id: unit,
      from_date: "2025-08-15",
      to_date: null,
      school_year: 4,
    })
    .execute();
  return child;
}

const ids = (res: { json: { children: { id: string }[] } }) => res.json.children.map((c) => c.id);

describe("finding a child on need to know", () => {
  it("by name a mentor finds the children of their own school, any part, any case or accent", async () => {
    const w = await caseWorld(t.db, t.app);
    const own = await addChild(w, "Ñúñez", "Öberg-Ström Lindqvist", w.units.school);
    const elsewhere = await addChild(w, "Nunez", "Lindqvist");
    for (const q of ["lindqvist", "LINDQ", "ström", "strom", "oberg", "nunez lind"]) {
      const res = await w.as.mentor.post("/api/children/search", { q });
      expect(ids(res), q).toEqual([own.id]);
    }
    // The intake roles receive requests from everywhere: they find both.
    const social = await w.as.social.post("/api/children/search", { q: "Lindqvist" });
    expect(ids(social).sort()).toEqual([own.id, elsewhere.id].sort());
  });

  it("'%' and '_' are letters, not wildcards", async () => {
    const w = await caseWorld(t.db, t.app);
    for (const q of ["%%", "_%", "a%", "%a", "__"]) {
      const res = await w.as.social.post("/api/children/search", { q });
      expect(res.status, q).toBe(200);
      expect(res.json.children, q).toEqual([]);
    }
  });

  it("by full number anyone learns only that the child exists: name and birth year", async () => {
    const w = await caseWorld(t.db, t.app);
    const elsewhere = await addChild(w, "Nils", "Utanför");
    const pn = elsewhere.personal_number;
    expect(
      (await w.as.mentor.post("/api/children/search", { q: "Utanför" })).json.children,
    ).toEqual([]);
    for (const q of [pn, `${pn.slice(2, 8)}-${pn.slice(8)}`, pn.slice(2)]) {
      const res = await w.as.mentor.post("/api/children/search", { q });
      expect(res.json.children, q).toEqual([
        {
          found: "existence",
          id: elsewhere.id,
          givenName: "Nils",
          familyName: "Utanför",
          birthYear: 2015,
        },
      ]);
    }
    // Within their scope the number tells the mentor everything the name would.
    const ownPn = (await w.as.social.post("/api/children/search", { q: "Alva Testsson" })).json
      .children[0].personalNumber as string;
    const own = await w.as.mentor.post("/api/children/search", { q: ownPn.slice(2) });
    expect(own.json.children[0]).toMatchObject({
      found: "full",
      id: w.childId,
      currentUnits: [{ schoolYear: 6 }],
    });
    // A partial number is no number.
    const partial = await w.as.mentor.post("/api/children/search", { q: pn.slice(2, 8) });
    expect(partial.status).toBe(400);
    expect(partial.json.code).toBe("invalid_personal_number");
  });

  it("a protected child's units are hidden from everyone but intake and the network", async () => {
    const w = await caseWorld(t.db, t.app);
    await sql`update child set protected_identity = true where id = ${w.childId}`.execute(t.db);
    const [asMentor] = (await w.as.mentor.post("/api/children/search", { q: "Alva" })).json
      .children;
    expect(asMentor).toMatchObject({
      protectedIdentity: true,
      whereaboutsHidden: true,
      currentUnits: [],
    });
    const [asSocial] = (await w.as.social.post("/api/children/search", { q: "Alva" })).json
      .children;
    expect(asSocial).toMatchObject({ whereaboutsHidden: false, currentUnits: [{ schoolYear: 6 }] });
  });

  it("every search is audited, each returned child in its own entry", async () => {
    const w = await caseWorld(t.db, t.app);
    await w.as.mentor.post("/api/children/search", { q: "Alva" });
    await w.as.mentor.post("/api/children/search", { q: "Ingen Alls" });
    const entries = await t.db
      .selectFrom("audit_event")
      .select(["child_id", "details"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "child.search")
      .where("actor_user_id", "=", w.ids.mentor)
      .orderBy("seq")
      .execute();
    expect(entries.map((e) => e.child_id)).toEqual([w.childId, null]);
    expect(entries[1]!.details).toMatchObject({ found: 0 });
  });

  it("searches are limited per user and minute (429 problem+json), others unaffected", async () => {
    const w = await caseWorld(t.db, t.app);
    const statuses = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await w.as.nurse.post("/api/children/search", { q: "Alva" })).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await w.as.nurse.post("/api/children/search", { q: "Alva" });
    expect(refused.status).toBe(429);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect((await w.as.mentor.post("/api/children/search", { q: "Alva" })).status).toBe(200);
  });
});
