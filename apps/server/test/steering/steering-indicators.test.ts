import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { steeringIndicators } from "../../src/features/steering/steering.service";
import { type TestApp, createTestApp } from "../support/test-app";
import { steeringWorld } from "./steering-world";

// A constructed municipality with known answers. Norr: ten requests on 2 Feb 2026, five ordinary
// ones handled on the deadline day itself (contact day 7, plan day 30, evaluation on the
// six-month day), five acute ones contacted the next day (late) without plan or SDQ.
// Söder: six cases closed in January 2026, five after exactly two years, one a day early.
let t: TestApp;
const PERIOD = { from: "2026-01-01", to: "2026-12-31" };
const TODAY = "2026-12-31";
const system = (tenantId: string) => ({ tenantId, userId: null, system: "test" });

const figure = (
  report: Awaited<ReturnType<typeof steeringIndicators>>,
  area: string | null,
  id: string,
) => report.groups.find((g) => g.area === area)!.indicators.find((i) => i.id === id)!;

let report: Awaited<ReturnType<typeof steeringIndicators>>;
let tenantId: string;

beforeAll(async () => {
  t = await createTestApp();
  const w = await steeringWorld(t.db, ["Norr", "Söder"]);
  tenantId = w.tenant.tenantId;
  for (let i = 0; i < 5; i++) {
    await w.addCase({
      area: "Norr",
      state: {
        requestedOn: "2026-02-02",
        stage: "evaluation",
        firstContactOn: "2026-02-09",
        planAgreedOn: "2026-03-04",
        planVersion: 1,
        meetings: [{ kind: "network_meeting_1", heldOn: "2026-02-20" }],
        evaluations: [
          { goals: "partly", familyView: "", childView: "", on: "2026-09-04", atMeeting: true },
        ],
        lastEvaluationOn: "2026-09-04",
        authorityActions: [
          {
            kind: "application",
            note: "",
            on: "2026-04-01",
            stage: "interventions",
            closedCase: false,
          },
          {
            kind: "application",
            note: "",
            on: "2026-05-01",
            stage: "interventions",
            closedCase: false,
          },
        ],
      },
      submittedOn: "2026-02-04",
      // The SDQ on the meeting day itself still comes before the meeting.
      sdqOn: [i === 0 ? "2026-02-20" : "2026-02-15"],
    });
    await w.addCase({
      area: "Norr",
      state: {
        requestedOn: "2026-02-02",
        acute: true,
        stage: "network_meeting_1",
        firstContactOn: "2026-02-03",
        meetings: [{ kind: "network_meeting_1", heldOn: "2026-02-20" }],
        authorityActions: [
          {
            kind: "report_of_concern",
            note: "",
            on: "2026-03-01",
            stage: "network_meeting_1",
            closedCase: false,
          },
        ],
      },
      submittedOn: "2026-02-12",
    });
  }
  // Not counted: a declined request, and one whose contact deadline has not yet passed.
  await w.addCase({
    area: "Norr",
    state: {
      requestedOn: "2026-03-01",
      stage: "declined",
      declined: { otherAction: "", reason: "", on: "2026-03-02" },
    },
  });
  await w.addCase({ area: "Norr", state: { requestedOn: "2026-12-28", stage: "request" } });
  for (let i = 0; i < 6; i++)
    await w.addCase({
      area: "Söder",
      state: {
        requestedOn: "2024-01-10",
        stage: "closed",
        closure: { reason: "goals_met", on: i === 0 ? "2026-01-09" : "2026-01-10" },
      },
    });
  report = await steeringIndicators(t.db, system(tenantId), PERIOD, TODAY);
});
afterAll(() => t.close());

describe("steering indicators on a constructed municipality", () => {
  it("lists the municipality first, then each area by name", () => {
    expect(report.period).toEqual(PERIOD);
    expect(report.groups.map((g) => g.area)).toEqual([null, "Norr", "Söder"]);
  });

  it("counts contact on the deadline day as within, and acute requests against the same day", () => {
    expect(figure(report, "Norr", "contact_within_deadline")).toEqual({
      id: "contact_within_deadline",
      numerator: 5,
      denominator: 10,
      value: 0.5,
      suppressed: false,
    });
  });

  it("counts a plan agreed on day 30 as within 30 days, a missing plan past its deadline as not", () => {
    expect(figure(report, "Norr", "sip_within_30_days")).toMatchObject({
      numerator: 5,
      denominator: 10,
      value: 0.5,
    });
  });

  it("counts cases without any SDQ as not measured before network meeting 1", () => {
    expect(figure(report, "Norr", "sdq_before_first_meeting")).toMatchObject({
      numerator: 5,
      denominator: 10,
    });
  });

  it("counts an evaluation on the six-month day as in time", () => {
    expect(figure(report, "Norr", "evaluation_at_6_months")).toMatchObject({
      numerator: 5,
      denominator: 5,
      value: 1,
    });
  });

  it("compares applications with reports of concern", () => {
    expect(figure(report, "Norr", "applications_vs_reports")).toMatchObject({
      numerator: 10,
      denominator: 5,
      value: 2,
    });
  });

  it("gives median and 90th percentile lead times in days", () => {
    expect(figure(report, "Norr", "lead_request_to_assessment_median")).toMatchObject({
      denominator: 10,
      value: 2,
    });
    expect(figure(report, "Norr", "lead_request_to_assessment_p90")).toMatchObject({
      denominator: 10,
      value: 10,
    });
    expect(figure(report, "Norr", "lead_assessment_to_network_meeting_1_median")).toMatchObject({
      value: 8,
    });
    expect(figure(report, "Norr", "lead_network_meeting_1_to_plan_median")).toMatchObject({
      denominator: 5,
      value: 12,
    });
  });

  it("hides a count of 1-4 and enough others that it cannot be worked out", () => {
    // Söder: five followed two years, one closed a day early. The one is hidden, and so is the
    // municipality's figure, which would otherwise equal Söder's and give it away.
    for (const area of ["Söder", null])
      expect(figure(report, area, "followed_two_years")).toEqual({
        id: "followed_two_years",
        numerator: null,
        denominator: null,
        value: null,
        suppressed: true,
      });
  });

  it("shows the municipality's totals when nothing is small", () => {
    expect(figure(report, null, "contact_within_deadline")).toMatchObject({
      numerator: 5,
      denominator: 10,
    });
  });

  it("narrows to one area by name, refuses an unknown area and a reversed period", async () => {
    const one = await steeringIndicators(
      t.db,
      system(tenantId),
      { ...PERIOD, area: "Norr" },
      TODAY,
    );
    expect(one.groups.map((g) => g.area)).toEqual(["Norr"]);
    await expect(
      steeringIndicators(t.db, system(tenantId), { ...PERIOD, area: "Väst" }, TODAY),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      steeringIndicators(t.db, system(tenantId), { from: "2026-02-01", to: "2026-01-01" }, TODAY),
    ).rejects.toMatchObject({ status: 400, code: "period_reversed" });
  });
});
