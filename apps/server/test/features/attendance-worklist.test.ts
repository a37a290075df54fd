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
import { createTestApp, type TestApp } from "../support/test-app";

// Issue 17.2: every duty of a person is in one worklist, attendance duties too, and marking one
// done can carry a note that is stored, audited and shown.

let t: TestApp;
let w: AttendanceWorld;
let truant: string;
const DAYS = schoolDays("2025-09-01", 40);
const pattern = (d: number, n: number) => ({ valid: 0, invalid: d >= 5 ? [180, 120][n]! : 0 });

beforeAll(async () => {
  t = await createTestApp();
  w = await attendanceWorld(t.db, t.app);
  await w.as.admin.post("/api/attendance/staircases", {
    unitId: null,
    staircase: ESKILSTUNA_STAIRCASE,
  });
  const pupils = [
    { key: "a-present", school: "a" as const, pattern: PRESENT },
    { key: "a-truant", school: "a" as const, pattern },
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
  truant = (
    await t.db
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", w.tenantId)
      .where("given_name", "=", "Elev1")
      .executeTakeFirstOrThrow()
  ).id;
}, 120_000);
afterAll(() => t.close());

type Item = { kind: string; childId?: string; taskId?: string; title: string; titleEn: string };
const worklistOf = async (as: AttendanceWorld["as"]["mentorA"]) =>
  ((await as.get("/api/worklist")).json.items as Item[]).filter((i) =>
    i.kind.startsWith("attendance_"),
  );

describe("attendance duties in Mina uppgifter", () => {
  it("gives the mentor the staircase task and the unsent same-day notices, in both languages", async () => {
    const items = await worklistOf(w.as.mentorA);
    const tasks = items.filter((i) => i.kind === "attendance_task");
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      childId: truant,
      title: `Närvarotrappan steg 1: ${ESKILSTUNA_STAIRCASE.steps[0]!.title}`,
      titleEn: `Attendance staircase step 1: ${ESKILSTUNA_STAIRCASE.steps[0]!.title}`,
      status: "overdue",
    });
    const notices = items.filter((i) => i.kind === "attendance_notice");
    expect(notices.length).toBeGreaterThan(0);
    expect(notices[0]).toMatchObject({
      childId: truant,
      title: "Meddela vårdnadshavarna om ogiltig frånvaro samma dag",
      titleEn: "Tell the guardians about unexcused absence the same day",
    });
    // Another school's mentor has none of these pupils' duties.
    expect(await worklistOf(w.as.mentorB)).toEqual([]);
  });

  it("gives the principal the overdue report to the organiser (Skollagen 7:19 a), not other schools'", async () => {
    const items = await worklistOf(w.as.principalA);
    const report = items.find((i) => i.title.startsWith("Anmäl frånvaron"));
    expect(report).toMatchObject({
      kind: "attendance_task",
      childId: truant,
      title: "Anmäl frånvaron till huvudmannen (skollagen 7 kap. 19 a §)",
      titleEn:
        "Report the absence to the school organiser (Education Act, chapter 7, section 19 a)",
      status: "overdue",
    });
    // The principal makes no same-day calls: those are the mentor's.
    expect(items.some((i) => i.kind === "attendance_notice")).toBe(false);
    expect(await worklistOf(w.as.principalB)).toEqual([]);
    const audit = await t.db
      .selectFrom("audit_event")
      .select("child_id")
      .where("tenant_id", "=", w.tenantId)
      .where("action", "=", "worklist.read")
      .execute();
    expect(audit.some((a) => a.child_id === truant)).toBe(true);
  });

  it("marks a task done with a note: gone from the worklist, the note on the pupil's page, audited without its text", async () => {
    const report = (await worklistOf(w.as.principalA)).find((i) =>
      i.title.startsWith("Anmäl frånvaron"),
    )!;
    const tooLong = await w.as.principalA.post(`/api/attendance/tasks/${report.taskId}/done`, {
      note: "x".repeat(1001),
    });
    expect(tooLong.status).toBe(400);
    const note = "Anmält till förvaltningen per e-post";
    const done = await w.as.principalA.post(`/api/attendance/tasks/${report.taskId}/done`, {
      note,
    });
    expect(done.status).toBe(204);
    const after = await worklistOf(w.as.principalA);
    expect(after.some((i) => i.taskId === report.taskId)).toBe(false);
    const term = (await w.as.principalA.get(`/api/attendance/pupils/${truant}`)).json;
    const shown = term.tasks.find((x: any) => x.id === report.taskId);
    expect(shown).toMatchObject({ status: "done", doneNote: note });
    expect(shown.doneAt).toEqual(expect.any(String));
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["details", "child_id"])
      .where("tenant_id", "=", w.tenantId)
      .where("action", "=", "attendance.task_done")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ child_id: truant, details: { withNote: true } });
    expect(JSON.stringify(audit.details)).not.toContain("förvaltningen");
  });

  it("marks a same-day notice given with a note, shown in the mentor's notice list", async () => {
    const notice = (await worklistOf(w.as.mentorA)).find((i) => i.kind === "attendance_notice")!;
    const date = (notice as unknown as { dueDate: string }).dueDate;
    const res = await w.as.mentorA.post("/api/attendance/notices", {
      childId: truant,
      date,
      note: "Pratade med mamma, eleven är sjuk",
    });
    expect(res.status).toBe(204);
    const list = (await w.as.mentorA.get("/api/attendance/notices")).json.notices;
    expect(list.find((n: any) => n.date === date)).toMatchObject({
      note: "Pratade med mamma, eleven är sjuk",
    });
    const after = await worklistOf(w.as.mentorA);
    expect(
      after.some(
        (i) =>
          i.kind === "attendance_notice" && (i as unknown as { dueDate: string }).dueDate === date,
      ),
    ).toBe(false);
  });
});
