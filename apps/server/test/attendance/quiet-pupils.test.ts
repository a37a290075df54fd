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

const {
  importDays,
  places,
  stillMinutes,
  setStillMinutes,
  marked,
  advanceQuiet,
  contextOf,
  childIdOf,
  evaluatedWorld,
} = incrementKit(() => t);

describe("a day's increment", () => {
  it("advances only pupils who cannot move, and ends where a full evaluation ends", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: DANDERYD_STAIRCASE });
    await saveStaircase(t.db, admin, { unitId: w.units.b, staircase: ESKILSTUNA_STAIRCASE });
    await importDays(w, 0, LAST);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    const ctx = await contextOf(w);
    // Everyone stands at step 0, and no school day without absence can move them: Danderyd's
    // step 1 needs unexcused absence or three days of valid absence in three weeks (the pupils
    // away once, or twice so far, have fewer), Eskilstuna's absence on the day or a share.
    expect(await stillMinutes(w)).toEqual({
      Elev0: 1,
      Elev1: 1,
      Elev2: 1,
      Elev3: 1,
      Elev4: 1,
      Elev5: 1,
    });
    await importDays(w, LAST, DAYS.length);

    const advanced = await advanceQuiet(ctx);
    expect(advanced).toBe(3);
    // Absent on the new day: the engine decides.
    expect(await marked(w)).toEqual(["Elev3", "Elev4", "Elev5"]);

    const summary = await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(summary.pupils).toBe(3);
    const incremental = await places(w);
    expect(incremental.map((p) => [p.given_name, p.step, p.evaluated_through])).toEqual([
      ["Elev0", 0, DAYS[LAST]],
      ["Elev1", 0, DAYS[LAST]],
      ["Elev2", 0, DAYS[LAST]],
      ["Elev3", 1, DAYS[LAST]],
      ["Elev4", 1, DAYS[LAST]],
      ["Elev5", 1, DAYS[LAST]],
    ]);
    // Above step 0 there is no promise.
    expect(await stillMinutes(w)).toMatchObject({ Elev3: null, Elev4: null, Elev5: null });
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "full" });
    expect(await places(w)).toEqual(incremental);
  });

  it("leaves a pupil whose new day is shorter than their still minutes to the engine", async () => {
    const w = await evaluatedWorld();
    // As for a pupil whose share rule needs long days: the new day has 300 minutes.
    await setStillMinutes(w, "Elev0", 301);
    await setStillMinutes(w, "Elev1", 300);
    await importDays(w, LAST, DAYS.length);
    expect(await advanceQuiet(await contextOf(w))).toBe(2);
    expect(await marked(w)).toEqual(["Elev0", "Elev3", "Elev4", "Elev5"]);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    // The engine sets what the pupil's window really asks for.
    expect(await stillMinutes(w)).toMatchObject({ Elev0: 1, Elev1: 300 });
  });

  it("leaves pupils evaluated before still minutes existed to the engine, once", async () => {
    const w = await evaluatedWorld();
    // What the migration leaves on the rows it copies.
    await setStillMinutes(w, null, null);
    await importDays(w, LAST, DAYS.length);
    const ctx = await contextOf(w);
    expect(await advanceQuiet(ctx)).toBe(0);
    const summary = await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(summary.pupils).toBe(PUPILS.length);
    expect(await stillMinutes(w)).toEqual({
      Elev0: 1,
      Elev1: 1,
      Elev2: 1,
      Elev3: null,
      Elev4: null,
      Elev5: null,
    });
    const incremental = await places(w);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "full" });
    expect(await places(w)).toEqual(incremental);
  });

  it("leaves a pupil whose state is not of the pupil's staircase to the engine", async () => {
    const w = await evaluatedWorld();
    // As if the present pupil had been evaluated under an older staircase.
    const present = await childIdOf(w, "Elev0");
    for (const table of ["attendance_pupil_state", "attendance_progress"] as const) {
      await t.db
        .updateTable(table)
        .set({ staircase_key: "older" })
        .where("child_id", "=", present)
        .execute();
    }
    await importDays(w, LAST, DAYS.length);
    const summary = await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(summary.pupils).toBe(PUPILS.length);
    const progress = await t.db
      .selectFrom("attendance_progress")
      .select(["staircase_key", "evaluated_through"])
      .where("tenant_id", "=", w.tenantId)
      .execute();
    const key = (await activeStaircases(t.db, w.tenantId))[0]!.key;
    expect(
      progress.every((s) => s.staircase_key === key && s.evaluated_through === DAYS[LAST]),
    ).toBe(true);
    const state = await t.db
      .selectFrom("attendance_pupil_state")
      .select("staircase_key")
      .where("child_id", "=", present)
      .executeTakeFirstOrThrow();
    expect(state.staircase_key).toBe(key);
  });
});
