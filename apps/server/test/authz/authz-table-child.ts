import { consentOf } from "./authz-cases";
import type { Ctx, RouteRule, Subject } from "./authz-harness";
import { allowIf, hasRole, INTAKE, professional } from "./authz-rules";

// Routes about one child (their record, outcomes, attendance) and the family's own view, run
// for the child of each subject's case; the attendance administration is in authz-table-attendance.

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
