import { sql } from "kysely";
import { ESKILSTUNA_STAIRCASE } from "@kring/domain/attendance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileInMemory } from "../../src/features/attendance/import/import-files";
import { importAttendance } from "../../src/features/attendance/import/import.service";
import {
  type AttendanceWorld,
  PRESENT,
  attendanceWorld,
  schoolDays,
  ss12000Bundle,
} from "../attendance/attendance-world";
import { createTestApp, createTestTenant, loginAs, type TestApp } from "../support/test-app";

let t: TestApp;
let w: AttendanceWorld;
const pupil: Record<string, string> = {};
const DAYS = schoolDays("2025-09-01", 40);
const truant = (d: number, n: number) => ({ valid: 0, invalid: d >= 5 ? [180, 120][n]! : 0 });

beforeAll(async () => {
  t = await createTestApp();
  w = await attendanceWorld(t.db, t.app);
  const saved = await w.as.admin.post("/api/attendance/staircases", {
    unitId: null,
    staircase: ESKILSTUNA_STAIRCASE,
  });
  expect(saved.status).toBe(200);
  const pupils = [
    { key: "a-present", school: "a" as const, pattern: PRESENT },
    { key: "a-truant", school: "a" as const, pattern: truant },
    { key: "b-present", school: "b" as const, pattern: PRESENT },
  ];
  const bundle = JSON.stringify(ss12000Bundle(w, pupils, DAYS));
  const result = await importAttendance(
    t.db,
    { tenantId: w.tenantId, userId: null, system: "test" },
    "ss12000",
    [fileInMemory("export.json", bundle)],
  );
  expect(result.status).toBe("succeeded");
  const children = await t.db
    .selectFrom("child")
    .select(["id", "given_name"])
    .where("tenant_id", "=", w.tenantId)
    .execute();
  const byName = Object.fromEntries(children.map((c) => [c.given_name, c.id]));
  Object.assign(pupil, { aPresent: byName.Elev0, aTruant: byName.Elev1, bPresent: byName.Elev2 });
}, 120_000);
afterAll(() => t.close());

const ids = (res: { json: any }) => res.json.pupils.map((p: any) => p.childId).sort();

describe("who sees attendance", () => {
  it("a mentor sees only their own groups, a principal only their school", async () => {
    expect(ids(await w.as.mentorA.get("/api/attendance/pupils"))).toEqual(
      [pupil.aPresent, pupil.aTruant].sort(),
    );
    expect(ids(await w.as.mentorB.get("/api/attendance/pupils"))).toEqual([pupil.bPresent]);
    expect(ids(await w.as.principalB.get("/api/attendance/pupils"))).toEqual([pupil.bPresent]);
    const list = (await w.as.principalA.get("/api/attendance/pupils")).json.pupils;
    expect(list[0]).toMatchObject({
      childId: pupil.aTruant,
      step: 3,
      topStep: true,
      groupNames: ["6A"],
      trend: "steady",
      recentPercent: 100,
    });
    expect(list[0].stepTitle).toBe(ESKILSTUNA_STAIRCASE.steps[2]!.title);
    expect((await w.as.mentorA.get(`/api/attendance/pupils/${pupil.bPresent}`)).status).toBe(403);
    expect((await w.as.principalB.get(`/api/attendance/pupils/${pupil.aTruant}`)).status).toBe(403);
  });

  it("the analyst sees aggregates only, with small groups suppressed", async () => {
    expect((await w.as.analyst.get("/api/attendance/pupils")).json.pupils).toEqual([]);
    expect((await w.as.analyst.get(`/api/attendance/pupils/${pupil.aTruant}`)).status).toBe(403);
    const stats = await w.as.analyst.get("/api/attendance/statistics?by=school");
    expect(stats.status).toBe(200);
    expect(stats.json.rows.length).toBeGreaterThan(0);
    // Two pupils at one school, one at the other: every figure is "fewer than 5" or 0.
    const figures = stats.json.rows.flatMap((r: any) => [r.pupils, r.over10, r.over15, r.over20]);
    expect(figures.every((f: unknown) => f === "fewer_than_5" || f === 0)).toBe(true);
    expect(stats.json.rows.every((r: any) => r.pupils === "fewer_than_5")).toBe(true);
    expect((await w.as.mentorA.get("/api/attendance/statistics")).status).toBe(403);
  });

  it("another tenant sees nothing", async () => {
    const other = await createTestTenant(t.db);
    await other.addUnit("school", "school");
    const principal = await loginAs(t.app, await other.addUser("p", [["school", "principal"]]));
    expect((await principal.get("/api/attendance/pupils")).json.pupils).toEqual([]);
    expect((await principal.get(`/api/attendance/pupils/${pupil.aTruant}`)).status).toBe(404);
  });

  it("the attendance team's caseload is the pupils on the last step", async () => {
    expect(ids(await w.as.team.get("/api/attendance/caseload"))).toEqual([pupil.aTruant]);
    expect((await w.as.mentorA.get("/api/attendance/caseload")).status).toBe(403);
    expect((await w.as.team.get(`/api/attendance/pupils/${pupil.aPresent}`)).status).toBe(403);
    const term = (await w.as.team.get(`/api/attendance/pupils/${pupil.aTruant}`)).json;
    expect(term).toMatchObject({ basis: "attendance_team", canEscalate: true });
    expect(term.place.history.map((h: any) => h.step)).toEqual([1, 2, 3]);
    expect(term.days).toHaveLength(40);
    expect(term.weeks).toHaveLength(8);
    expect(term.weeks[1]).toMatchObject({ scheduled: 1500, invalid: 1500, valid: 0 });
  });

  it("writes an audit event for every read of a pupil's attendance", async () => {
    await w.as.mentorA.get(`/api/attendance/pupils/${pupil.aTruant}`);
    const events = await t.db
      .selectFrom("audit_event")
      .select(["action", "child_id", "details"])
      .where("tenant_id", "=", w.tenantId)
      .where("action", "like", "attendance.%")
      .execute();
    const reads = events.filter((e) => e.action === "attendance.pupil_read");
    expect(reads.some((e) => e.child_id === pupil.aTruant && e.details.basis === "mentor")).toBe(
      true,
    );
    const lists = events.filter((e) => e.action === "attendance.list_mine");
    expect(lists.length).toBeGreaterThan(0);
    // A list is audited once per pupil shown, the pupil's id in its own column (ADR 0020).
    // (An empty list is recorded once, without a child.)
    expect(lists.some((e) => e.child_id !== null)).toBe(true);
    for (const e of lists) {
      expect(e.details).not.toHaveProperty("childIds");
      if (e.child_id === null) expect(e.details).toMatchObject({ pupils: 0 });
    }
    expect(events.some((e) => e.action === "attendance.import")).toBe(true);
    expect(events.some((e) => e.action === "attendance.staircase_save")).toBe(true);
  });
});

describe("the work the staircase creates", () => {
  it("lists the same-day notices for the mentor, who records the call", async () => {
    const notices = (await w.as.mentorA.get("/api/attendance/notices")).json.notices;
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n: any) => n.childId === pupil.aTruant)).toBe(true);
    expect(notices[0].guardians).toEqual([{ name: "Förälder1 Testsson", phone: "070-1" }]);
    const noticeAudit = await t.db
      .selectFrom("audit_event")
      .select(["child_id", "details"])
      .where("tenant_id", "=", w.tenantId)
      .where("action", "=", "attendance.notices_read")
      .execute();
    expect(noticeAudit.length).toBeGreaterThan(0);
    expect(noticeAudit.every((e) => e.child_id === pupil.aTruant)).toBe(true);
    const done = await w.as.mentorA.post("/api/attendance/notices", {
      childId: pupil.aTruant,
      date: notices[0].date,
    });
    expect(done.status).toBe(204);
    const after = (await w.as.mentorA.get("/api/attendance/notices")).json.notices;
    expect(after[0].notifiedAt).not.toBeNull();
    expect((await w.as.mentorB.get("/api/attendance/notices")).json.notices).toEqual([]);
    // A protected pupil: the mentor (no case, so not in the network) gets no phone number.
    await sql`update child set protected_identity = true where id = ${pupil.aTruant}`.execute(t.db);
    const hidden = (await w.as.mentorA.get("/api/attendance/notices")).json.notices;
    await sql`update child set protected_identity = false where id = ${pupil.aTruant}`.execute(
      t.db,
    );
    expect(hidden[0].guardians).toEqual([{ name: "Förälder1 Testsson", phone: null }]);
  });

  it("a protected pupil's school and class: shown to the pupil's own school, hidden from the attendance team", async () => {
    // ADR 0016: the rule is about people outside the child's school and network. The mentor and
    // principal are the school itself; the attendance team (not in the network) is outside.
    await sql`update child set protected_identity = true where id = ${pupil.aTruant}`.execute(t.db);
    try {
      const row = async (client: typeof w.as.team, url: string) =>
        (await client.get(url)).json.pupils.find((p: any) => p.childId === pupil.aTruant);
      expect(await row(w.as.mentorA, "/api/attendance/pupils")).toMatchObject({
        groupNames: ["6A"],
        whereaboutsHidden: false,
      });
      expect((await row(w.as.principalA, "/api/attendance/pupils")).schoolName).not.toBeNull();
      expect(await row(w.as.team, "/api/attendance/caseload")).toMatchObject({
        schoolName: null,
        groupNames: [],
        whereaboutsHidden: true,
      });
    } finally {
      await sql`update child set protected_identity = false where id = ${pupil.aTruant}`.execute(
        t.db,
      );
    }
    expect((await w.as.team.get("/api/attendance/caseload")).json.pupils[0]).toMatchObject({
      groupNames: ["6A"],
      whereaboutsHidden: false,
    });
  });

  it("gives each step's work to the right people, who mark it done", async () => {
    const mentorTasks = (await w.as.mentorA.get("/api/attendance/tasks")).json.tasks;
    expect(mentorTasks.map((x: any) => [x.step, x.actor])).toEqual([[1, "mentor"]]);
    const principalTasks = (await w.as.principalA.get("/api/attendance/tasks")).json.tasks;
    expect(principalTasks.map((x: any) => x.kind).sort()).toEqual([
      "report_to_organiser",
      "step_actions",
    ]);
    expect((await w.as.principalB.get("/api/attendance/tasks")).json.tasks).toEqual([]);
    const res = await w.as.mentorA.post(`/api/attendance/tasks/${mentorTasks[0].id}/done`);
    expect(res.status).toBe(204);
    expect((await w.as.mentorA.get("/api/attendance/tasks")).json.tasks).toEqual([]);
    expect(
      (await w.as.mentorB.post(`/api/attendance/tasks/${principalTasks[0].id}/done`)).status,
    ).toBe(404);
  });

  it("at the last step the attendance team records a report of concern or opens a case with consent", async () => {
    const refused = await w.as.team.post(
      `/api/attendance/pupils/${pupil.aPresent}/concern-report`,
      {
        summary: "Oro",
      },
    );
    expect(refused.status).toBe(403);
    const report = await w.as.team.post(`/api/attendance/pupils/${pupil.aTruant}/concern-report`, {
      summary: "Orosanmälan gjord till socialtjänsten efter lång frånvaro.",
    });
    expect(report.status).toBe(201);
    const guardians = await t.db
      .selectFrom("child_guardian")
      .select("guardian_id")
      .where("child_id", "=", pupil.aTruant!)
      .execute();
    const opened = await w.as.team.post(
      `/api/attendance/pupils/${pupil.aTruant}/collaboration-case`,
      {
        raisedByUnitId: w.units.team,
        concern: "Eleven har varit borta i flera veckor utan giltigt skäl.",
        involvedUnitIds: [w.units.a],
        consent: {
          givenBy: guardians.map((g) => ({ kind: "guardian", guardianId: g.guardian_id })),
          unitIds: [w.units.team, w.units.a],
          purpose: "Samordnat stöd för att eleven ska komma tillbaka till skolan",
          method: "oral",
          meeting: "Samtal med familjen",
        },
      },
    );
    expect(opened.status).toBe(201);
    // The team raised the request: it follows its status, not the case's content.
    expect((await w.as.team.get(`/api/cases/${opened.json.caseId}`)).json.code).toBe(
      "raiser_status_only",
    );
    const mine = (await w.as.team.get("/api/requests/mine")).json.requests;
    expect(mine.map((r: { id: string }) => r.id)).toContain(opened.json.caseId);
    const term = (await w.as.team.get(`/api/attendance/pupils/${pupil.aTruant}`)).json;
    // The team sees the guardians it needs to record consent, at the last step only.
    expect(term.guardians.map((g: { id: string }) => g.id).sort()).toEqual(
      guardians.map((g) => g.guardian_id).sort(),
    );
    expect(term.escalations.map((e: any) => e.kind)).toEqual([
      "concern_report",
      "collaboration_case",
    ]);
  });
});
