import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, loginAs, type Client, type TestApp } from "../support/test-app";
import { logReviewWorld, ok, type LogReviewWorld } from "./log-review-world";

// The family sees who read (issue #21): professionals and units, what, when; emergency access
// with its reason category; the child's own account from the tenant's age.

let t: TestApp;
let w: LogReviewWorld;
let guardian: Client;
let child: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await logReviewWorld(t.db, t.app);
  const guardianName = await w.tenant.addUser("vardnadshavare", [], "guardian");
  const childName = await w.tenant.addUser("barnet", [], "child");
  const idOf = async (username: string) =>
    (
      await t.db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", username)
        .executeTakeFirstOrThrow()
    ).id;
  await t.db
    .updateTable("guardian")
    .set({ user_id: await idOf(guardianName) })
    .where("id", "=", w.guardians[0]!)
    .execute();
  await t.db
    .updateTable("child")
    .set({ user_id: await idOf(childName) })
    .where("id", "=", w.childId)
    .execute();
  guardian = await loginAs(t.app, guardianName);
  child = await loginAs(t.app, childName);
  await ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
  await ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
  expect(await w.grantEmergency()).toBe(204);
  await ok(w.as.bupPsych.get(`/api/cases/${w.caseId}`));
}, 120_000);
afterAll(() => t.close());

type Read = {
  kind: string;
  name: string;
  role: string | null;
  unit: string | null;
  times: number;
  emergencyCategory: string | null;
};

describe("who read, for the family", () => {
  it("lists the professionals who opened the case, with their unit, once a day each", async () => {
    const view = await ok(guardian.get(`/api/family/children/${w.childId}/reads`));
    expect(view.shown).toBe(true);
    const reads = view.reads as Read[];
    const coord = reads.filter((r) => r.name === "coordA" && r.kind === "case");
    expect(coord).toHaveLength(1);
    expect(coord[0]!.times).toBeGreaterThanOrEqual(2);
    expect(coord[0]).toMatchObject({ role: "central_coordinator", emergencyCategory: null });
    expect(coord[0]!.unit).toMatch(/^central /);
    // The family's own reading and the refused attempts are not "who read".
    expect(reads.every((r) => !["vardnadshavare", "barnet", "analyst"].includes(r.name))).toBe(
      true,
    );
  });

  it("shows emergency access with its reason category", async () => {
    const reads = (await ok(guardian.get(`/api/family/children/${w.childId}/reads`)))
      .reads as Read[];
    expect(reads.find((r) => r.name === "bup" && r.kind === "emergency")).toMatchObject({
      emergencyCategory: "risk_to_life_or_health",
    });
    expect(reads.find((r) => r.name === "bup" && r.kind === "case")).toMatchObject({
      emergencyCategory: "risk_to_life_or_health",
    });
  });

  it("shows the child from the tenant's age (12-year-old: not by default, yes from 12)", async () => {
    expect(await ok(child.get(`/api/family/children/${w.childId}/reads`))).toEqual({
      shown: false,
      fromAge: 13,
      reads: [],
    });
    await ok(w.admin.patch("/api/log-review/settings", { childSeesReadsFromAge: 12 }));
    const view = await ok(child.get(`/api/family/children/${w.childId}/reads`));
    expect(view.shown).toBe(true);
    expect(view.reads.length).toBeGreaterThan(0);
  });

  it("is the family's own child only, and audited", async () => {
    expect((await w.as.coordA.get(`/api/family/children/${w.childId}/reads`)).status).toBe(403);
    const entry = await t.db
      .selectFrom("audit_event")
      .select("child_id")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "family.reads_list")
      .executeTakeFirstOrThrow();
    expect(entry.child_id).toBe(w.childId);
  });
});
