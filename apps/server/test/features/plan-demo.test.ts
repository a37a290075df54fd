import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/demo/seed-demo";
import { DEMO_PASSWORD } from "../../src/demo/demo-structure";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db);
}, 120_000);
afterAll(() => t.close());

describe("demo plans", () => {
  it("hold plans in every state: draft, proposed, agreed, revised, followed up, handed over", async () => {
    const drafts = await t.db.selectFrom("plan_draft").select("status").execute();
    expect(drafts.map((d) => d.status).sort()).toEqual(["editing", "proposed"]);
    const versions = await t.db.selectFrom("plan_version").select(["plan_id", "number"]).execute();
    expect(Math.max(...versions.map((v) => v.number))).toBe(2);
    expect(await t.db.selectFrom("plan_follow_up").select("id").execute()).not.toHaveLength(0);
    const handovers = await t.db.selectFrom("plan_handover").select("status").execute();
    expect(handovers.map((h) => h.status)).toEqual(["accepted"]);
    // A case past network meeting 2 got there by an agreed plan, so every one of them has one.
    const withoutPlan = await t.db
      .selectFrom("cases as c")
      .select("c.stage")
      .where("c.stage", "in", ["interventions", "evaluation", "closed"])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("plan as p")
              .innerJoin("plan_version as v", "v.plan_id", "p.id")
              .select("v.number")
              .whereRef("p.case_id", "=", "c.id"),
          ),
        ),
      )
      .execute();
    expect(withoutPlan).toEqual([]);
  });

  it("puts an overdue action in the contact person's worklist and lets the receiving school read the plan", async () => {
    const plan = await t.db
      .selectFrom("plan_version as v")
      .innerJoin("plan as p", "p.id", "v.plan_id")
      .select("p.case_id")
      .where("v.number", "=", 2)
      .executeTakeFirstOrThrow();
    const nurse = await loginAs(t.app, "skolskoterska.teg", DEMO_PASSWORD);
    const items = (await nurse.get("/api/worklist")).json.items;
    expect(
      items.some(
        (i: { title: string; caseId: string }) =>
          i.caseId === plan.case_id && i.title.startsWith("Åtgärden ska följas upp"),
      ),
    ).toBe(true);
    const receiver = await loginAs(t.app, "rektor.ersboda", DEMO_PASSWORD);
    const detail = await receiver.get(`/api/cases/${plan.case_id}/plan`);
    expect(detail.status).toBe(200);
    expect(detail.json.versions).toHaveLength(2);
  });
});
