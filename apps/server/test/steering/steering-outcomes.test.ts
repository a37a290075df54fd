import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { steeringIndicators } from "../../src/features/steering/steering.service";
import { type TestApp, createTestApp } from "../support/test-app";
import { type WorldCase, steeringWorld } from "./steering-world";

// A constructed municipality with known answers for the outcome indicators (issue 20). Norr has
// four groups of five cases, all open at the end of 2026:
//   A: plan agreed; parent SDQ 20 → 17 (3 points better, still abnormal), the latest on
//      1 July, so the six-month deadline is 31 December itself; CORS 20 → 25 (exactly the
//      reliable change), CSRS 36 (exactly the cut-off).
//   B: network meeting 1 held, no instruments at all.
//   C: evaluation started; parent SDQ 18 → 12 (left the abnormal band), the latest on 30 June,
//      a day too old on 31 December; CORS 30 → 34 (not reliable), CSRS 35.
//   D: from 2025, closed 1 March 2026 and reopened 1 May; parent SDQ 15 → 14, CSRS 37.
// And ten declined requests: five with a reason code, five from before codes (children with
// grades, who must not count in school results).
// Söder: children with year-9 grades and year-3 results, and five children who moved: their
// case was raised in Norr and closed when they moved, a later one raised in Söder.
let t: TestApp;
let tenantId: string;
const TODAY = "2027-01-15";
const YEAR = { from: "2026-01-01", to: "2026-12-31" };
const system = (id: string) => ({ tenantId: id, userId: null, system: "test" });
type Report = Awaited<ReturnType<typeof steeringIndicators>>;
const figure = (report: Report, area: string | null, id: string) =>
  report.groups.find((g) => g.area === area)!.indicators.find((i) => i.id === id)!;
const read = (period = YEAR, today = TODAY) =>
  steeringIndicators(t.db, system(tenantId), period, today);
const times = async (n: number, make: (i: number) => Promise<void>) => {
  for (let i = 0; i < n; i++) await make(i);
};

const nm1 = (heldOn: string) => [{ kind: "network_meeting_1" as const, heldOn }];
const GROUPS: WorldCase[] = [
  {
    area: "Norr",
    state: {
      requestedOn: "2026-01-10",
      stage: "interventions",
      meetings: nm1("2026-02-01"),
      planAgreedOn: "2026-02-20",
      planVersion: 1,
    },
    measures: [
      { instrument: "sdq", on: "2026-01-25", total: 20, band: "abnormal" },
      { instrument: "sdq", on: "2026-07-01", total: 17, band: "abnormal" },
      { instrument: "ors", on: "2026-02-01", total: 20 },
      { instrument: "ors", on: "2026-11-01", total: 25 },
      { instrument: "srs", on: "2026-11-01", total: 36 },
    ],
  },
  {
    area: "Norr",
    state: { requestedOn: "2026-01-10", stage: "network_meeting_1", meetings: nm1("2026-02-01") },
  },
  {
    area: "Norr",
    state: {
      requestedOn: "2026-01-10",
      stage: "evaluation",
      meetings: nm1("2026-03-01"),
      planAgreedOn: "2026-04-01",
      planVersion: 1,
      evaluationStartedOn: "2026-10-01",
    },
    measures: [
      { instrument: "sdq", on: "2026-02-01", total: 18, band: "abnormal" },
      { instrument: "sdq", on: "2026-06-30", total: 12, band: "normal" },
      { instrument: "ors", on: "2026-03-01", total: 30 },
      { instrument: "ors", on: "2026-10-01", total: 34 },
      { instrument: "srs", on: "2026-10-01", total: 35 },
    ],
  },
  {
    area: "Norr",
    state: {
      requestedOn: "2025-06-01",
      stage: "interventions",
      meetings: nm1("2025-06-20"),
      planAgreedOn: "2025-07-01",
      planVersion: 1,
    },
    events: [
      { kind: "close", on: "2026-03-01" },
      { kind: "reopen", on: "2026-05-01" },
    ],
    measures: [
      { instrument: "sdq", on: "2025-06-10", total: 15, band: "borderline" },
      { instrument: "sdq", on: "2026-09-01", total: 14, band: "borderline" },
      { instrument: "srs", on: "2026-09-01", total: 37 },
    ],
  },
];

const PASS = { SV: "C", MA: "E", EN: "A" };

beforeAll(async () => {
  t = await createTestApp();
  const w = await steeringWorld(t.db, ["Norr", "Söder"]);
  tenantId = w.tenant.tenantId;
  for (const g of GROUPS) await times(5, () => w.addCase(g));
  await times(5, () =>
    w.addCase({
      area: "Norr",
      state: {
        requestedOn: "2026-03-20",
        stage: "declined",
        declined: {
          otherAction: "Stöd i skolan",
          reason: "Skolan räcker",
          reasonCode: "single_organisation",
          on: "2026-04-01",
        },
      },
    }),
  );
  await times(5, async (i) => {
    await w.addCase({
      area: "Norr",
      child: `declined-${i}`,
      state: {
        requestedOn: "2026-03-20",
        stage: "declined",
        declined: { otherAction: "Annat", reason: "Före koderna", on: "2026-04-02" },
      },
    });
    await w.addGrades(`declined-${i}`, "VT2026", PASS);
  });
  // Söder: five pass every subject, five have a dash in one; year 3: five met all, five absent.
  await times(10, async (i) => {
    await w.addCase({
      area: "Söder",
      child: `nine-${i}`,
      state: { requestedOn: "2025-09-01", stage: "request" },
    });
    await w.addGrades(`nine-${i}`, "VT2026", i < 5 ? PASS : { ...PASS, MA: "-" });
    // Autumn grades of year 9 are term grades, not leaving grades: not counted.
    await w.addGrades(`nine-${i}`, "HT2026", { SV: "F" });
    await w.addCase({
      area: "Söder",
      child: `three-${i}`,
      state: { requestedOn: "2025-09-01", stage: "request" },
    });
    await w.addYear3(`three-${i}`, "VT2026", {
      reading: "met",
      writing: i < 5 ? "met" : "absent",
      mathematics: "met",
    });
  });
  // Children who moved: raised in Norr, closed as moved away in July, raised again in Söder in
  // August. Their spring grades count in Norr, where their case was when the term ended.
  await times(5, async (i) => {
    await w.addCase({
      area: "Norr",
      child: `moved-${i}`,
      state: {
        requestedOn: "2025-01-10",
        stage: "closed",
        closure: { reason: "moved_away", on: "2026-07-15" },
      },
    });
    await w.addCase({
      area: "Söder",
      child: `moved-${i}`,
      state: { requestedOn: "2026-08-01", stage: "request" },
    });
    await w.addGrades(`moved-${i}`, "VT2026", PASS);
  });
});
afterAll(() => t.close());

describe("SDQ, ORS and SRS indicators on a constructed municipality", () => {
  it("counts an SDQ six months old on the day itself as in time, a day older or none as not", async () => {
    expect(figure(await read(), "Norr", "sdq_every_6_months")).toMatchObject({
      numerator: 10,
      denominator: 20,
      value: 0.5,
    });
  });

  it("counts an SDQ total exactly the threshold better as improved, and leaving the abnormal band", async () => {
    const report = await read();
    expect(figure(report, "Norr", "sdq_total_improved")).toMatchObject({
      numerator: 10,
      denominator: 15,
    });
    expect(figure(report, "Norr", "sdq_left_abnormal")).toMatchObject({
      numerator: 5,
      denominator: 10,
      value: 0.5,
    });
  });

  it("counts ORS change equal to the reliable change as improvement, and SRS at the cut-off as satisfied", async () => {
    const report = await read();
    expect(figure(report, "Norr", "ors_reliable_improvement")).toMatchObject({
      numerator: 5,
      denominator: 10,
    });
    expect(figure(report, "Norr", "srs_satisfied")).toMatchObject({
      numerator: 10,
      denominator: 15,
    });
  });

  it("leaves a period without measurements at no figure", async () => {
    const report = await read({ from: "2025-01-01", to: "2025-03-31" });
    expect(figure(report, "Norr", "sdq_total_improved")).toMatchObject({ denominator: 0 });
    expect(figure(report, "Norr", "srs_satisfied")).toMatchObject({ denominator: 0 });
  });

  it("follows the tenant's SDQ improvement threshold", async () => {
    await t.db
      .insertInto("instrument_settings")
      .values({
        tenant_id: tenantId,
        schedule: "{}",
        thresholds: JSON.stringify({ sdqTotalImprovement: 6 }),
        updated_by: null,
        updated_at: new Date(),
      })
      .execute();
    try {
      expect(figure(await read(), "Norr", "sdq_total_improved")).toMatchObject({
        numerator: 5,
        denominator: 15,
      });
    } finally {
      await t.db.deleteFrom("instrument_settings").where("tenant_id", "=", tenantId).execute();
    }
  });
});

describe("open cases by stage and declined requests by reason", () => {
  it("counts open cases per stage on the period's last day", async () => {
    const report = await read();
    const stage = (s: string) => figure(report, "Norr", `open_stage_${s}`);
    expect(stage("interventions")).toMatchObject({ numerator: 10, denominator: 20 });
    expect(stage("network_meeting_1")).toMatchObject({ numerator: 5, denominator: 20 });
    expect(stage("evaluation")).toMatchObject({ numerator: 5, denominator: 20 });
    expect(stage("first_contact")).toMatchObject({ numerator: 0, denominator: 20 });
  });

  it("reads the stage from the dated steps, and a reopened case as closed while it was", async () => {
    // On 31 March: A (plan), B and C (meeting 1), the moved children's first cases and the
    // requests declined in April (not yet submitted); D was closed.
    const march = await read({ from: "2026-01-01", to: "2026-03-31" });
    expect(figure(march, "Norr", "open_stage_interventions")).toMatchObject({
      numerator: 5,
      denominator: 30,
    });
    expect(figure(march, "Norr", "open_stage_network_meeting_1")).toMatchObject({
      numerator: 10,
      denominator: 30,
    });
    expect(figure(march, "Norr", "open_stage_request")).toMatchObject({
      numerator: 15,
      denominator: 30,
    });
    // On 30 June D is open again, and C has its plan.
    const june = await read({ from: "2026-04-01", to: "2026-06-30" });
    expect(figure(june, "Norr", "open_stage_interventions")).toMatchObject({
      numerator: 15,
      denominator: 25,
    });
  });

  it("counts declined requests by their reason code, those without a code as other", async () => {
    const report = await read();
    expect(figure(report, "Norr", "declined_reason_single_organisation")).toMatchObject({
      numerator: 5,
      denominator: 10,
    });
    expect(figure(report, "Norr", "declined_reason_other")).toMatchObject({
      numerator: 5,
      denominator: 10,
    });
    expect(figure(report, "Norr", "declined_reason_authority_action")).toMatchObject({
      numerator: 0,
      denominator: 10,
    });
  });
});

describe("school results", () => {
  it("counts spring leaving grades of year 9, a dash as not passed, in the area of the case", async () => {
    const report = await read();
    expect(figure(report, "Söder", "school_results")).toMatchObject({
      numerator: 5,
      denominator: 10,
    });
    // The children who moved count where their case was when the term ended; the children
    // whose only request was declined do not count at all.
    expect(figure(report, "Norr", "school_results")).toMatchObject({
      numerator: 5,
      denominator: 5,
      value: 1,
    });
  });

  it("counts year-3 results with all three areas met, absence as not met", async () => {
    expect(figure(await read(), "Söder", "school_results_year3")).toMatchObject({
      numerator: 5,
      denominator: 10,
    });
  });
});
