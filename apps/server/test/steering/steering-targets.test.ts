import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp, loginAs } from "../support/test-app";
import { steeringWorld } from "./steering-world";

// Targets per indicator: the steering group sets them (for its areas, or everything when it is
// the municipality's group), analysts and steering groups read them, everyone else is refused.
let t: TestApp;
let w: Awaited<ReturnType<typeof steeringWorld>>;
const PATH = "/api/steering/targets";

beforeAll(async () => {
  t = await createTestApp();
  w = await steeringWorld(t.db, ["Norr", "Söder"]);
});
afterAll(() => t.close());

describe("steering targets", () => {
  it("lets the municipality's steering group set, replace and remove targets, audited", async () => {
    const group = await loginAs(
      t.app,
      await w.tenant.addUser("styr.kommun", [["admin", "steering_group"]]),
    );
    const put = (indicator: string, body: unknown) =>
      group.request("PUT", `${PATH}/${indicator}`, body);
    expect(
      (await put("contact_within_deadline", { area: null, target: 0.9, amber: 0.8 })).status,
    ).toBe(204);
    expect(
      (await put("contact_within_deadline", { area: null, target: 0.95, amber: 0.85 })).status,
    ).toBe(204);
    expect((await put("contact_within_deadline", { area: "Norr", target: 0.9 })).status).toBe(204);
    expect(
      (await put("lead_request_to_assessment_median", { area: null, target: 7, amber: 14 })).status,
    ).toBe(204);
    const list = await group.get(PATH);
    expect(list.status).toBe(200);
    expect(list.json.targets).toEqual([
      { indicator: "contact_within_deadline", area: "Norr", target: 0.9, amber: null },
      { indicator: "contact_within_deadline", area: null, target: 0.95, amber: 0.85 },
      { indicator: "lead_request_to_assessment_median", area: null, target: 7, amber: 14 },
    ]);
    expect((await put("contact_within_deadline", { area: "Norr", target: null })).status).toBe(204);
    expect((await group.get(PATH)).json.targets).toHaveLength(2);
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("entity_type", "=", "steering_target")
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "steering.target_removed",
      "steering.target_set",
      "steering.target_set",
      "steering.target_set",
      "steering.target_set",
    ]);
  });

  it("lets an area's group set its own area only, and analysts only read", async () => {
    const norr = await loginAs(
      t.app,
      await w.tenant.addUser("styr.norr", [["school-Norr", "steering_group"]]),
    );
    expect(
      (await norr.request("PUT", `${PATH}/sip_within_30_days`, { area: "Norr", target: 0.8 }))
        .status,
    ).toBe(204);
    expect(
      (await norr.request("PUT", `${PATH}/sip_within_30_days`, { area: "Söder", target: 0.8 }))
        .status,
    ).toBe(403);
    expect(
      (await norr.request("PUT", `${PATH}/sip_within_30_days`, { area: null, target: 0.8 })).status,
    ).toBe(403);
    // It sees its own area's targets, not the municipality's.
    const seen = (await norr.get(PATH)).json.targets as { area: string | null }[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.area === "Norr")).toBe(true);
    const analyst = await loginAs(t.app, await w.tenant.addUser("analys", [["admin", "analyst"]]));
    expect((await analyst.get(PATH)).status).toBe(200);
    expect(
      (await analyst.request("PUT", `${PATH}/sip_within_30_days`, { area: null, target: 0.8 }))
        .status,
    ).toBe(403);
    const mentor = await loginAs(
      t.app,
      await w.tenant.addUser("mentor", [["school-Norr", "teacher_mentor"]]),
    );
    expect((await mentor.get(PATH)).status).toBe(403);
  });

  it("answers bad targets with problem+json", async () => {
    const group = await loginAs(
      t.app,
      await w.tenant.addUser("styr.kommun2", [["admin", "steering_group"]]),
    );
    const put = (indicator: string, body: unknown) =>
      group.request("PUT", `${PATH}/${indicator}`, body);
    const share = await put("contact_within_deadline", { area: null, target: 90 });
    expect(share.status).toBe(400);
    expect(share.headers["content-type"]).toMatch(/problem\+json/);
    expect(share.json.code).toBe("target_out_of_range");
    expect(
      (await put("contact_within_deadline", { area: null, target: 0.8, amber: 0.9 })).json.code,
    ).toBe("amber_not_below_target");
    expect(
      (await put("lead_plan_to_closure_median", { area: null, target: 30, amber: 20 })).status,
    ).toBe(400);
    expect((await put("nope", { area: null, target: 1 })).status).toBe(404);
    expect((await put("sip_within_30_days", { area: "Väst", target: 0.5 })).status).toBe(404);
    expect((await put("sip_within_30_days", { area: null, target: "hög" })).status).toBe(400);
  });
});
