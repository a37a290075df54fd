import { stockholmDate } from "@kring/domain/cases";
import { DANDERYD_STAIRCASE, ESKILSTUNA_STAIRCASE } from "@kring/domain/attendance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateAttendance } from "../../src/features/attendance/evaluation/evaluation.service";
import { fileInMemory } from "../../src/features/attendance/import/import-files";
import { importAttendance } from "../../src/features/attendance/import/import.service";
import { advanceQuietPupils } from "../../src/features/attendance/evaluation/quiet-pupils.repository";
import { activeStaircases } from "../../src/features/attendance/evaluation/staircase-config.repository";
import { saveStaircase } from "../../src/features/attendance/staircase/staircase.service";
import { createTestApp, type TestApp } from "../support/test-app";
import {
  type AttendanceWorld,
  PRESENT,
  type Pattern,
  type PupilSpec,
  actorOf,
  attendanceWorld,
  schoolDays,
  ss12000Bundle,
} from "./attendance-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAYS = schoolDays("2025-09-01", 12);
const LAST = DAYS.length - 1;
const system = (tenantId: string) => ({ tenantId, userId: null, system: "test" });
const awayOn =
  (days: number[], kind: "valid" | "invalid"): Pattern =>
  (d, n) => {
    const minutes = days.includes(d) && n === 0 ? 60 : 0;
    return kind === "valid" ? { valid: minutes, invalid: 0 } : { valid: 0, invalid: minutes };
  };

// In school a (the tenant's Danderyd staircase) and school b (its own Eskilstuna staircase).
const PUPILS: PupilSpec[] = [
  { key: "present-a", school: "a", pattern: PRESENT },
  { key: "present-b", school: "b", pattern: PRESENT },
  { key: "away-once-long-ago", school: "a", pattern: awayOn([2], "valid") },
  { key: "unexcused-on-the-new-day", school: "a", pattern: awayOn([LAST], "invalid") },
  { key: "sick-three-days", school: "a", pattern: awayOn([LAST - 2, LAST - 1, LAST], "valid") },
  { key: "unexcused-at-b", school: "b", pattern: awayOn([LAST], "invalid") },
];

/** Imports DAYS[first] up to DAYS[end - 1], patterns counting days from DAYS[0]. */
async function importDays(w: AttendanceWorld, first: number, end: number) {
  const shifted = PUPILS.map((p) => ({
    ...p,
    pattern: (d: number, n: number) => p.pattern(d + first, n),
  }));
  const bundle = JSON.stringify(ss12000Bundle(w, shifted, DAYS.slice(first, end)));
  const files = [fileInMemory("e.json", bundle)];
  return importAttendance(t.db, system(w.tenantId), "ss12000", files, () => {}, {
    evaluate: false,
  });
}

/** Every pupil's place and "evaluated through" date, by given name ("Elev<index in PUPILS>"). */
async function places(w: AttendanceWorld) {
  const rows = await t.db
    .selectFrom("attendance_pupil_state as s")
    .innerJoin("attendance_progress as g", "g.child_id", "s.child_id")
    .innerJoin("child as c", "c.id", "s.child_id")
    .select(["c.given_name", "s.step", "s.since", "g.evaluated_through", "s.state"])
    .where("s.tenant_id", "=", w.tenantId)
    .orderBy("c.given_name")
    .execute();
  return rows.map(({ state, ...r }) => ({
    ...r,
    history: state.history,
    seen: state.invalidAbsenceSeen,
  }));
}

/** Every pupil's still minutes (the domain's stillMinutes), by given name. */
async function stillMinutes(w: AttendanceWorld) {
  const rows = await t.db
    .selectFrom("attendance_progress as g")
    .innerJoin("child as c", "c.id", "g.child_id")
    .select(["c.given_name", "g.still_minutes"])
    .where("g.tenant_id", "=", w.tenantId)
    .orderBy("c.given_name")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.given_name, r.still_minutes]));
}

async function setStillMinutes(
  w: AttendanceWorld,
  givenName: string | null,
  minutes: number | null,
) {
  let update = t.db
    .updateTable("attendance_progress")
    .set({ still_minutes: minutes })
    .where("tenant_id", "=", w.tenantId);
  if (givenName !== null) {
    update = update.where("child_id", "in", (eb) =>
      eb
        .selectFrom("child")
        .select("id")
        .where("tenant_id", "=", w.tenantId)
        .where("given_name", "=", givenName),
    );
  }
  await update.execute();
}

/** The given names of pupils still marked as changed. */
async function marked(w: AttendanceWorld) {
  const rows = await t.db
    .selectFrom("attendance_pending as p")
    .innerJoin("child as c", "c.id", "p.child_id")
    .select("c.given_name")
    .where("p.tenant_id", "=", w.tenantId)
    .orderBy("c.given_name")
    .execute();
  return rows.map((r) => r.given_name);
}

/** Finds the quiet pupils and advances them, as an increment does before the engine runs. */
async function advanceQuiet(ctx: Awaited<ReturnType<typeof contextOf>>) {
  return t.db.transaction().execute((trx) => advanceQuietPupils(trx, ctx));
}

async function contextOf(w: AttendanceWorld) {
  const staircases = await activeStaircases(t.db, w.tenantId);
  return {
    tenantId: w.tenantId,
    today: stockholmDate(new Date()),
    history: Math.max(...staircases.map((s) => s.history)),
    staircases,
    perSchool: staircases.some((s) => s.unitId !== null),
  };
}

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
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: DANDERYD_STAIRCASE });
    await importDays(w, 0, LAST);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
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
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: DANDERYD_STAIRCASE });
    await importDays(w, 0, LAST);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
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
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: DANDERYD_STAIRCASE });
    await importDays(w, 0, LAST);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    // As if the present pupil had been evaluated under an older staircase.
    const present = await t.db
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", w.tenantId)
      .where("given_name", "=", "Elev0")
      .executeTakeFirstOrThrow();
    for (const table of ["attendance_pupil_state", "attendance_progress"] as const) {
      await t.db
        .updateTable(table)
        .set({ staircase_key: "older" })
        .where("child_id", "=", present.id)
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
      .where("child_id", "=", present.id)
      .executeTakeFirstOrThrow();
    expect(state.staircase_key).toBe(key);
  });

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
    const pupil = await t.db
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", w.tenantId)
      .where("given_name", "=", "Elev5")
      .executeTakeFirstOrThrow();
    const moveTo = (unitId: string) =>
      t.db
        .updateTable("child_unit")
        .set({ unit_id: unitId })
        .where("child_id", "=", pupil.id)
        .where("unit_id", "in", [w.units.a, w.units.b])
        .execute();
    const progress = () =>
      t.db
        .selectFrom("attendance_progress")
        .select(["staircase_key", "evaluated_through"])
        .where("child_id", "=", pupil.id)
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
      .insertInto("attendance_pending")
      .values({
        tenant_id: w.tenantId,
        child_id: pupil.id,
        from_date: DAYS[LAST]!,
        through: DAYS[LAST]!,
        absent: false,
        shortest: 300,
        days: null,
      })
      .execute();
    const key = (await activeStaircases(t.db, w.tenantId))[0]!.key;
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(await progress()).toEqual({ staircase_key: key, evaluated_through: DAYS[LAST] });
    const place = await t.db
      .selectFrom("attendance_pupil_state")
      .select("step")
      .where("child_id", "=", pupil.id)
      .executeTakeFirstOrThrow();
    expect(place.step).toBe(1);
  });
});
