import { DANDERYD_STAIRCASE, ESKILSTUNA_STAIRCASE } from "@kring/domain/attendance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateAttendance } from "../../src/features/attendance/evaluation/evaluation.service";
import { activeStaircases } from "../../src/features/attendance/evaluation/staircase-config.repository";
import { saveStaircase } from "../../src/features/attendance/staircase/staircase.service";
import { createTestApp, type TestApp } from "../support/test-app";
import { actorOf, attendanceWorld } from "./attendance-world";
import { DAYS, LAST, PUPILS, incrementKit, system } from "./increment-kit";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const { importDays, places, marked, childIdOf } = incrementKit(() => t);

describe("a pupil's marks", () => {
  it("keeps the mark of days after today until they are due", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: DANDERYD_STAIRCASE });
    await importDays(w, 0, DAYS.length);
    // Evaluated as if run before the last two school days: those stay marked.
    const early = DAYS[LAST - 2]!;
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending", today: early });
    expect((await places(w)).every((p) => p.evaluated_through === early)).toBe(true);
    expect(await marked(w)).toHaveLength(PUPILS.length);
    // Once they are due, the next run evaluates them, quiet pupils included.
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending", today: DAYS[LAST]! });
    expect(await marked(w)).toEqual([]);
    const incremental = await places(w);
    expect(incremental.every((p) => p.evaluated_through === DAYS[LAST])).toBe(true);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "full", today: DAYS[LAST]! });
    expect(await places(w)).toEqual(incremental);
  });

  it("starts a pupil over who was for a while at a school without a staircase", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    // Only school b has a staircase.
    await saveStaircase(t.db, admin, { unitId: w.units.b, staircase: ESKILSTUNA_STAIRCASE });
    await importDays(w, 0, LAST);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    const pupil = await childIdOf(w, "Elev5");
    const moveTo = (unitId: string) =>
      t.db
        .updateTable("child_unit")
        .set({ unit_id: unitId })
        .where("child_id", "=", pupil)
        .where("unit_id", "in", [w.units.a, w.units.b])
        .execute();
    const progress = () =>
      t.db
        .selectFrom("attendance_progress")
        .select(["staircase_key", "evaluated_through"])
        .where("child_id", "=", pupil)
        .executeTakeFirstOrThrow();
    expect(await progress()).toMatchObject({ evaluated_through: DAYS[LAST - 1] });
    // At school a the new day, with unexcused absence, is not evaluated and the mark goes: the
    // progress says so.
    await moveTo(w.units.a);
    await importDays(w, LAST, DAYS.length);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(await marked(w)).toEqual([]);
    expect(await progress()).toMatchObject({ staircase_key: "" });
    // Back at school b, the next mark (here one that says nothing of absence) makes the next
    // run evaluate every day again: the missed absence is seen.
    await moveTo(w.units.b);
    await t.db
      .updateTable("attendance_progress")
      .set({
        marked_from: DAYS[LAST]!,
        marked_through: DAYS[LAST]!,
        marked_absent: false,
        marked_shortest: 300,
        marked_days: null,
      })
      .where("child_id", "=", pupil)
      .execute();
    const key = (await activeStaircases(t.db, w.tenantId))[0]!.key;
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(await progress()).toEqual({ staircase_key: key, evaluated_through: DAYS[LAST] });
    const place = await t.db
      .selectFrom("attendance_pupil_state")
      .select("step")
      .where("child_id", "=", pupil)
      .executeTakeFirstOrThrow();
    expect(place.step).toBe(1);
  });
});
