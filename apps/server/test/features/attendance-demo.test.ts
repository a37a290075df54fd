import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/demo/demo-structure";
import { seedDemo } from "../../src/demo/seed-demo";
import { verifyAuditLog } from "../../src/platform/audit/audit-verify";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db)).toBe(true);
}, 180_000);
afterAll(() => t.close());

describe("demo attendance", () => {
  it("has a term of attendance with pupils on every step of Danderyd's staircase", async () => {
    const steps = await t.db.selectFrom("attendance_pupil_state").select(["step"]).execute();
    expect([...new Set(steps.map((s) => s.step))].sort()).toEqual([0, 1, 2, 3, 4]);
    const days = await t.db.selectFrom("attendance_day").select("date").distinct().execute();
    expect(days.length).toBe(70);
  });

  it("shows the demo users their pupils, work and caseload", async () => {
    const mentor = await loginAs(t.app, "mentor.mariehem", DEMO_PASSWORD);
    const pupils = (await mentor.get("/api/attendance/pupils")).json.pupils;
    expect(pupils.length).toBeGreaterThan(2);
    const team = await loginAs(t.app, "narvaroteam", DEMO_PASSWORD);
    const caseload = (await team.get("/api/attendance/caseload")).json.pupils;
    expect(caseload.length).toBeGreaterThan(0);
    expect(caseload.every((p: any) => p.step === 4)).toBe(true);
    const principal = await loginAs(t.app, "rektor.mariehem", DEMO_PASSWORD);
    expect((await principal.get("/api/attendance/tasks")).json.tasks.length).toBeGreaterThan(0);
    // Their attendance duties are in "Mina uppgifter" too (issue 17.2): the mentor's calls and
    // staircase work, the principal's report to the organiser.
    const kinds = async (as: typeof mentor) =>
      ((await as.get("/api/worklist")).json.items as { kind: string; title: string }[]).filter(
        (i) => i.kind.startsWith("attendance_"),
      );
    const mentorDuties = await kinds(mentor);
    expect(mentorDuties.some((i) => i.kind === "attendance_notice")).toBe(true);
    expect(mentorDuties.some((i) => i.kind === "attendance_task")).toBe(true);
    expect(
      (await kinds(principal)).some((i) => i.title.startsWith("Anmäl frånvaron till huvudmannen")),
    ).toBe(true);
    const analyst = await loginAs(t.app, "analytiker", DEMO_PASSWORD);
    const stats = (await analyst.get("/api/attendance/statistics?by=area")).json.rows;
    // Small counts show as "fewer than 5": the areas' pupils are counted, no figure is 1-4.
    expect(stats.some((r: any) => typeof r.pupils === "number" && r.pupils >= 5)).toBe(true);
    const figures = stats.flatMap((r: any) => [r.pupils, r.over10, r.over15, r.over20]);
    expect(figures.some((f: unknown) => typeof f === "number" && f >= 1 && f <= 4)).toBe(false);
    expect((await verifyAuditLog(t.db)).problems).toEqual([]);
  });
});
