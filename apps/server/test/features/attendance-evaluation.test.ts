import { ESKILSTUNA_STAIRCASE } from "@kring/domain/attendance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateAttendance } from "../../src/features/attendance/evaluation/evaluation.service";
import { fileInMemory } from "../../src/features/attendance/import/import-files";
import { importAttendance } from "../../src/features/attendance/import/import.service";
import { saveStaircase } from "../../src/features/attendance/staircase/staircase.service";
import {
  type AttendanceWorld,
  PRESENT,
  type PupilSpec,
  actorOf,
  attendanceWorld,
  schoolDays,
  ss12000Bundle,
} from "../attendance/attendance-world";
import { createTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAYS = schoolDays("2025-09-01", 40);
const system = (tenantId: string) => ({ tenantId, userId: null, system: "test" });

/** Away the whole day, without valid reason, from the given school day on. */
const truantFrom = (first: number) => (d: number, n: number) => ({
  valid: 0,
  invalid: d >= first ? [180, 120][n]! : 0,
});

async function importDays(w: AttendanceWorld, pupils: PupilSpec[], days: string[]) {
  const bundle = JSON.stringify(ss12000Bundle(w, pupils, days));
  return importAttendance(t.db, system(w.tenantId), "ss12000", [fileInMemory("e.json", bundle)]);
}

/** A pupil's stored place, with "evaluated through" taken from its progress row. */
async function stateOf(w: AttendanceWorld, givenName: string) {
  const row = await t.db
    .selectFrom("attendance_pupil_state as s")
    .innerJoin("attendance_progress as g", "g.child_id", "s.child_id")
    .innerJoin("child as c", "c.id", "s.child_id")
    .select(["s.step", "s.top_step", "s.state", "g.evaluated_through as last_evaluated"])
    .where("s.tenant_id", "=", w.tenantId)
    .where("c.given_name", "=", givenName)
    .executeTakeFirstOrThrow();
  return { ...row, state: { ...row.state, lastEvaluated: row.last_evaluated } };
}

describe("staircase evaluation", () => {
  it("moves a truant pupil up step by step, one day at a time, and never a pupil who is present", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: ESKILSTUNA_STAIRCASE });
    const pupils: PupilSpec[] = [
      { key: "present", school: "a", pattern: PRESENT },
      { key: "truant", school: "a", pattern: truantFrom(5) },
    ];
    // The first 20 days, then day by day, as nightly imports would bring them.
    const first = await importDays(w, pupils, DAYS.slice(0, 20));
    expect(first.evaluation).toMatchObject({ mode: "pending", pupils: 2 });
    for (let n = 21; n <= DAYS.length; n++) {
      const r = await importDays(w, pupils, DAYS.slice(n - 1, n));
      expect(r.evaluation?.pupils).toBe(2);
    }
    const truant = await stateOf(w, "Elev1");
    const present = await stateOf(w, "Elev0");
    expect(present).toMatchObject({ step: 0, last_evaluated: DAYS.at(-1) });
    expect(truant).toMatchObject({ step: 3, top_step: true, last_evaluated: DAYS.at(-1) });
    const incremental = truant.state;

    // The same term evaluated at once from scratch gives the same place and history.
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "full" });
    const full = await stateOf(w, "Elev1");
    expect(full.state).toEqual(incremental);

    const tasks = await t.db
      .selectFrom("attendance_task")
      .select(["step", "kind", "actor", "step_entered_on", "due_date"])
      .where("tenant_id", "=", w.tenantId)
      .orderBy("step")
      .orderBy("kind")
      .execute();
    expect(tasks.map((x) => [x.step, x.kind, x.actor])).toEqual([
      [1, "step_actions", "mentor"],
      [2, "step_actions", "student_health"],
      [3, "report_to_organiser", "principal"],
      [3, "step_actions", "principal"],
    ]);
    expect(tasks[0]!.step_entered_on).toBe(DAYS[5]);
  });

  it("judges a corrected day again from the start, and cancels work for a step no longer reached", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: ESKILSTUNA_STAIRCASE });
    const unexcused = (d: number, n: number) => ({
      valid: 0,
      invalid: d === 3 && n === 1 ? 60 : 0,
    });
    await importDays(w, [{ key: "p", school: "a", pattern: unexcused }], DAYS.slice(0, 10));
    expect((await stateOf(w, "Elev0")).step).toBe(1);
    // The guardian called in afterwards: the absence was valid after all.
    const excused = (d: number, n: number) => ({ valid: unexcused(d, n).invalid, invalid: 0 });
    await importDays(w, [{ key: "p", school: "a", pattern: excused }], DAYS.slice(0, 10));
    const after = await stateOf(w, "Elev0");
    expect(after).toMatchObject({ step: 0, state: { history: [], invalidAbsenceSeen: false } });
    const tasks = await t.db
      .selectFrom("attendance_task")
      .select("status")
      .where("tenant_id", "=", w.tenantId)
      .execute();
    expect(tasks.map((x) => x.status)).toEqual(["cancelled"]);
  });
});

describe("the staircase as data", () => {
  it("lets an administrator preview a draft against the real term, refuses an invalid one, and saves", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const pupils: PupilSpec[] = [
      { key: "present", school: "a", pattern: PRESENT },
      { key: "truant", school: "b", pattern: truantFrom(5) },
    ];
    await importDays(w, pupils, DAYS);
    const preview = await w.as.admin.post("/api/attendance/staircases/preview", {
      unitId: null,
      staircase: ESKILSTUNA_STAIRCASE,
    });
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ pupils: 2, higher: 1, lower: 0 });
    expect(preview.json.steps.map((s: any) => s.draft)).toEqual([1, 0, 0, 1]);

    const broken = {
      ...ESKILSTUNA_STAIRCASE,
      steps: [{ ...ESKILSTUNA_STAIRCASE.steps[0], number: 2 }],
    };
    const refused = await w.as.admin.post("/api/attendance/staircases", {
      unitId: null,
      staircase: broken,
    });
    expect(refused.status).toBe(422);
    expect(refused.json.details.issues[0]).toMatchObject({
      path: "steps[0].number",
      code: "order",
    });
    expect(
      (
        await w.as.principalA.post("/api/attendance/staircases/preview", {
          unitId: null,
          staircase: ESKILSTUNA_STAIRCASE,
        })
      ).status,
    ).toBe(403);

    const saved = await w.as.admin.post("/api/attendance/staircases", {
      unitId: w.units.b,
      staircase: ESKILSTUNA_STAIRCASE,
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ version: 1, evaluation: { mode: "full", pupils: 1 } });
    const list = (await w.as.admin.get("/api/attendance/staircases")).json;
    expect(list.saved.map((x: any) => x.unitName)).toEqual([w.schoolNames.b]);
    expect(list.presets.map((x: any) => x.id)).toEqual(["danderyd", "eskilstuna"]);
  });
});
