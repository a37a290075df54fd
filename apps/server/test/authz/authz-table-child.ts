import { ESKILSTUNA_STAIRCASE } from "@kring/domain/attendance";
import { consentOf } from "./authz-cases";
import type { Ctx, RouteRule, Subject } from "./authz-harness";
import { allowIf, hasRole, INTAKE, professional } from "./authz-rules";

// Routes about one child (their record, outcomes, attendance) and the family's own view, run
// for the child of each subject's case, and the attendance administration.

const CASE_PEOPLE = ["coordinator", "member", "contact_person", "raiser", "raising_principal"];
/** The raiser (mentor) and principal belong to the school both children attend. */
const AT_SCHOOL = ["raiser", "raising_principal"];
const inTenant = (s: Subject) => professional(s) && s.relation !== "other_tenant";

/**
 * Sees one of the child's cases: its network, raiser and principal, emergency access; and the
 * central student health's coordinators, through intake, for Alva (her request awaiting
 * assessment shares with them), not for the protected child.
 */
function seesACaseOfTheChild(s: Subject) {
  if (!inTenant(s)) return false;
  if (CASE_PEOPLE.includes(s.actor) || s.actor === "emergency") return true;
  return s.actor === "central_coordinator" && s.on !== "protected";
}

/** The child's record: staff of the child's units, the intake roles, whoever sees a case. */
const childRecord = (s: Subject) =>
  allowIf(inTenant(s) && (hasRole(s, ...INTAKE) || seesACaseOfTheChild(s)));
/** Outcomes: whoever sees a case of the child, and the school's own staff. */
const outcomes = (s: Subject) =>
  allowIf(inTenant(s) && (seesACaseOfTheChild(s) || AT_SCHOOL.includes(s.actor)));
/** Recording school outcomes: the school's staff and the case's coordinators. */
const recordOutcomes = (s: Subject) =>
  allowIf(inTenant(s) && (AT_SCHOOL.includes(s.actor) || s.actor === "coordinator"));
/** Attendance of a pupil: in this world (no groups, nobody on the staircase) only the principal. */
const pupilAttendance = (s: Subject) => allowIf(inTenant(s) && s.actor === "raising_principal");
/** The family's own child: their guardians and the child. */
const ownChild = (s: Subject) =>
  allowIf((s.kind === "guardian" || s.kind === "child") && s.relation !== "non_member");

const child = (ctx: Ctx) => ctx.refs.childId;
const guardianOf = (ctx: Ctx) =>
  (ctx.refs.childId === ctx.w.childY.id ? ctx.w.childY : ctx.w.childX).guardians[0];
const school = (ctx: Ctx) => ctx.w.tenant.unitId("school");
const administrator = (s: Subject) => allowIf(hasRole(s, "administrator"));
/** The child's guardians: the administrator and the intake roles of the child's tenant. */
const guardianKeeper = (s: Subject) =>
  allowIf(inTenant(s) && hasRole(s, "administrator", ...INTAKE));

export const CHILD_ROUTES: RouteRule[] = [
  {
    route: "GET /api/children/{id}",
    scope: "case",
    rule: "staff of the child's units, intake roles, whoever sees a case of the child",
    call: (ctx) => ({ path: `/api/children/${child(ctx)}` }),
    expect: childRecord,
  },
  {
    route: "GET /api/children/{id}/guardians",
    scope: "case",
    rule: "the administrator and the intake roles keep the child's guardians (ADR 0044)",
    call: (ctx) => ({ path: `/api/children/${child(ctx)}/guardians` }),
    expect: guardianKeeper,
  },
  {
    route: "POST /api/children/{id}/guardians",
    scope: "case",
    rule: "the administrator and the intake roles keep the child's guardians (ADR 0044)",
    call: (ctx) => ({
      path: `/api/children/${child(ctx)}/guardians`,
      // Without custody, so the family's rights in the other rows do not change.
      body: { givenName: "Ny", familyName: "Förälder", custody: false },
    }),
    expect: guardianKeeper,
  },
  {
    route: "PATCH /api/children/{id}/guardians/{guardianId}",
    scope: "case",
    rule: "the administrator and the intake roles keep the child's guardians (ADR 0044)",
    call: (ctx) => ({
      path: `/api/children/${child(ctx)}/guardians/${guardianOf(ctx)}`,
      body: { phone: "070-1" },
    }),
    expect: guardianKeeper,
  },
  {
    route: "DELETE /api/children/{id}/guardians/{guardianId}",
    scope: "case",
    rule: "the administrator and the intake roles keep the child's guardians (ADR 0044)",
    call: async (ctx) => {
      const tenantId = ctx.w.tenant.tenantId;
      const g = await ctx.db
        .insertInto("guardian")
        .values({ tenant_id: tenantId, given_name: "Tillfällig", family_name: "Vuxen" })
        .returning("id")
        .executeTakeFirstOrThrow();
      await ctx.db
        .insertInto("child_guardian")
        .values({ tenant_id: tenantId, child_id: child(ctx), guardian_id: g.id, custody: false })
        .execute();
      return { path: `/api/children/${child(ctx)}/guardians/${g.id}` };
    },
    expect: guardianKeeper,
  },
  {
    route: "GET /api/children/{id}/outcomes",
    scope: "case",
    rule: "whoever sees a case of the child, and the school's staff",
    call: (ctx) => ({ path: `/api/children/${child(ctx)}/outcomes` }),
    expect: outcomes,
  },
  {
    route: "POST /api/children/{id}/outcomes/grades",
    scope: "case",
    rule: "the school's staff and the case's coordinators",
    call: (ctx) => ({
      path: `/api/children/${child(ctx)}/outcomes/grades`,
      body: { term: "VT2026", schoolYear: 6, grades: [{ subject: "MA", grade: "C" }] },
    }),
    expect: recordOutcomes,
  },
  {
    route: "POST /api/children/{id}/outcomes/year3",
    scope: "case",
    rule: "the school's staff and the case's coordinators",
    call: (ctx) => ({
      path: `/api/children/${child(ctx)}/outcomes/year3`,
      body: { term: "VT2026", results: [{ area: "reading", result: "met" }] },
    }),
    expect: recordOutcomes,
  },
  {
    route: "GET /api/attendance/pupils/{id}",
    scope: "case",
    rule: "the pupil's mentor, principal, student health on the staircase, attendance team",
    call: (ctx) => ({ path: `/api/attendance/pupils/${child(ctx)}` }),
    expect: pupilAttendance,
  },
  {
    route: "POST /api/attendance/pupils/{id}/collaboration-case",
    scope: "case",
    rule: "the attendance team for a pupil on its caseload (nobody here)",
    call: (ctx) => ({
      path: `/api/attendance/pupils/${child(ctx)}/collaboration-case`,
      body: {
        raisedByUnitId: school(ctx),
        concern: "Hög frånvaro.",
        consent: consentOf([guardianOf(ctx)!], [school(ctx), ctx.w.tenant.unitId("central")]),
      },
    }),
    expect: () => "deny",
  },
  {
    route: "POST /api/attendance/pupils/{id}/concern-report",
    scope: "case",
    rule: "the attendance team for a pupil on its caseload (nobody here)",
    call: (ctx) => ({
      path: `/api/attendance/pupils/${child(ctx)}/concern-report`,
      body: { summary: "Frånvaron fortsätter." },
    }),
    expect: () => "deny",
  },
  {
    route: "POST /api/attendance/notices",
    scope: "case",
    rule: "the pupil's mentor marks a notice done (no mentor groups here: nobody)",
    call: (ctx) => ({
      path: "/api/attendance/notices",
      body: { childId: child(ctx), date: new Date().toISOString().slice(0, 10) },
    }),
    expect: () => "deny",
  },
  {
    route: "GET /api/family/children/{childId}",
    scope: "case",
    rule: "the child's guardians and the child",
    call: (ctx) => ({ path: `/api/family/children/${child(ctx)}` }),
    expect: ownChild,
  },
  {
    route: "GET /api/family/children/{childId}/reads",
    scope: "case",
    rule: "the child's guardians and the child (issue #21: who read about the child)",
    call: (ctx) => ({ path: `/api/family/children/${child(ctx)}/reads` }),
    expect: ownChild,
  },
  {
    route: "POST /api/family/children/{childId}/comments",
    scope: "case",
    rule: "the child's guardians and the child",
    call: (ctx) => ({
      path: `/api/family/children/${child(ctx)}/comments`,
      body: { body: "Vi tycker det går bättre." },
    }),
    expect: ownChild,
  },
  {
    route: "POST /api/family/children/{childId}/plan/agree",
    scope: "case",
    rule: "the child's guardians and the child",
    call: (ctx) => ({
      path: `/api/family/children/${child(ctx)}/plan/agree`,
      body: { revision: 1 },
    }),
    expect: ownChild,
  },
  {
    route: "GET /api/family/children/{childId}/meetings/{meetingId}/invitation",
    scope: "case",
    rule: "a guardian invited to the meeting (the child is invited from the tenant's age: 15)",
    call: (ctx) =>
      ctx.refs.meetingId && {
        path: `/api/family/children/${child(ctx)}/meetings/${ctx.refs.meetingId}/invitation`,
      },
    expect: (s) => allowIf(s.kind === "guardian" && s.relation === "guardian"),
  },
  {
    route: "GET /api/family/children/{childId}/plan/pdf",
    scope: "case",
    rule: "the child's guardians and the child",
    call: (ctx) => ({ path: `/api/family/children/${child(ctx)}/plan/pdf` }),
    expect: ownChild,
  },
  {
    route: "GET /api/family/children/{childId}/support-requests",
    scope: "case",
    rule: "the child's guardians and the child ('Vi vill ha stöd', issue 19.3)",
    call: (ctx) => ({ path: `/api/family/children/${child(ctx)}/support-requests` }),
    expect: ownChild,
  },
  {
    route: "POST /api/family/children/{childId}/support-requests",
    scope: "case",
    rule: "a guardian with custody raises a request for their child; the child does not",
    call: (ctx) => ({
      path: `/api/family/children/${child(ctx)}/support-requests`,
      body: {
        worry: "Vi oroar oss för skolfrånvaron.",
        contactWay: "phone",
        contact: "070-123 45 67",
        consent: true,
      },
    }),
    expect: (s) => allowIf(s.kind === "guardian" && s.relation !== "non_member"),
  },
  {
    route: "GET /api/family/children/{childId}/consent-requests",
    scope: "case",
    rule: "the child's guardians and the child (who sees none under the tenant's age)",
    call: (ctx) => ({ path: `/api/family/children/${child(ctx)}/consent-requests` }),
    expect: ownChild,
  },
  {
    route: "POST /api/family/children/{childId}/consent-requests/{requestId}/answer",
    scope: "case",
    rule: "the child's guardians; the world's child is under 15 and is not asked",
    call: async (ctx) => {
      if (!ctx.refs.caseId) return null;
      const row = await ctx.db
        .selectFrom("cases")
        .select(["tenant_id", "child_id", "raised_by_user_id"])
        .where("id", "=", ctx.refs.caseId)
        .executeTakeFirstOrThrow();
      // A fresh question each time (only one may be open per case), answered "refused".
      await ctx.db
        .updateTable("consent_request")
        .set({ status: "refused" })
        .where("case_id", "=", ctx.refs.caseId)
        .where("status", "=", "open")
        .execute();
      const q = await ctx.db
        .insertInto("consent_request")
        .values({
          tenant_id: row.tenant_id,
          child_id: row.child_id,
          case_id: ctx.refs.caseId,
          purpose: "Samordnat stöd",
          asked_by: row.raised_by_user_id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return {
        path: `/api/family/children/${child(ctx)}/consent-requests/${q.id}/answer`,
        body: { answer: "refused" },
      };
    },
    expect: (s) => allowIf(s.kind === "guardian" && s.relation !== "non_member"),
  },
  {
    route: "GET /api/family/children/{childId}/consents",
    scope: "case",
    rule: "the child's guardians and the child: the consents in force each gave (issue 19)",
    call: (ctx) => ({ path: `/api/family/children/${child(ctx)}/consents` }),
    expect: ownChild,
  },
  {
    route: "POST /api/family/children/{childId}/consents/{consentId}/withdraw",
    scope: "case",
    rule: "a guardian with custody withdraws a consent in force they gave; the child gave none here",
    call: async (ctx) => {
      if (!ctx.refs.caseId) return null;
      const row = await ctx.db
        .selectFrom("cases")
        .select(["tenant_id", "child_id", "raised_by_user_id"])
        .where("id", "=", ctx.refs.caseId)
        .executeTakeFirstOrThrow();
      const guardians = await ctx.db
        .selectFrom("child_guardian")
        .select("guardian_id")
        .where("child_id", "=", row.child_id)
        .where("custody", "=", true)
        .execute();
      // A fresh consent each time, given by every guardian with custody, naming no unit.
      const k = await ctx.db
        .insertInto("consent")
        .values({
          tenant_id: row.tenant_id,
          child_id: row.child_id,
          case_id: ctx.refs.caseId,
          purpose: "Prov på återkallelse",
          given_by: JSON.stringify(
            guardians.map((g) => ({ kind: "guardian", guardianId: g.guardian_id, name: "VH" })),
          ),
          valid_from: new Date(Date.now() - 60_000),
          method: "digital",
          recorded_by: row.raised_by_user_id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return {
        path: `/api/family/children/${child(ctx)}/consents/${k.id}/withdraw`,
        body: { reason: "" },
      };
    },
    expect: (s) => allowIf(s.kind === "guardian" && s.relation !== "non_member"),
  },
  {
    route: "GET /api/family/instruments/{id}",
    scope: "case",
    rule: "the guardian the form was sent to",
    call: (ctx) =>
      ctx.refs.instrumentRequestId && {
        path: `/api/family/instruments/${ctx.refs.instrumentRequestId}`,
      },
    expect: (s) => allowIf(s.kind === "guardian" && s.relation === "guardian"),
  },
  {
    route: "POST /api/family/instruments/{id}/response",
    scope: "case",
    rule: "the guardian the form was sent to",
    call: (ctx) =>
      ctx.refs.instrumentRequestId && {
        path: `/api/family/instruments/${ctx.refs.instrumentRequestId}/response`,
        body: { form: "sdq-parent", answers: Array(25).fill(0) },
      },
    expect: (s) => allowIf(s.kind === "guardian" && s.relation === "guardian"),
  },
];

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
