import { ESKILSTUNA_STAIRCASE } from "@kring/domain/attendance";
import type { Ctx, RouteRule, Subject } from "./authz-harness";
import { allowIf, hasRole, professional } from "./authz-rules";

// The attendance routes about no one child: imports, uploads, the staircase and the lists.

const administrator = (s: Subject) => allowIf(hasRole(s, "administrator"));

export const ATTENDANCE_ROUTES: RouteRule[] = [
  ...(
    [
      ["GET /api/attendance/staircases", () => ({ path: "/api/attendance/staircases" })],
      [
        "POST /api/attendance/staircases",
        () => ({
          path: "/api/attendance/staircases",
          body: { unitId: null, staircase: ESKILSTUNA_STAIRCASE },
        }),
      ],
      [
        "POST /api/attendance/staircases/preview",
        () => ({
          path: "/api/attendance/staircases/preview",
          body: { unitId: null, staircase: ESKILSTUNA_STAIRCASE },
        }),
      ],
      [
        "POST /api/attendance/evaluate",
        () => ({ path: "/api/attendance/evaluate", body: { mode: "pending" } }),
      ],
      [
        "POST /api/attendance/import-files",
        () => ({
          path: "/api/attendance/import-files?name=narvaro.csv",
          raw: { contentType: "application/octet-stream", payload: "personnummer;datum\n" },
        }),
      ],
      [
        "POST /api/attendance/imports",
        () => ({
          path: "/api/attendance/imports",
          body: { format: "csv", files: [{ name: "tom.csv", content: "" }] },
        }),
      ],
      ["GET /api/attendance/imports", () => ({ path: "/api/attendance/imports" })],
      [
        "GET /api/attendance/imports/{id}",
        (ctx: Ctx) => ({ path: `/api/attendance/imports/${ctx.w.importId}` }),
      ],
    ] as const
  ).map(([route, call]): RouteRule => ({
    route,
    scope: "global",
    rule: "attendance administration is for administrators",
    call,
    expect: administrator,
  })),
  {
    route: "GET /api/attendance/pupils",
    scope: "global",
    rule: "professionals see the pupils they may (a filtered list)",
    call: () => ({ path: "/api/attendance/pupils" }),
    expect: (s) => allowIf(professional(s)),
  },
  {
    route: "GET /api/attendance/caseload",
    scope: "global",
    rule: "the attendance team's caseload",
    call: () => ({ path: "/api/attendance/caseload" }),
    expect: (s) => allowIf(hasRole(s, "attendance_team")),
  },
  {
    route: "GET /api/attendance/notices",
    scope: "global",
    rule: "professionals see their own notices",
    call: () => ({ path: "/api/attendance/notices" }),
    expect: (s) => allowIf(professional(s)),
  },
  {
    route: "GET /api/attendance/tasks",
    scope: "global",
    rule: "professionals see their own tasks",
    call: () => ({ path: "/api/attendance/tasks" }),
    expect: (s) => allowIf(professional(s)),
  },
  {
    route: "POST /api/attendance/tasks/{id}/done",
    scope: "global",
    rule: "one's own task (none exists here: refused for everyone)",
    call: () => ({ path: "/api/attendance/tasks/00000000-0000-4000-8000-000000000000/done" }),
    expect: () => "deny",
  },
  {
    route: "GET /api/attendance/statistics",
    scope: "global",
    rule: "principals for their schools; analysts, attendance team, administrators for all",
    call: () => ({ path: "/api/attendance/statistics" }),
    expect: (s) => allowIf(hasRole(s, "principal", "analyst", "attendance_team", "administrator")),
  },
  {
    route: "GET /api/steering/indicators",
    scope: "global",
    rule: "aggregates only: analysts and steering groups (issue 20)",
    call: () => ({ path: "/api/steering/indicators?from=2026-01-01&to=2026-12-31" }),
    expect: (s) => allowIf(hasRole(s, "analyst", "steering_group")),
  },
  {
    route: "GET /api/steering/indicators/{indicator}/series",
    scope: "global",
    rule: "aggregates only: analysts and steering groups (issue 20)",
    call: () => ({
      path: "/api/steering/indicators/contact_within_deadline/series?size=term&to=2026-12-31&count=2",
    }),
    expect: (s) => allowIf(hasRole(s, "analyst", "steering_group")),
  },
  {
    route: "GET /api/steering/targets",
    scope: "global",
    rule: "aggregates only: analysts and steering groups (issue 20)",
    call: () => ({ path: "/api/steering/targets" }),
    expect: (s) => allowIf(hasRole(s, "analyst", "steering_group")),
  },
  {
    route: "PUT /api/steering/targets/{indicator}",
    scope: "global",
    rule: "the steering group sets its targets (the matrix's group is the municipality's)",
    call: () => ({
      path: "/api/steering/targets/contact_within_deadline",
      body: { area: null, target: 0.9, amber: 0.8 },
    }),
    expect: (s) => allowIf(hasRole(s, "steering_group")),
  },
  {
    route: "GET /api/steering/export",
    scope: "global",
    rule: "aggregates only: analysts and steering groups (issue 20)",
    call: () => ({ path: "/api/steering/export?from=2026-01-01&to=2026-06-30&format=csv" }),
    expect: (s) => allowIf(hasRole(s, "analyst", "steering_group")),
  },
];
