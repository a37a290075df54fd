import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, createTestApp, loginAs } from "../support/test-app";
import { steeringWorld } from "./steering-world";

// GET /api/steering/indicators: who may read it, which areas they see, and bad input.
let t: TestApp;
let w: Awaited<ReturnType<typeof steeringWorld>>;
const URL = "/api/steering/indicators?from=2026-01-01&to=2026-12-31";

beforeAll(async () => {
  t = await createTestApp();
  w = await steeringWorld(t.db, ["Norr", "Söder"]);
});
afterAll(() => t.close());

describe("GET /api/steering/indicators", () => {
  it("gives an analyst every area with how each indicator is computed, and audits the read", async () => {
    const analyst = await loginAs(t.app, await w.tenant.addUser("analys", [["admin", "analyst"]]));
    const res = await analyst.get(URL);
    expect(res.status).toBe(200);
    expect(res.json.groups.map((g: { area: string | null }) => g.area)).toEqual([
      null,
      "Norr",
      "Söder",
    ]);
    const contact = res.json.definitions.find(
      (d: { id: string }) => d.id === "contact_within_deadline",
    );
    expect(contact.sv).toMatch(/7 dagar/);
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["action", "child_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "steering.indicators_read")
      .execute();
    expect(audit).toEqual([{ action: "steering.indicators_read", child_id: null }]);
  });

  it("gives an area's steering group that area only, the municipality's group everything", async () => {
    const area = await loginAs(
      t.app,
      await w.tenant.addUser("styr.norr", [["school-Norr", "steering_group"]]),
    );
    const res = await area.get(URL);
    expect(res.status).toBe(200);
    expect(res.json.groups.map((g: { area: string | null }) => g.area)).toEqual(["Norr"]);
    expect((await area.get(`${URL}&area=S%C3%B6der`)).status).toBe(404);
    const whole = await loginAs(
      t.app,
      await w.tenant.addUser("styr.kommun", [["admin", "steering_group"]]),
    );
    expect((await whole.get(URL)).json.groups).toHaveLength(3);
  });

  it("refuses people who work with children, and answers a reversed period with problem+json", async () => {
    const mentor = await loginAs(
      t.app,
      await w.tenant.addUser("mentor", [["school-Norr", "teacher_mentor"]]),
    );
    expect((await mentor.get(URL)).status).toBe(403);
    const analyst = await loginAs(t.app, await w.tenant.addUser("analys2", [["admin", "analyst"]]));
    const res = await analyst.get("/api/steering/indicators?from=2026-02-01&to=2026-01-01");
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.json.code).toBe("period_reversed");
    expect(
      (await analyst.get("/api/steering/indicators?from=2026-13-01&to=2026-12-31")).status,
    ).toBe(400);
  });
});

describe("GET /api/steering/indicators/:indicator/series", () => {
  it("gives each period's figure, the same as the overview's for that period", async () => {
    const analyst = await loginAs(t.app, await w.tenant.addUser("analys3", [["admin", "analyst"]]));
    const res = await analyst.get(
      "/api/steering/indicators/contact_within_deadline/series?size=term&to=2026-12-31&count=2",
    );
    expect(res.status).toBe(200);
    expect(res.json.definition.id).toBe("contact_within_deadline");
    expect(res.json.periods.map((p: { key: string }) => p.key)).toEqual(["2026-vt", "2026-ht"]);
    const overview = await analyst.get("/api/steering/indicators?from=2026-07-01&to=2026-12-31");
    const inOverview = overview.json.groups.map((g: { indicators: { id: string }[] }) =>
      g.indicators.find((i) => i.id === "contact_within_deadline"),
    );
    expect(res.json.periods[1].groups.map((g: { figure: unknown }) => g.figure)).toEqual(
      inOverview,
    );
  });

  it("answers an unknown indicator with 404 and a bad size with 400", async () => {
    const analyst = await loginAs(t.app, await w.tenant.addUser("analys4", [["admin", "analyst"]]));
    const unknown = await analyst.get("/api/steering/indicators/nope/series?to=2026-12-31");
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe("unknown_indicator");
    expect(
      (await analyst.get("/api/steering/indicators/nope/series?to=2026-12-31&size=week")).status,
    ).toBe(400);
  });
});

describe("GET /api/steering/export", () => {
  it("gives the overview as CSV and as a PDF, both audited reads of protected figures", async () => {
    const analyst = await loginAs(t.app, await w.tenant.addUser("analys5", [["admin", "analyst"]]));
    const csv = await t.app.inject({
      method: "GET",
      url: "/api/steering/export?from=2026-01-01&to=2026-06-30&format=csv",
      headers: { cookie: analyst.cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.body.startsWith("\uFEFFfrom;to;area;indicator;")).toBe(true);
    // No count of 1-4 in any numerator or denominator field.
    for (const line of csv.body.trim().split("\r\n").slice(1)) {
      const [, , , , numerator, denominator] = line.split(";");
      for (const n of [numerator, denominator])
        if (n) expect(Number(n) === 0 || Number(n) >= 5).toBe(true);
    }
    const pdf = await t.app.inject({
      method: "GET",
      url: "/api/steering/export?from=2026-01-01&to=2026-06-30&format=pdf",
      headers: { cookie: analyst.cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toMatch(/application\/pdf/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const bad = await analyst.get("/api/steering/export?from=2026-01-01&to=2026-06-30&format=doc");
    expect(bad.status).toBe(400);
  });
});
