import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmDate } from "@kring/domain/cases";
import { caseWorld, step, type CaseWorld } from "../support/case-fixture";
import { type Client, createTestApp, loginAs, type TestApp } from "../support/test-app";

// Issue 22.2: early support before a case, seen by its recorder and the unit's early-support
// team only, and by a later case's network only when the family agreed (ADR 0041).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const today = () => stockholmDate(new Date());
const dayOffset = (days: number) =>
  new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function world() {
  const w = await caseWorld(t.db, t.app);
  await w.tenant.addUnit("ifo2", "social_services");
  const login = async (name: string, roles: [string, string][]) =>
    loginAs(t.app, await w.tenant.addUser(name, roles));
  const es = {
    advisor: await login("advisor", [["ifo", "parent_advisor"]]),
    advisor2: await login("advisor2", [["ifo", "parent_advisor"]]),
    elsewhere: await login("advisor3", [["ifo2", "parent_advisor"]]),
    admin: await login("admin", [["admin", "administrator"]]),
  };
  return { ...w, es };
}

const contact = (w: CaseWorld, extra: Record<string, unknown> = {}) => ({
  childId: w.childId,
  unitId: w.units.ifo,
  consent: { givenBy: "Mamma Anna", method: "oral", on: today() },
  about: "Oro för sömnen och stök hemma på kvällarna.",
  protectiveFactors: ["Fotboll två kvällar i veckan", "Nära mormor"],
  riskFactors: ["Frånvaro på morgnar"],
  agreed: "Föräldrasamtal varannan vecka.",
  followUpOn: dayOffset(3),
  note: "Första samtalet med mamma.",
  ...extra,
});

async function create(client: Client, body: unknown) {
  const res = await client.post("/api/early-support", body);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.id as string;
}

describe("early support without a case", () => {
  it("is seen by the recorder and the unit's early-support team, by no one else", async () => {
    const w = await world();
    const id = await create(w.es.advisor, contact(w));
    const detail = await w.es.advisor2.get(`/api/early-support/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.json).toMatchObject({
      childName: "Alva Testsson",
      recordedByName: "advisor",
      consent: { givenBy: "Mamma Anna", method: "oral" },
      riskFactors: ["Frånvaro på morgnar"],
      mayWrite: true,
      notes: [expect.objectContaining({ body: "Första samtalet med mamma." })],
    });
    expect((await w.es.advisor2.get("/api/early-support")).json.contacts).toEqual([
      expect.objectContaining({ id, status: "open" }),
    ]);
    // The social secretary beside the parent advisor, the child's mentor and principal, a parent
    // advisor of another unit, the intake roles and the administrator: none of them.
    for (const other of [
      w.as.social,
      w.as.mentor,
      w.as.principal,
      w.as.coordA,
      w.es.elsewhere,
      w.es.admin,
    ]) {
      expect((await other.get(`/api/early-support/${id}`)).status).toBe(404);
      expect((await other.patch(`/api/early-support/${id}`, { agreed: "x" })).status).toBe(404);
      const list = await other.get("/api/early-support");
      expect(list.json.contacts ?? []).toEqual([]);
    }
    // Reads are audited with the child's id in its own column.
    const reads = await t.db
      .selectFrom("audit_event")
      .select(["action", "child_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "in", ["early_support.read", "early_support.create"])
      .execute();
    expect(reads.every((r) => r.child_id === w.childId)).toBe(true);
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it("is recorded only in a unit where one is in the early-support team", async () => {
    const w = await world();
    expect(
      (await w.as.mentor.post("/api/early-support", contact(w, { unitId: w.units.school }))).status,
    ).toBe(403);
    expect(
      (await w.es.advisor.post("/api/early-support", contact(w, { unitId: w.units.school })))
        .status,
    ).toBe(403);
    expect(
      (await w.as.nurse.post("/api/early-support", contact(w, { unitId: w.units.eht }))).status,
    ).toBe(201);
    const bad = await w.es.advisor.post("/api/early-support", contact(w, { about: "" }));
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBeTruthy();
  });

  it("puts the follow-up in the recorder's worklist, overdue once the day has passed", async () => {
    const w = await world();
    const soon = await create(w.es.advisor, contact(w));
    const late = await create(w.es.advisor, contact(w, { followUpOn: dayOffset(-2) }));
    await create(w.es.advisor, contact(w, { followUpOn: dayOffset(30) }));
    const items = (await w.es.advisor.get("/api/worklist")).json.items.filter(
      (i: { kind: string }) => i.kind === "early_support",
    );
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          earlySupportId: soon,
          status: "due_soon",
          childName: "Alva Testsson",
        }),
        expect.objectContaining({ earlySupportId: late, status: "overdue" }),
      ]),
    );
    expect(items).toHaveLength(2);
    const team = (await w.es.advisor2.get("/api/worklist")).json.items;
    expect(team.filter((i: { kind: string }) => i.kind === "early_support")).toEqual([]);
    // Closed with a reason, it leaves the worklist and can no longer be changed.
    const close = await w.es.advisor.post(`/api/early-support/${late}/close`, {
      reason: "Familjen klarar sig nu.",
    });
    expect(close.status).toBe(204);
    const after = (await w.es.advisor.get("/api/worklist")).json.items;
    expect(after.filter((i: { kind: string }) => i.kind === "early_support")).toHaveLength(1);
    const note = await w.es.advisor.post(`/api/early-support/${late}/notes`, { body: "Till" });
    expect(note.status).toBe(409);
  });

  it("turns into a request that links it, read by the network only if the family agreed", async () => {
    const w = await world();
    const raise = async (contactId: string, share: boolean, agreedBy = "") =>
      w.es.advisor.post("/api/cases", {
        childId: w.childId,
        raisedByUnitId: w.units.ifo,
        concern: "Oro för sömnen (från tidigt stöd).",
        triedSoFar: "Föräldrasamtal varannan vecka.",
        acute: false,
        involvedUnitIds: [w.units.school],
        consent: {
          givenBy: [
            { kind: "guardian", guardianId: w.guardians[0] },
            { kind: "guardian", guardianId: w.guardians[1] },
          ],
          unitIds: [w.units.central, w.units.ifo],
          purpose: "Samordnat stöd",
          method: "oral",
          meeting: "Samtal med familjen",
        },
        earlySupport: { contactId, shareWithNetwork: share, agreedBy },
      });
    const kept = await create(w.es.advisor, contact(w));
    const shared = await create(w.es.advisor, contact(w));
    expect((await raise(shared, true)).status).toBe(400);
    const first = await raise(kept, false);
    expect(first.status).toBe(201);
    const second = await raise(shared, true, "Mamma Anna och pappa Erik");
    expect(second.status).toBe(201);
    // Someone else's contact cannot be linked.
    const foreign = await create(w.as.nurse, contact(w, { unitId: w.units.eht }));
    expect((await raise(foreign, false)).status).toBe(404);

    const linked = await w.es.advisor.get(`/api/early-support/${kept}`);
    expect(linked.json).toMatchObject({
      status: "request_raised",
      caseId: first.json.id,
      sharedWithNetwork: false,
    });
    expect((await w.es.advisor.get(`/api/early-support/${shared}`)).json.sharingAgreedBy).toBe(
      "Mamma Anna och pappa Erik",
    );

    // Both requests become cases whose network includes the central coordinators.
    for (const caseId of [first.json.id, second.json.id]) {
      expect((await step(w.es.advisor, caseId, { type: "submit" })).status).toBe(200);
      expect((await step(w.as.coordA, caseId, { type: "accept" })).status).toBe(200);
      const appointed = await step(w.as.coordA, caseId, {
        type: "appoint_coordinators",
        leadUserId: w.ids.coordA,
        documentingUserId: w.ids.coordB,
      });
      expect(appointed.status).toBe(200);
    }
    expect((await w.as.coordA.get(`/api/early-support/${kept}`)).status).toBe(404);
    const read = await w.as.coordA.get(`/api/early-support/${shared}`);
    expect(read.status).toBe(200);
    expect(read.json.mayWrite).toBe(false);
    expect((await w.as.coordA.patch(`/api/early-support/${shared}`, { agreed: "x" })).status).toBe(
      404,
    );
    // Not in the network's own list: that is the team's.
    expect((await w.as.coordA.get("/api/early-support")).json.contacts).toEqual([]);
    const audited = await t.db
      .selectFrom("audit_event")
      .select("details")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "early_support.read")
      .where("entity_id", "=", shared)
      .execute();
    expect(audited.map((a) => a.details.basis)).toContain("network_shared");
  });
});

describe("När du känner oro", () => {
  it("is read by every professional and edited by the administrator only", async () => {
    const w = await world();
    const first = await w.as.mentor.get("/api/concern-guide");
    expect(first.status).toBe(200);
    expect(first.json.isDefault).toBe(true);
    expect(first.json.texts.report).toMatch(/samma dag/);
    const texts = { ...first.json.texts, contacts: "Socialtjänsten Testkommun: 010-123 45 67" };
    expect((await w.as.mentor.request("PUT", "/api/admin/concern-guide", texts)).status).toBe(403);
    expect((await w.as.principal.request("PUT", "/api/admin/concern-guide", texts)).status).toBe(
      403,
    );
    const saved = await w.es.admin.request("PUT", "/api/admin/concern-guide", texts);
    expect(saved.status).toBe(200);
    const bad = await w.es.admin.request("PUT", "/api/admin/concern-guide", {
      ...texts,
      intro: "",
    });
    expect(bad.status).toBe(400);
    const again = await w.as.nurse.get("/api/concern-guide");
    expect(again.json).toEqual({ texts, isDefault: false });
    const guardian = await loginAs(t.app, await w.tenant.addUser("guardian", [], "guardian"));
    expect((await guardian.get("/api/concern-guide")).status).toBe(403);
  });
});
