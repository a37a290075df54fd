import { DANDERYD_STAIRCASE, ESKILSTUNA_STAIRCASE } from "@kring/domain/attendance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateAttendance } from "../../src/features/attendance/evaluation/evaluation.service";
import { fileInMemory } from "../../src/features/attendance/import/import-files";
import { importAttendance } from "../../src/features/attendance/import/import.service";
import { NEVER_ABSENT } from "../../src/features/attendance/evaluation/evaluate-pupils";
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

const DAYS = schoolDays("2025-09-01", 13);
/** The day of the first increment; DAYS[NEXT] is imported after it. */
const LAST = 11;
const NEXT = 12;
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
  { key: "away-after-a-quiet-day", school: "a", pattern: awayOn([NEXT], "invalid") },
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

/** Every pupil's place, by given name ("Elev<index in PUPILS>"). */
async function places(w: AttendanceWorld) {
  const rows = await t.db
    .selectFrom("attendance_pupil_state as s")
    .innerJoin("child as c", "c.id", "s.child_id")
    .select(["c.given_name", "s.step", "s.since", "s.last_evaluated", "s.state"])
    .where("s.tenant_id", "=", w.tenantId)
    .orderBy("c.given_name")
    .execute();
  return rows.map(({ state, ...r }) => ({
    ...r,
    history: state.history,
    seen: state.invalidAbsenceSeen,
  }));
}

/** Every pupil's count of absence-free school days in a row, by given name. */
async function clearDays(w: AttendanceWorld) {
  const rows = await t.db
    .selectFrom("attendance_pupil_state as s")
    .innerJoin("child as c", "c.id", "s.child_id")
    .select(["c.given_name", "s.clear_days"])
    .where("s.tenant_id", "=", w.tenantId)
    .orderBy("c.given_name")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.given_name, r.clear_days]));
}

async function setClearDays(w: AttendanceWorld, givenName: string | null, days: number) {
  let update = t.db
    .updateTable("attendance_pupil_state")
    .set({ clear_days: days })
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

/** Given names of the pupils still marked as changed. */
async function pendingNames(w: AttendanceWorld) {
  const rows = await t.db
    .selectFrom("attendance_pending as p")
    .innerJoin("child as c", "c.id", "p.child_id")
    .select("c.given_name")
    .where("p.tenant_id", "=", w.tenantId)
    .orderBy("c.given_name")
    .execute();
  return rows.map((r) => r.given_name);
}

/** Each pupil's stored window of recent days, by given name: null after a quiet advance. */
async function recentDays(w: AttendanceWorld) {
  const rows = await t.db
    .selectFrom("attendance_pupil_state as s")
    .innerJoin("child as c", "c.id", "s.child_id")
    .select(["c.given_name", "s.recent_days"])
    .where("s.tenant_id", "=", w.tenantId)
    .orderBy("c.given_name")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.given_name, r.recent_days]));
}

async function historyOf(w: AttendanceWorld) {
  const staircases = await activeStaircases(t.db, w.tenantId);
  return Math.max(...staircases.map((s) => s.history));
}

describe("a day's increment", () => {
  it("advances only pupils who cannot move, and ends where a full evaluation ends", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: DANDERYD_STAIRCASE });
    await saveStaircase(t.db, admin, { unitId: w.units.b, staircase: ESKILSTUNA_STAIRCASE });
    await importDays(w, 0, LAST);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    const history = await historyOf(w);
    // Evaluated from their first day: never absent is as good as any history window.
    expect(await clearDays(w)).toEqual({
      Elev0: NEVER_ABSENT,
      Elev1: NEVER_ABSENT,
      Elev2: LAST - 3,
      Elev3: NEVER_ABSENT,
      Elev4: 0,
      Elev5: NEVER_ABSENT,
      Elev6: NEVER_ABSENT,
    });
    // The engine keeps the window the next increment starts from, except for pupils who cannot
    // move until they are absent again.
    const first = await recentDays(w);
    expect(Object.keys(first).filter((name) => first[name] === null)).toEqual([
      "Elev0",
      "Elev1",
      "Elev3",
      "Elev5",
      "Elev6",
    ]);
    expect(first.Elev4).toMatch(/^(\d+,\d+,\d+,\d+;)+\d+,\d+,\d+,\d+$/);
    // A count just long enough (as for a pupil absent long ago) grows with each quiet day.
    await setClearDays(w, "Elev0", history);
    await importDays(w, LAST, NEXT);

    const summary = await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(summary.pupils).toBe(PUPILS.length);
    const incremental = await places(w);
    expect(incremental.map((p) => [p.given_name, p.step, p.last_evaluated])).toEqual([
      ["Elev0", 0, DAYS[LAST]],
      ["Elev1", 0, DAYS[LAST]],
      ["Elev2", 0, DAYS[LAST]],
      ["Elev3", 1, DAYS[LAST]],
      ["Elev4", 1, DAYS[LAST]],
      ["Elev5", 1, DAYS[LAST]],
      ["Elev6", 0, DAYS[LAST]],
    ]);
    expect(await clearDays(w)).toEqual({
      Elev0: history + 1,
      Elev1: NEVER_ABSENT,
      Elev2: LAST - 2,
      Elev3: 0,
      Elev4: 0,
      Elev5: 0,
      Elev6: NEVER_ABSENT,
    });
    // Advanced without the engine: present, and clear for the whole window before the new day.
    // Absent on the new day or within the window: the engine decided, and stored the window.
    const windows = await recentDays(w);
    expect(Object.keys(windows).filter((name) => windows[name] === null)).toEqual([
      "Elev0",
      "Elev1",
      "Elev6",
    ]);
    expect(await pendingNames(w)).toEqual([]);

    // Away the day after a quiet day: the engine reads the window from the days again.
    await importDays(w, NEXT, NEXT + 1);
    const next = await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(next.pupils).toBe(PUPILS.length);
    const afterNext = await places(w);
    expect(afterNext.find((p) => p.given_name === "Elev6")).toMatchObject({
      step: 1,
      last_evaluated: DAYS[NEXT],
      seen: true,
    });
    expect((await recentDays(w)).Elev6).not.toBeNull();
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "full" });
    expect(await places(w)).toEqual(afterNext);
  });

  it("reads the days again for pupils whose state predates the clear days and window", async () => {
    const w = await attendanceWorld(t.db, t.app);
    const admin = await actorOf(t.db, w.tenantId, w.names.admin);
    await saveStaircase(t.db, admin, { unitId: null, staircase: DANDERYD_STAIRCASE });
    await importDays(w, 0, LAST);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    // What the migrations leave on rows written before the columns existed.
    await setClearDays(w, null, 0);
    await t.db
      .updateTable("attendance_pupil_state")
      .set({ recent_days: null })
      .where("tenant_id", "=", w.tenantId)
      .execute();
    await importDays(w, LAST, NEXT);
    const summary = await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(summary.pupils).toBe(PUPILS.length);
    // Counted over the days the engine read: the window and the new day.
    expect(await clearDays(w)).toEqual({
      Elev0: NEXT,
      Elev1: NEXT,
      Elev2: LAST - 2,
      Elev3: 0,
      Elev4: 0,
      Elev5: 0,
      Elev6: NEXT,
    });
    expect(Object.values(await recentDays(w)).every((r) => r !== null)).toBe(true);
    const incremental = await places(w);
    await evaluateAttendance(t.db, system(w.tenantId), { mode: "full" });
    expect(await places(w)).toEqual(incremental);
  });

  it("starts over for a pupil whose state is not of the pupil's staircase", async () => {
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
    await t.db
      .updateTable("attendance_pupil_state")
      .set({ staircase_key: "older" })
      .where("child_id", "=", present.id)
      .execute();
    await importDays(w, LAST, NEXT);
    const summary = await evaluateAttendance(t.db, system(w.tenantId), { mode: "pending" });
    expect(summary.pupils).toBe(PUPILS.length);
    const states = await t.db
      .selectFrom("attendance_pupil_state")
      .select(["staircase_key", "last_evaluated"])
      .where("tenant_id", "=", w.tenantId)
      .execute();
    const key = (await activeStaircases(t.db, w.tenantId))[0]!.key;
    expect(states.every((s) => s.staircase_key === key && s.last_evaluated === DAYS[LAST])).toBe(
      true,
    );
  });
});
