// Shared by the tests of a day's increment: a world of six pupils at two schools, twelve school
// days of attendance, and ways to look at their marks, places and progress.
import { stockholmDate } from "@kring/domain/cases";
import { DANDERYD_STAIRCASE, type PupilStairState, type Staircase } from "@kring/domain/attendance";
import { expect } from "vitest";
import { evaluateAttendance } from "../../src/features/attendance/evaluation/evaluation.service";
import { advanceQuietPupils } from "../../src/features/attendance/evaluation/quiet-pupils.repository";
import { activeStaircases } from "../../src/features/attendance/evaluation/staircase-config.repository";
import { fileInMemory } from "../../src/features/attendance/import/import-files";
import { importAttendance } from "../../src/features/attendance/import/import.service";
import { saveStaircase } from "../../src/features/attendance/staircase/staircase.service";
import type { TestApp } from "../support/test-app";
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

export const DAYS = schoolDays("2025-09-01", 12);
export const LAST = DAYS.length - 1;
export const system = (tenantId: string) => ({ tenantId, userId: null, system: "test" });
const awayOn =
  (days: number[], kind: "valid" | "invalid"): Pattern =>
  (d, n) => {
    const minutes = days.includes(d) && n === 0 ? 60 : 0;
    return kind === "valid" ? { valid: minutes, invalid: 0 } : { valid: 0, invalid: minutes };
  };

// In school a (the tenant's Danderyd staircase) and school b (its own Eskilstuna staircase).
export const PUPILS: PupilSpec[] = [
  { key: "present-a", school: "a", pattern: PRESENT },
  { key: "present-b", school: "b", pattern: PRESENT },
  { key: "away-once-long-ago", school: "a", pattern: awayOn([2], "valid") },
  { key: "unexcused-on-the-new-day", school: "a", pattern: awayOn([LAST], "invalid") },
  { key: "sick-three-days", school: "a", pattern: awayOn([LAST - 2, LAST - 1, LAST], "valid") },
  { key: "unexcused-at-b", school: "b", pattern: awayOn([LAST], "invalid") },
];

/** The helpers, on the test app that `t` returns once it is created. */
export function incrementKit(t: () => TestApp) {
  /** Imports DAYS[first] up to DAYS[end - 1], patterns counting days from DAYS[0]. */
  async function importDays(w: AttendanceWorld, first: number, end: number) {
    const shifted = PUPILS.map((p) => ({
      ...p,
      pattern: (d: number, n: number) => p.pattern(d + first, n),
    }));
    const bundle = JSON.stringify(ss12000Bundle(w, shifted, DAYS.slice(first, end)));
    const files = [fileInMemory("e.json", bundle)];
    return importAttendance(t().db, system(w.tenantId), "ss12000", files, () => {}, {
      evaluate: false,
    });
  }

  /** Every pupil's place and "evaluated through" date, by given name ("Elev<index in PUPILS>"). */
  async function places(w: AttendanceWorld) {
    const rows = await t()
      .db.selectFrom("attendance_pupil_state as s")
      .innerJoin("attendance_progress as g", "g.child_id", "s.child_id")
      .innerJoin("child as c", "c.id", "s.child_id")
      .select(["c.given_name", "s.step", "s.since", "g.evaluated_through", "s.state", "g.place"])
      .where("s.tenant_id", "=", w.tenantId)
      .orderBy("c.given_name")
      .execute();
    // The place kept with the progress is the state with its last history entry alone (all the
    // next increment reads of it).
    for (const { state, place } of rows) {
      const { lastEvaluated: _s, ...head } = state as unknown as PupilStairState;
      const { lastEvaluated: _p, ...kept } = place as unknown as PupilStairState;
      expect(kept).toEqual({ ...head, history: head.history.slice(-1) });
    }
    return rows.map(({ state, place: _, ...r }) => ({
      ...r,
      history: state.history,
      seen: state.invalidAbsenceSeen,
    }));
  }

  /** Every pupil's still minutes (the domain's stillMinutes), by given name. */
  async function stillMinutes(w: AttendanceWorld) {
    const rows = await t()
      .db.selectFrom("attendance_progress as g")
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
    let update = t()
      .db.updateTable("attendance_progress")
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
    const rows = await t()
      .db.selectFrom("attendance_progress as g")
      .innerJoin("child as c", "c.id", "g.child_id")
      .select("c.given_name")
      .where("g.tenant_id", "=", w.tenantId)
      .where("g.marked_from", "is not", null)
      .orderBy("c.given_name")
      .execute();
    return rows.map((r) => r.given_name);
  }

  /** Finds the quiet pupils and advances them, as an increment does before the engine runs. */
  async function advanceQuiet(ctx: Awaited<ReturnType<typeof contextOf>>) {
    return t()
      .db.transaction()
      .execute((trx) => advanceQuietPupils(trx, ctx));
  }

  async function contextOf(w: AttendanceWorld) {
    const staircases = await activeStaircases(t().db, w.tenantId);
    return {
      tenantId: w.tenantId,
      today: stockholmDate(new Date()),
      history: Math.max(...staircases.map((s) => s.history)),
      staircases,
      perSchool: staircases.some((s) => s.unitId !== null),
    };
  }

  /** The id of the pupil with the given name ("Elev<index in PUPILS>"). */
  async function childIdOf(w: AttendanceWorld, givenName: string) {
    const child = await t()
      .db.selectFrom("child")
      .select("id")
      .where("tenant_id", "=", w.tenantId)
      .where("given_name", "=", givenName)
      .executeTakeFirstOrThrow();
    return child.id;
  }

  /** A world with the tenant's staircase, every day but the last imported and evaluated. */
  async function evaluatedWorld(staircase: Staircase = DANDERYD_STAIRCASE) {
    const w = await attendanceWorld(t().db, t().app);
    const admin = await actorOf(t().db, w.tenantId, w.names.admin);
    await saveStaircase(t().db, admin, { unitId: null, staircase });
    await importDays(w, 0, LAST);
    await evaluateAttendance(t().db, system(w.tenantId), { mode: "pending" });
    return w;
  }

  return {
    importDays,
    places,
    stillMinutes,
    setStillMinutes,
    marked,
    advanceQuiet,
    contextOf,
    childIdOf,
    evaluatedWorld,
  };
}
