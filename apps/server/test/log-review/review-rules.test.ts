import { stockholmDate } from "@kring/domain/cases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";
import { addChild, auditAs, logReviewWorld, ok, type LogReviewWorld } from "./log-review-world";

// The findings (issue #21), one rule at a time, and the tenant tuning them.

let t: TestApp;
let w: LogReviewWorld;
const today = stockholmDate(new Date());
const period = { from: today, to: today };
let protectedChild: string;
let busyReaderId: string;
let steadyReaderId: string;

type Finding = {
  rule: string;
  seq: number;
  actorUsername: string | null;
  childName: string | null;
  count: number;
  note: string | null;
};
const findings = async () =>
  (await ok(w.reviewer.post("/api/log-review/findings", period))).findings as Finding[];
const ofRule = (all: Finding[], rule: string) => all.filter((f) => f.rule === rule);

beforeAll(async () => {
  t = await createTestApp();
  w = await logReviewWorld(t.db, t.app);
  // Emergency access, and a read under it.
  expect(await w.grantEmergency()).toBe(204);
  await ok(w.as.bupPsych.get(`/api/cases/${w.caseId}`));
  // A refused attempt.
  expect((await w.as.analyst.get(`/api/cases/${w.caseId}`)).status).toBe(403);
  // A child with protected identity at the school, read by its mentor (a regular basis).
  protectedChild = (
    await addChild(t.db, w, "Skyddad", { protectedIdentity: true, unitId: w.units.school })
  ).id;
  await auditAs(t.db, w, w.ids.mentor, "child.read", protectedChild);
  await auditAs(t.db, w, w.ids.mentor, "child.read", protectedChild);
  // A teacher at another school reads a child of this one: no basis.
  await auditAs(t.db, w, w.otherTeacher.id, "child.read", w.childId);
  // One person at the school reads 21 different children of it at once, another 20.
  busyReaderId = w.ids.principal;
  const steady = await w.tenant.addUser("mentor2", [["school", "teacher_mentor"]]);
  steadyReaderId = (
    await t.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", steady)
      .executeTakeFirstOrThrow()
  ).id;
  const many = [];
  for (let i = 0; i < 21; i++)
    many.push((await addChild(t.db, w, `Barn${i}`, { unitId: w.units.school })).id);
  for (const id of many) await auditAs(t.db, w, busyReaderId, "child.read", id);
  for (const id of many.slice(0, 20)) await auditAs(t.db, w, steadyReaderId, "child.read", id);
}, 120_000);
afterAll(() => t.close());

describe("findings by the default rules", () => {
  it("lists emergency accesses with their category and the reads under them", async () => {
    const [grant] = ofRule(await findings(), "emergency");
    expect(grant).toMatchObject({
      childName: "Alva Testsson",
      note: "risk_to_life_or_health",
      count: 1,
    });
    expect(grant!.actorUsername).toMatch(/^bup\./);
  });

  it("lists reads of protected-identity children, per person and child", async () => {
    const found = ofRule(await findings(), "protected_identity");
    expect(found).toEqual([expect.objectContaining({ childName: "Skyddad Läsesson", count: 2 })]);
    expect(found[0]!.actorUsername).toMatch(/^mentor\./);
  });

  it("lists a person reading more than 20 different children within an hour, not 20", async () => {
    const found = ofRule(await findings(), "many_children");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ count: 21, note: "60 min" });
    expect(found[0]!.actorUsername).toMatch(/^principal\./);
  });

  it("lists accesses outside the person's units (no network, unit, intake or emergency)", async () => {
    const found = ofRule(await findings(), "outside_units");
    expect(found.map((f) => f.actorUsername)).toEqual([w.otherTeacher.username]);
    expect(found[0]).toMatchObject({ childName: "Alva Testsson", count: 1 });
  });

  it("lists refused attempts with the route and the refusal", async () => {
    const [refused] = ofRule(await findings(), "refused");
    expect(refused!.actorUsername).toMatch(/^analyst\./);
    expect(refused!.note).toBe("GET /api/cases/:id forbidden");
  });

  it("does not count the review's own reading as findings", async () => {
    await ok(
      w.reviewer.post("/api/log-review/child", { personalNumber: w.personalNumber, ...period }),
    );
    const all = await findings();
    expect(all.some((f) => f.actorUsername?.startsWith("granskare."))).toBe(false);
  });
});

describe("the tenant tunes the rules", () => {
  it("raises the threshold and turns rules off; the findings follow", async () => {
    const settings = await ok(w.admin.get("/api/log-review/settings"));
    const refusedBefore = ofRule(await findings(), "refused").length;
    expect(refusedBefore).toBeGreaterThan(0);
    expect(settings.rules.manyChildren).toEqual({
      enabled: true,
      threshold: 20,
      windowMinutes: 60,
    });
    await ok(
      w.admin.patch("/api/log-review/settings", {
        rules: {
          ...settings.rules,
          refused: false,
          manyChildren: { enabled: true, threshold: 19, windowMinutes: 30 },
        },
      }),
    );
    let all = await findings();
    expect(ofRule(all, "refused")).toEqual([]);
    expect(
      ofRule(all, "many_children")
        .map((f) => f.count)
        .sort(),
    ).toEqual([20, 21]);
    await ok(w.admin.patch("/api/log-review/settings", { rules: settings.rules }));
    all = await findings();
    expect(ofRule(all, "refused")).toHaveLength(refusedBefore);
    expect(ofRule(all, "many_children")).toHaveLength(1);
  });

  it("refuses a rule out of range with a clear problem", async () => {
    const settings = await ok(w.admin.get("/api/log-review/settings"));
    const res = await w.admin.patch("/api/log-review/settings", {
      rules: {
        ...settings.rules,
        manyChildren: { enabled: true, threshold: 0, windowMinutes: 60 },
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });
});
