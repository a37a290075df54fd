import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmDate } from "@kring/domain/cases";
import { caseWorld, raiseRequest } from "../support/case-fixture";
import { freshPersonalNumber } from "../support/personal-numbers";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";

// Issue 22.4: the Barnets bästa lead's overview of an area: children with several units around
// them and no plan, named only where the access rules let the lead see the child (ADR 0041).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function world() {
  const w = await caseWorld(t.db, t.app);
  const area = await t.db
    .insertInto("area")
    .values({
      tenant_id: w.tenant.tenantId,
      organisation_id: w.tenant.organisationId,
      name: `Norr ${w.tenant.tenantId.slice(0, 6)}`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const school2 = await w.tenant.addUnit("school2", "school");
  const bvc = await w.tenant.addUnit("bvc", "child_health_care");
  await t.db
    .updateTable("unit")
    .set({ area_id: area.id })
    .where("id", "in", [w.units.school, school2, bvc])
    .execute();
  const login = async (name: string, roles: [string, string][]) =>
    loginAs(t.app, await w.tenant.addUser(name, roles));
  const lead = await login("lead", [["school", "childs_best_lead"]]);
  const advisor = await login("advisor", [["ifo", "parent_advisor"]]);
  const principal2 = await login("principal2", [["school2", "principal"]]);
  const nurse = await login("bvcnurse", [["bvc", "child_health_nurse"]]);
  // A second child at the other school of the area, whom the lead may not see.
  const other = await t.db
    .insertInto("child")
    .values({
      tenant_id: w.tenant.tenantId,
      personal_number: freshPersonalNumber("2015-05-05"),
      given_name: "Otto",
      family_name: "Annansson",
      birth_date: "2015-05-05",
      user_id: null,
      address: null,
      postal_code: null,
      city: null,
      phone: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("child_unit")
    .values({
      tenant_id: w.tenant.tenantId,
      child_id: other.id,
      unit_id: school2,
      from_date: "2025-08-15",
      to_date: null,
      school_year: 5,
    })
    .execute();
  return {
    ...w,
    area: area.id,
    school2,
    bvc,
    lead,
    advisor,
    principal2,
    nurse,
    otherChild: other.id,
  };
}

const earlySupport = (childId: string, unitId: string) => ({
  childId,
  unitId,
  consent: { givenBy: "Vårdnadshavare", method: "oral", on: stockholmDate(new Date()) },
  about: "Oro hemma.",
});

describe("the Barnets bästa lead's overview", () => {
  it("names the children the lead may see, counts the others, and asks a unit to start a plan", async () => {
    const w = await world();
    const overview = async () => {
      const res = await w.lead.get("/api/childs-best/overview");
      expect(res.status).toBe(200);
      return res.json.areas[0];
    };
    // Nothing around anyone yet.
    expect((await overview()).severalWithoutPlan).toEqual({ named: [], hiddenCount: 0 });

    // Alva: early support in social services and a request from the school naming student health.
    expect(
      (await w.advisor.post("/api/early-support", earlySupport(w.childId, w.units.ifo))).status,
    ).toBe(201);
    await raiseRequest(w, [w.units.central]);
    // Otto: early support and a request from his school: two units, but the lead may not see him.
    expect(
      (await w.advisor.post("/api/early-support", earlySupport(w.otherChild, w.units.ifo))).status,
    ).toBe(201);
    const ottoRequest = await w.principal2.post("/api/cases", {
      childId: w.otherChild,
      raisedByUnitId: w.school2,
      concern: "Otto är ofta ledsen.",
      acute: false,
    });
    expect(ottoRequest.status).toBe(201);

    const area = await overview();
    expect(area.severalWithoutPlan.hiddenCount).toBe(1);
    expect(area.severalWithoutPlan.named).toEqual([
      expect.objectContaining({
        childId: w.childId,
        childName: "Alva Testsson",
        earlySupport: true,
        request: true,
        involvedCount: 3,
        askedUnitName: null,
      }),
    ]);
    expect(JSON.stringify(area)).not.toContain("Otto");
    const units = area.severalWithoutPlan.named[0].units.map((u: { id: string }) => u.id);
    expect(units).toEqual(expect.arrayContaining([w.units.school, w.units.ifo, w.units.eht]));
    // Named children are audited one by one.
    const audited = await t.db
      .selectFrom("audit_event")
      .select("child_id")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "childs_best.overview")
      .execute();
    expect(audited.map((a) => a.child_id)).toContain(w.childId);
    expect(audited.map((a) => a.child_id)).not.toContain(w.otherChild);

    // Only the lead asks; only for a child the lead sees; only a unit around the child.
    const ask = { childId: w.childId, unitId: w.units.school, note: "Flera aktörer, ingen plan." };
    expect((await w.as.principal.post("/api/childs-best/plan-asks", ask)).status).toBe(403);
    expect(
      (
        await w.lead.post("/api/childs-best/plan-asks", {
          ...ask,
          childId: w.otherChild,
          unitId: w.school2,
        })
      ).status,
    ).toBe(404);
    expect(
      (await w.lead.post("/api/childs-best/plan-asks", { ...ask, unitId: w.units.bup })).status,
    ).toBe(400);
    expect((await w.lead.post("/api/childs-best/plan-asks", ask)).status).toBe(201);
    expect((await w.lead.post("/api/childs-best/plan-asks", ask)).status).toBe(409);
    expect((await overview()).severalWithoutPlan.named[0].askedUnitName).toMatch(/^school /);

    // It waits in the school's worklist, on its principal, not on its teachers.
    const asks = async (client: typeof w.lead) =>
      (await client.get("/api/worklist")).json.items.filter(
        (i: { kind: string }) => i.kind === "plan_start_ask",
      );
    expect(await asks(w.as.principal)).toEqual([
      expect.objectContaining({ childId: w.childId, childName: "Alva Testsson" }),
    ]);
    expect(await asks(w.as.mentor)).toEqual([]);
    expect(await asks(w.principal2)).toEqual([]);
    // A unit without a principal (child health care): everyone there at work with children.
    await t.db
      .insertInto("child_unit")
      .values({
        tenant_id: w.tenant.tenantId,
        child_id: w.childId,
        unit_id: w.bvc,
        from_date: "2014-04-01",
        to_date: null,
        school_year: null,
      })
      .execute();
    expect(
      (await w.lead.post("/api/childs-best/plan-asks", { ...ask, unitId: w.bvc })).status,
    ).toBe(201);
    expect(await asks(w.nurse)).toHaveLength(1);

    // The school raises a request for the child: the school's ask is answered.
    const raised = await w.as.principal.post("/api/cases", {
      childId: w.childId,
      raisedByUnitId: w.units.school,
      concern: "Barnets plan behövs: flera aktörer runt Alva.",
      acute: false,
    });
    expect(raised.status).toBe(201);
    expect(await asks(w.as.principal)).toEqual([]);
    expect(await asks(w.nurse)).toHaveLength(1);
  });

  it("is the lead's alone, within the lead's areas", async () => {
    const w = await world();
    for (const client of [w.as.principal, w.as.coordA, w.advisor])
      expect((await client.get("/api/childs-best/overview")).status).toBe(403);
    const chosen = await w.lead.get(`/api/childs-best/overview?areaId=${w.area}`);
    expect(chosen.json.areas).toHaveLength(1);
    const elsewhere = await t.db
      .insertInto("area")
      .values({
        tenant_id: w.tenant.tenantId,
        organisation_id: w.tenant.organisationId,
        name: `Syd ${w.tenant.tenantId.slice(0, 6)}`,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect((await w.lead.get(`/api/childs-best/overview?areaId=${elsewhere.id}`)).status).toBe(403);
  });
});
