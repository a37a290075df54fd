import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVE_STAGES } from "@kring/domain/cases";
import { seedDemo } from "../../src/demo/seed-demo";
import { DEMO_PASSWORD } from "../../src/demo/demo-structure";
import { verifyAuditLog } from "../../src/platform/audit/audit-verify";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db)).toBe(true);
}, 120_000);
afterAll(() => t.close());

const caseOf = (concern: string) =>
  t.db
    .selectFrom("cases")
    .select(["id", "child_id"])
    .where("concern", "like", `${concern}%`)
    .executeTakeFirstOrThrow();

describe("demo outcome measurements", () => {
  it("shows a case followed for half a year: SDQ from each informant at three points, ORS and SRS", async () => {
    const c = await caseOf("Långvarig skolfrånvaro");
    const coordinator = await loginAs(t.app, "samordnare", DEMO_PASSWORD);
    const o = (await coordinator.get(`/api/children/${c.child_id}/outcomes`)).json;
    expect(o.sdq.length).toBeGreaterThanOrEqual(2);
    for (const series of o.sdq) expect(series.points).toHaveLength(3);
    const ors = o.ors[0].points;
    expect(ors.length).toBe(6);
    expect(ors[0].flagged).toBe(true);
    expect(ors.at(-1).flagged).toBe(false);
    expect(ors.some((p: any) => p.reliableChange === "improved")).toBe(true);
    expect(o.srs[0].points[0].flagged).toBe(true);
    const firstDay = new Date(ors[0].on).getTime();
    expect(Date.now() - firstDay).toBeGreaterThan(150 * 86_400_000);
  });

  it("leaves forms open in the family view, with placeholder wording, when the family's child has a running case", async () => {
    const running = await t.db
      .selectFrom("app_user as u")
      .innerJoin("guardian as g", "g.user_id", "u.id")
      .innerJoin("child_guardian as cg", "cg.guardian_id", "g.id")
      .innerJoin("cases as c", "c.child_id", "cg.child_id")
      .select("c.id")
      .where("u.username", "=", "vardnadshavare")
      .where("c.stage", "in", [...ACTIVE_STAGES])
      .executeTakeFirst();
    const guardian = await loginAs(t.app, "vardnadshavare", DEMO_PASSWORD);
    const list = (await guardian.get("/api/family/instruments")).json.requests;
    // The demo's cases are dealt to children in seeding order; the family may have none running.
    expect(list.length > 0).toBe(!!running);
    for (const request of list) {
      const form = (await guardian.get(`/api/family/instruments/${request.id}`)).json.form;
      expect(form).toMatchObject({ layout: "sdq", licensed: false, informant: "parent" });
    }
  });

  it("puts due and overdue measurements in the coordinator's worklist, and keeps the audit chain", async () => {
    const coordinator = await loginAs(t.app, "samordnare", DEMO_PASSWORD);
    const items = (await coordinator.get("/api/worklist")).json.items;
    expect(items.some((i: any) => /^(Skicka )?(SDQ|ORS|CORS|SRS|CSRS) /.test(i.title))).toBe(true);
    expect((await verifyAuditLog(t.db)).problems).toEqual([]);
  });
});
