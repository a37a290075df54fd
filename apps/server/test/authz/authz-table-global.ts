import { makePersonalNumber } from "@kring/domain";
import type { Ctx, RouteRule, Subject } from "./authz-harness";
import {
  allowIf,
  careRole,
  caseworker,
  family,
  hasRole,
  INTAKE,
  professional,
  signedIn,
} from "./authz-rules";
import { adminRoutes } from "./authz-table-admin";

// Routes about no one case: sign-in, the organisation, administration, lists and queues.

const administrator = (s: Subject) => allowIf(hasRole(s, "administrator"));
const anyone = () => "allow" as const;
let seq = 0;
/** Signing in and out is the same for every role: a professional, the family, nobody. */
const SIGN_IN_SUBJECTS = [
  "raiser",
  "administrator",
  "guardian",
  "child",
  "anonymous",
  "other_tenant",
];
const signInSubjects = (s: Subject) => SIGN_IN_SUBJECTS.includes(s.actor);

export const GLOBAL_ROUTES: RouteRule[] = [
  {
    route: "GET /api/health",
    scope: "global",
    rule: "public",
    call: () => ({ path: "/api/health" }),
    expect: anyone,
  },
  {
    route: "POST /api/auth/login",
    scope: "global",
    rule: "public (each subject logs in as itself; anonymous as the raiser)",
    call: (ctx) => ({
      path: "/api/auth/login",
      body: {
        username: ctx.w.usernames[ctx.s.actor] ?? ctx.w.usernames.raiser,
        password: ctx.w.password,
      },
    }),
    only: signInSubjects,
    expect: anyone,
  },
  {
    route: "GET /api/requests/mine",
    scope: "global",
    rule: "one's own requests' status (empty for everyone who raised none)",
    call: () => ({ path: "/api/requests/mine" }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "GET /api/emergency-access/policy",
    scope: "global",
    rule: "whether one's own role may use emergency access",
    call: () => ({ path: "/api/emergency-access/policy" }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "GET /api/auth/session",
    scope: "global",
    rule: "one's own session",
    call: () => ({ path: "/api/auth/session" }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "POST /api/auth/logout",
    scope: "global",
    rule: "one's own session (a fresh one, so the matrix keeps its own)",
    call: () => ({ path: "/api/auth/logout", fresh: true }),
    only: signInSubjects,
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "PATCH /api/auth/me",
    scope: "global",
    rule: "one's own settings",
    call: () => ({ path: "/api/auth/me", body: { locale: "sv" } }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "POST /api/auth/password",
    scope: "global",
    rule: "one's own password (a wrong current one: refused as input, not access)",
    call: () => ({
      path: "/api/auth/password",
      body: { currentPassword: "inte-lösenordet", newPassword: "ett helt nytt lösenord" },
    }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "POST /api/auth/second-factor",
    scope: "global",
    rule: "one's own second factor at sign-in (none enrolled: refused as input)",
    call: () => ({ path: "/api/auth/second-factor", body: { code: "000000" } }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "POST /api/auth/second-factor/enrolment",
    scope: "global",
    rule: "professionals add a second factor to their own account",
    call: () => ({ path: "/api/auth/second-factor/enrolment" }),
    expect: (s) => allowIf(professional(s)),
  },
  {
    route: "POST /api/auth/second-factor/enrolment/confirm",
    scope: "global",
    rule: "professionals confirm their own enrolment (a wrong code: refused as input)",
    call: () => ({ path: "/api/auth/second-factor/enrolment/confirm", body: { code: "000000" } }),
    expect: (s) => allowIf(professional(s)),
  },
  {
    route: "GET /api/structure",
    scope: "global",
    rule: "the organisation is no personal data: every signed-in user",
    call: () => ({ path: "/api/structure" }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "GET /api/units/{id}/people",
    scope: "global",
    rule: "staff at work with children (not analysts) find colleagues",
    call: (ctx) => ({ path: `/api/units/${ctx.w.tenant.unitId("school")}/people` }),
    expect: (s) => allowIf(caseworker(s) && s.relation !== "other_tenant"),
  },
  ...adminRoutes(),
  ...notificationRoutes(),
  ...logReviewRoutes(),
  {
    route: "GET /api/consent-rules",
    scope: "global",
    rule: "the tenant's consent rules (no personal data) for anyone signed in",
    call: () => ({ path: "/api/consent-rules" }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "POST /api/children/search",
    scope: "global",
    rule: "staff at work with children look a child up",
    call: () => ({ path: "/api/children/search", body: { q: "Alva" } }),
    expect: (s) => allowIf(careRole(s)),
  },
  {
    route: "POST /api/children",
    scope: "global",
    rule: "staff at work with children register a child to raise a request",
    call: () => ({
      path: "/api/children",
      body: {
        personalNumber: makePersonalNumber("2015-05-05", 100 + (seq++ % 800)),
        givenName: "Ny",
        familyName: "Elev",
      },
    }),
    expect: (s) => allowIf(careRole(s)),
  },
  {
    route: "POST /api/guardian-keeping/find-child",
    scope: "global",
    rule: "the administrator and the intake roles find a child by number to keep its guardians",
    call: async (ctx) => {
      const c = await ctx.db
        .selectFrom("child")
        .select("personal_number")
        .where("id", "=", ctx.w.childX.id)
        .executeTakeFirstOrThrow();
      return {
        path: "/api/guardian-keeping/find-child",
        body: { personalNumber: c.personal_number },
      };
    },
    expect: (s) => allowIf(s.relation !== "other_tenant" && hasRole(s, "administrator", ...INTAKE)),
  },
  {
    route: "GET /api/cases/coordination",
    scope: "global",
    rule: "the intake roles see who coordinates the running cases shared with their unit (ADR 0025)",
    call: () => ({ path: "/api/cases/coordination" }),
    expect: (s) => allowIf(hasRole(s, ...INTAKE)),
  },
  {
    route: "GET /api/worklist",
    scope: "global",
    rule: "one's own tasks",
    call: () => ({ path: "/api/worklist" }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "GET /api/cases",
    scope: "global",
    rule: "one's own cases (the list is filtered by the case rule)",
    call: () => ({ path: "/api/cases" }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "POST /api/cases",
    scope: "global",
    rule: "a professional raises a request from a unit they belong to, for a child of their tenant",
    call: (ctx) => ({
      path: "/api/cases",
      body: {
        childId: ctx.w.childZ.id,
        raisedByUnitId: ctx.unitId ?? ctx.w.tenant.unitId("school"),
        concern: "Orolig för eleven.",
        acute: false,
      },
    }),
    // Another tenant's child is unknown (400 unknown_child): refused, nothing written.
    expect: (s) => (s.relation === "other_tenant" ? "no_write" : allowIf(careRole(s))),
  },
  {
    route: "GET /api/cases/intake",
    scope: "global",
    rule: "the intake queue is for the intake roles",
    call: () => ({ path: "/api/cases/intake" }),
    expect: (s) => allowIf(hasRole(s, ...INTAKE)),
  },
  {
    route: "GET /api/plan-handovers/incoming",
    scope: "global",
    rule: "a receiving unit's staff see handovers to it (a filtered list: empty for others)",
    call: () => ({ path: "/api/plan-handovers/incoming" }),
    expect: (s) => allowIf(signedIn(s)),
  },
  {
    route: "POST /api/meeting-notices/{noticeId}/seen",
    scope: "global",
    rule: "one's own notice of a moved or cancelled meeting (none here: nobody)",
    call: () => ({ path: `/api/meeting-notices/${crypto.randomUUID()}/seen` }),
    expect: () => "deny",
  },
  {
    route: "GET /api/family/children",
    scope: "global",
    rule: "the family's own children",
    call: () => ({ path: "/api/family/children" }),
    expect: (s) => allowIf(family(s)),
  },
  {
    route: "GET /api/family/instruments",
    scope: "global",
    rule: "the family's own forms",
    call: () => ({ path: "/api/family/instruments" }),
    expect: (s) => allowIf(family(s)),
  },
];

/** The bell and one's e-mail choices are one's own, for everyone signed in (ADR 0032). */
function notificationRoutes(): RouteRule[] {
  const own = (route: string, call: RouteRule["call"]): RouteRule => ({
    route,
    scope: "global",
    rule: "one's own notifications and choices",
    call,
    expect: (s) => allowIf(signedIn(s)),
  });
  const admin = (route: string, call: RouteRule["call"]): RouteRule => ({
    route,
    scope: "global",
    rule: "the tenant's SMTP server is the administrator's",
    call,
    expect: administrator,
  });
  return [
    own("GET /api/notifications", () => ({ path: "/api/notifications" })),
    own("GET /api/notifications/unread", () => ({ path: "/api/notifications/unread" })),
    own("POST /api/notifications/read", () => ({ path: "/api/notifications/read", body: {} })),
    own("GET /api/notifications/preferences", () => ({ path: "/api/notifications/preferences" })),
    own("PATCH /api/notifications/preferences", () => ({
      path: "/api/notifications/preferences",
      body: { digestHour: 8 },
    })),
    admin("GET /api/admin/mail", () => ({ path: "/api/admin/mail" })),
    admin("PUT /api/admin/mail", () => ({
      path: "/api/admin/mail",
      body: { host: null, port: null, security: null, user: null, from: null },
    })),
    admin("POST /api/admin/mail/retry", () => ({ path: "/api/admin/mail/retry" })),
    admin("POST /api/admin/mail/test", () => ({
      path: "/api/admin/mail/test",
      body: { to: "admin@kommun.test" },
    })),
  ];
}

/** Issue #21: the access-log review is for log reviewers and administrators, in their tenant. */
function logReviewRoutes(): RouteRule[] {
  const reviewer = (s: Subject) => allowIf(hasRole(s, "log_reviewer", "administrator"));
  const period = { from: "2026-01-01", to: "2026-12-31" };
  const personalNumber = async (ctx: Ctx) =>
    (
      await ctx.db
        .selectFrom("child")
        .select("personal_number")
        .where("id", "=", ctx.w.childX.id)
        .executeTakeFirstOrThrow()
    ).personal_number;
  const review = (route: string, call: RouteRule["call"], expect = reviewer): RouteRule => ({
    route,
    scope: "global",
    rule: "the access-log review: log reviewers and administrators",
    call,
    expect,
  });
  return [
    ...["", "/export"].map((tail) =>
      review(`POST /api/log-review/child${tail}`, async (ctx) => ({
        path: `/api/log-review/child${tail}`,
        body: { personalNumber: await personalNumber(ctx), ...period },
      })),
    ),
    ...["", "/export"].map((tail) =>
      review(`POST /api/log-review/user${tail}`, (ctx) => ({
        path: `/api/log-review/user${tail}`,
        body: { username: ctx.w.usernames.raiser, ...period },
      })),
    ),
    ...["", "/export"].map((tail) =>
      review(`POST /api/log-review/findings${tail}`, () => ({
        path: `/api/log-review/findings${tail}`,
        body: period,
      })),
    ),
    review("POST /api/log-review/marks/{seq}", async (ctx) => {
      const head = await ctx.db
        .selectFrom("audit_head")
        .select("seq")
        .where("tenant_id", "=", ctx.w.tenant.tenantId)
        .executeTakeFirstOrThrow();
      return {
        path: `/api/log-review/marks/${head.seq}`,
        body: { comment: "Granskad i matrisen." },
      };
    }),
    review("GET /api/log-review/settings", () => ({ path: "/api/log-review/settings" })),
    review(
      "PATCH /api/log-review/settings",
      () => ({ path: "/api/log-review/settings", body: { childSeesReadsFromAge: 13 } }),
      administrator,
    ),
  ];
}
