import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmDate } from "@kring/domain/cases";
import { periodOf } from "@kring/domain/statistics";
import { findTenant } from "../../src/features/organisation/tenant";
import { steeringIndicators } from "../../src/features/steering/steering.service";
import { seedDemo } from "../../src/demo/seed-demo";
import { type TestApp, createTestApp } from "../support/test-app";

// The demo gives the outcome figures values a steering group can read (issue 20.5): shown, not
// hidden under the small-count rule, in Mariehem (SDQ, CORS, CSRS) and Teg (declined by reason), as in the other areas.
let t: TestApp;
let report: Awaited<ReturnType<typeof steeringIndicators>>;
const NOW = new Date("2026-11-20T10:00:00Z");

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db, NOW)).toBe(true);
  const tenant = (await findTenant(t.db, undefined))!;
  const today = stockholmDate(NOW);
  const term = periodOf(today, "term");
  report = await steeringIndicators(
    t.db,
    { tenantId: tenant.id, userId: null, system: "test" },
    { from: term.from, to: term.to },
    today,
  );
}, 180_000);
afterAll(() => t.close());

const shown = (area: string, id: string) =>
  report.groups.find((g) => g.area === area)!.indicators.find((i) => i.id === id)!;

describe("the demo's steering outcome figures this term", () => {
  it("shows SDQ, CORS and CSRS outcomes in Mariehem", () => {
    for (const id of [
      "sdq_total_improved",
      "sdq_left_abnormal",
      "ors_reliable_improvement",
      "srs_satisfied",
    ])
      expect(shown("Mariehem", id), id).toMatchObject({
        suppressed: false,
        numerator: 7,
        denominator: 12,
      });
  });

  it("shows declined requests by reason in Teg", () => {
    for (const id of ["declined_reason_single_organisation", "declined_reason_authority_action"])
      expect(shown("Teg", id), id).toMatchObject({
        suppressed: false,
        numerator: 5,
        denominator: 10,
      });
  });
});
