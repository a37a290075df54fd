import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";
import { type AuditGap, auditChecker, reportGaps } from "./authz-audit";
import type { RouteRule } from "./authz-harness";
import { inWalkOrder, report, runMatrix } from "./authz-run";
import { CASE_ROUTES } from "./authz-table-cases";
import { ATTENDANCE_ROUTES } from "./authz-table-attendance";
import { CHILD_ROUTES } from "./authz-table-child";
import { EXPERIENCE_ROUTES } from "./authz-table-experience";
import { GLOBAL_ROUTES } from "./authz-table-global";
import { OFFER_ROUTES } from "./authz-table-offer";
import { PLAN_ROUTES } from "./authz-table-plans";
import { SIGN_IN_ROUTES } from "./authz-table-sign-in";
import { SAML_ROUTES } from "./authz-table-saml";
import { EARLY_SUPPORT_ROUTES } from "./authz-early-support";
import { type AuthzWorld, authzWorld } from "./authz-world";

// Issue #15: every route of /api/openapi.json, as every role and in every relationship to a case
// or child, against an expectation table written from the access rules. A new route fails
// here until its rule is written down.

const TABLE: RouteRule[] = [
  ...GLOBAL_ROUTES,
  ...CASE_ROUTES,
  ...PLAN_ROUTES,
  ...CHILD_ROUTES,
  ...ATTENDANCE_ROUTES,
  ...OFFER_ROUTES,
  ...SIGN_IN_ROUTES,
  ...SAML_ROUTES,
  ...EARLY_SUPPORT_ROUTES,
  ...EXPERIENCE_ROUTES,
];

let t: TestApp;
let w: AuthzWorld;
/** Audit entries that name a child outside `child_id`, found while the matrix runs. */
let auditGaps: AuditGap[] | null = null;
beforeAll(async () => {
  t = await createTestApp();
  w = await authzWorld(t);
}, 120_000);
afterAll(() => t.close());

async function documentedRoutes(): Promise<string[]> {
  const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
  const paths = res.json<{ paths: Record<string, Record<string, unknown>> }>().paths;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
  );
}

describe("authorization matrix", () => {
  it("has exactly one rule for every route the API documents", async () => {
    const routes = await documentedRoutes();
    const named = TABLE.map((r) => r.route);
    expect(
      routes.filter((r) => !named.includes(r)),
      "routes without a rule",
    ).toEqual([]);
    expect(
      named.filter((r) => !routes.includes(r)),
      "rules for routes that are gone",
    ).toEqual([]);
    expect(
      named.filter((r, i) => named.indexOf(r) !== i),
      "routes with two rules",
    ).toEqual([]);
  });

  // The walk in slices of the same order, each a test of its own: one test over every route
  // outgrew any sensible timeout on a loaded 2-core machine as the API grew.
  const slices = walkSlices(inWalkOrder(TABLE), 6);
  let requests = 0;
  let audit: Awaited<ReturnType<typeof auditChecker>> | null = null;
  it.each(slices.map((rules, i) => [i + 1, rules] as const))(
    "answers every route as the rules say, for every role and relationship (slice %i)",
    async (_, rules) => {
      audit ??= await auditChecker(w);
      const run = await runMatrix(t.app, w, rules, audit.observe);
      requests += run.requests;
      auditGaps = audit.gaps;
      if (process.env.AUTHZ_TIMING)
        console.log(
          Object.entries(run.millis)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 15),
        );
      expect(run.mismatches.length, report(run.mismatches)).toBe(0);
    },
    300_000,
  );

  it("walked every slice", () => {
    expect(requests).toBeGreaterThan(2000);
  });

  // Issue #15: "every audit entry about a child carries the child's id in its own column",
  // checked on every answer of the walk above (authz-audit.ts).
  it("audits every child an answer names, with the child's id in its own column", () => {
    expect(auditGaps, "the matrix walk did not run").not.toBeNull();
    expect(auditGaps!.length, reportGaps(auditGaps!)).toBe(0);
  });
});

/** `rules` cut into `n` consecutive slices, keeping their order. */
function walkSlices(rules: RouteRule[], n: number): RouteRule[][] {
  const size = Math.ceil(rules.length / n);
  return Array.from({ length: n }, (_, i) => rules.slice(i * size, (i + 1) * size));
}
