import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { steeringSeries } from "../../src/features/steering/steering-series.service";
import { steeringIndicators } from "../../src/features/steering/steering.service";
import type { Database } from "../../src/platform/db/schema";
import { type TestApp, createTestApp } from "../support/test-app";
import { freshPersonalNumber } from "../support/personal-numbers";
import { steeringWorld } from "./steering-world";

// Pupils on the attendance staircase with known answers, spring term 2026 seen on 15 July.
// Norr: 6 reach step 1 on 2 Feb and stay; 5 reach step 1 on 1 Feb, step 2 on 1 Mar and are back
// below the threshold on 1 May (the last day of the three months); 5 have stood on step 3 since
// December. Söder: 7 reach step 1 on 1 Mar and are back on 15 Jun (too late); 5 reach step 1 on
// 1 Jun (their three months have not passed); 3 reach step 4 on 20 Jun (a count to hide); 5 were
// on and off the staircase in 2025 only. Five pupils move from a Söder school to a Norr school
// on 15 Mar: step 1 on 10 Feb (in Söder), step 2 on 20 Mar, back on 1 Apr.
let t: TestApp;
let tenantId: string;
const PERIOD = { from: "2026-01-01", to: "2026-06-30" };
const TODAY = "2026-07-15";
const system = (id: string) => ({ tenantId: id, userId: null, system: "test" });
type Steps = [step: number, from: string][];

async function addPupil(
  db: Kysely<Database>,
  schools: [unitId: string, from: string][],
  steps: Steps,
) {
  const child = await db
    .insertInto("child")
    .values({
      tenant_id: tenantId,
      personal_number: freshPersonalNumber("2013-05-02"),
      given_name: "Elev",
      family_name: "Testsson",
      birth_date: "2013-05-02",
      address: null,
      postal_code: null,
      city: null,
      phone: null,
      user_id: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const [unit, from] of schools)
    await db
      .insertInto("child_unit")
      .values({ tenant_id: tenantId, child_id: child.id, unit_id: unit, from_date: from })
      .execute();
  const history = steps.map(([step, from]) => ({
    step,
    from,
    reason: {
      code: step === 0 ? "recovered" : "absence_share",
      triggerIndex: step === 0 ? null : 0,
      thresholdPercent: null,
      operator: null,
      measuredPercent: null,
      text: "Test",
    },
  }));
  const [step, since] = steps.at(-1)!;
  await db
    .insertInto("attendance_pupil_state")
    .values({
      tenant_id: tenantId,
      child_id: child.id,
      staircase_key: "test",
      step,
      top_step: false,
      since,
      state: JSON.stringify({
        staircaseId: "test",
        step,
        since,
        history,
        lastEvaluated: TODAY,
        invalidAbsenceSeen: false,
      }),
    })
    .execute();
}

type Report = Awaited<ReturnType<typeof steeringIndicators>>;
const figure = (report: Report, area: string | null, id: string) =>
  report.groups.find((g) => g.area === area)!.indicators.find((i) => i.id === id)!;
let report: Report;

beforeAll(async () => {
  t = await createTestApp();
  const w = await steeringWorld(t.db, ["Norr", "Söder"]);
  tenantId = w.tenant.tenantId;
  const norr = w.tenant.unitId("school-Norr");
  const soder = w.tenant.unitId("school-Söder");
  const times = async (n: number, schools: [string, string][], steps: Steps) => {
    for (let i = 0; i < n; i++) await addPupil(t.db, schools, steps);
  };
  await times(6, [[norr, "2025-08-15"]], [[1, "2026-02-02"]]);
  await times(
    5,
    [[norr, "2025-08-15"]],
    [
      [1, "2026-02-01"],
      [2, "2026-03-01"],
      [0, "2026-05-01"],
    ],
  );
  await times(5, [[norr, "2025-08-15"]], [[3, "2025-12-01"]]);
  await times(3, [[soder, "2025-08-15"]], [[4, "2026-06-20"]]);
  await times(
    7,
    [[soder, "2025-08-15"]],
    [
      [1, "2026-03-01"],
      [0, "2026-06-15"],
    ],
  );
  await times(5, [[soder, "2025-08-15"]], [[1, "2026-06-01"]]);
  await times(
    5,
    [[soder, "2025-08-15"]],
    [
      [1, "2025-11-01"],
      [0, "2025-12-20"],
    ],
  );
  await times(
    5,
    [
      [soder, "2025-08-15"],
      [norr, "2026-03-15"],
    ],
    [
      [1, "2026-02-10"],
      [2, "2026-03-20"],
      [0, "2026-04-01"],
    ],
  );
  report = await steeringIndicators(t.db, system(tenantId), PERIOD, TODAY);
});
afterAll(() => t.close());

describe("attendance indicators", () => {
  it("counts each pupil once under the highest step of the period, in their school's area at its end", async () => {
    const spring = await steeringIndicators(
      t.db,
      system(tenantId),
      { from: "2026-01-01", to: "2026-05-31" },
      TODAY,
    );
    const s1 = figure(spring, "Söder", "attendance_step_1");
    expect([s1.numerator, s1.denominator, s1.value]).toEqual([7, 7, 1]);
    // The movers count in Norr, where their school is at the end of the period.
    const n2 = figure(spring, "Norr", "attendance_step_2");
    expect([n2.numerator, n2.denominator, n2.value]).toEqual([10, 21, 0.476]);
    const n3 = figure(spring, "Norr", "attendance_step_3");
    expect([n3.numerator, n3.denominator]).toEqual([5, 21]);
    const all = figure(spring, null, "attendance_step_1");
    expect([all.numerator, all.denominator]).toEqual([13, 28]);
    expect(figure(spring, null, "attendance_step_5").numerator).toBe(0);
  });

  it("hides the three pupils on step 4 so that no step can be worked out from the others", () => {
    expect(figure(report, "Söder", "attendance_step_4").suppressed).toBe(true);
    expect(figure(report, null, "attendance_step_4").suppressed).toBe(true);
    for (const area of [null, "Norr", "Söder"]) {
      const steps = [1, 2, 3, 4, 5].map((n) => figure(report, area, `attendance_step_${n}`));
      const hidden = steps.filter((s) => s.numerator === null).length;
      const denominators = new Set(steps.flatMap((s) => (s.suppressed ? [] : [s.denominator])));
      // With the row's total shown, one hidden step alone would be the total minus the rest.
      if (denominators.size > 0) expect(hidden).not.toBe(1);
      for (const s of steps)
        for (const n of [s.numerator, s.denominator])
          if (n !== null) expect(n === 0 || n >= 5).toBe(true);
    }
  });

  it("counts returns below the threshold within three months of the first step, the last day included", () => {
    const norr = figure(report, "Norr", "attendance_returned_below_threshold");
    expect([norr.numerator, norr.denominator]).toEqual([5, 11]);
    // The movers count in Söder, where their school was when they took the step; the June
    // pupils still have time and are not counted.
    const soder = figure(report, "Söder", "attendance_returned_below_threshold");
    expect([soder.numerator, soder.denominator]).toEqual([5, 12]);
    const all = figure(report, null, "attendance_returned_below_threshold");
    expect([all.numerator, all.denominator, all.value]).toEqual([10, 23, 0.435]);
  });

  it("gives the trend per month the same way", async () => {
    const points = await steeringSeries(
      t.db,
      system(tenantId),
      { indicator: "attendance_step_1", size: "month", to: "2026-03-31", count: 3 },
      TODAY,
    );
    // January: only the five on step 3 since December; March: Söder's 7 on step 1, the movers
    // being in Norr by then.
    const municipality = points.map((p) => p.groups.find((g) => g.area === null)!.figure);
    expect(municipality[0]!.numerator).toBe(0);
    const march = points[2]!.groups.find((g) => g.area === "Söder")!.figure;
    expect([march.numerator, march.denominator]).toEqual([7, 7]);
  });
});
