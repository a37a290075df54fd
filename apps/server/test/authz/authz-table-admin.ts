import type { Ctx, RouteRule, Subject } from "./authz-harness";
import { allowIf, hasRole } from "./authz-rules";

// The administration's routes: the organisation, users, settings, wording and reviews, for
// administrators only (some lists also for the roles that use them).

const administrator = (s: Subject) => allowIf(hasRole(s, "administrator"));
let seq = 0;

export function adminRoutes(): RouteRule[] {
  const admin = (route: string, call: RouteRule["call"]): RouteRule => ({
    route,
    scope: "global",
    rule: "administration is for administrators",
    call,
    expect: administrator,
  });
  const org = (ctx: Ctx) => ctx.w.tenant.organisationId;
  const spareUnit = (ctx: Ctx) => ctx.w.tenant.unitId("spare");
  return [
    admin("POST /api/admin/organisations", () => ({
      path: "/api/admin/organisations",
      body: { name: "Region Test", kind: "region" },
    })),
    admin("POST /api/admin/areas", (ctx) => ({
      path: "/api/admin/areas",
      body: { organisationId: org(ctx), name: `Område ${seq++}` },
    })),
    admin("POST /api/admin/units", (ctx) => ({
      path: "/api/admin/units",
      body: { organisationId: org(ctx), areaId: null, name: `Enhet ${seq++}`, kind: "school" },
    })),
    admin("PATCH /api/admin/units/{id}", (ctx) => ({
      path: `/api/admin/units/${spareUnit(ctx)}`,
      body: { name: "Reservskolan" },
    })),
    admin("GET /api/admin/users", () => ({ path: "/api/admin/users?q=a" })),
    admin("GET /api/admin/role-changes", () => ({ path: "/api/admin/role-changes" })),
    admin("POST /api/admin/users", () => ({
      path: "/api/admin/users",
      body: {
        username: `ny.${seq++}.${Date.now()}`,
        displayName: "Ny",
        password: "ett-bra-losenord",
      },
    })),
    admin("PATCH /api/admin/users/{id}", (ctx) => ({
      path: `/api/admin/users/${ctx.w.spareUser}`,
      body: { displayName: "Reserv" },
    })),
    admin("POST /api/admin/users/{id}/password", (ctx) => ({
      path: `/api/admin/users/${ctx.w.spareUser}/password`,
      body: { password: "ett tillfälligt lösenord" },
    })),
    admin("DELETE /api/admin/users/{id}/second-factor", async (ctx) => {
      // Enrolled again before each call, so that each allowed call has a factor to remove.
      await ctx.db
        .updateTable("app_user")
        .set({ totp_secret: "JBSWY3DPEHPK3PXP", totp_confirmed_at: new Date() })
        .where("id", "=", ctx.w.spareUser)
        .execute();
      return { path: `/api/admin/users/${ctx.w.spareUser}/second-factor` };
    }),
    admin("POST /api/admin/users/{id}/memberships", (ctx) => ({
      path: `/api/admin/users/${ctx.w.spareUser}/memberships`,
      body: { unitId: spareUnit(ctx), role: "teacher_mentor" },
    })),
    admin("DELETE /api/admin/users/{id}/memberships/{membershipId}", async (ctx) => {
      // The same membership while refusals leave it; made again after an administrator's removal.
      const m = {
        tenant_id: ctx.w.tenant.tenantId,
        user_id: ctx.w.spareUser,
        unit_id: spareUnit(ctx),
        role: "special_educator",
      };
      const existing = await ctx.db
        .selectFrom("membership")
        .select("id")
        .where("user_id", "=", m.user_id)
        .where("unit_id", "=", m.unit_id)
        .where("role", "=", m.role)
        .executeTakeFirst();
      const id =
        existing?.id ??
        (await ctx.db.insertInto("membership").values(m).returning("id").executeTakeFirstOrThrow())
          .id;
      return { path: `/api/admin/users/${ctx.w.spareUser}/memberships/${id}` };
    }),
    admin("GET /api/admin/emergency-access", () => ({ path: "/api/admin/emergency-access" })),
    admin("POST /api/admin/emergency-access/{id}/review", (ctx) => ({
      path: `/api/admin/emergency-access/${ctx.w.emergencyGrantId}/review`,
    })),
    admin("GET /api/admin/instrument-wording", () => ({ path: "/api/admin/instrument-wording" })),
    admin("POST /api/admin/instrument-wording", () => ({
      path: "/api/admin/instrument-wording",
      body: WORDING,
    })),
    admin("GET /api/admin/retention", () => ({ path: "/api/admin/retention" })),
    admin("POST /api/admin/retention/rules/{rule}", () => ({
      path: "/api/admin/retention/rules/audit_entries",
      body: { amount: 10 },
    })),
    admin("POST /api/admin/retention/holds/{id}", (ctx) => ({
      path: `/api/admin/retention/holds/${ctx.w.cases.open!.caseId}`,
      body: { reason: "Prövning pågår" },
    })),
    admin("DELETE /api/admin/retention/holds/{id}", async (ctx) => {
      // The same hold while refusals leave it; placed again after an administrator lifted it.
      const caseId = ctx.w.cases.open!.caseId;
      await ctx.db
        .insertInto("legal_hold")
        .values({
          case_id: caseId,
          tenant_id: ctx.w.tenant.tenantId,
          reason: "Test",
          placed_by: null,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return { path: `/api/admin/retention/holds/${caseId}` };
    }),
    admin("GET /api/admin/retention/archive", () => ({ path: "/api/admin/retention/archive" })),
    admin("GET /api/admin/register-extract", (ctx) => ({
      path: `/api/admin/register-extract?kind=child&id=${ctx.w.childX.id}`,
    })),
    admin("GET /api/admin/instrument-settings", () => ({ path: "/api/admin/instrument-settings" })),
    admin("PATCH /api/admin/instrument-settings", () => ({
      path: "/api/admin/instrument-settings",
      body: { schedule: { dueSoonDays: 7 } },
    })),
  ];
}

// Made-up texts in the wording file format (docs/instrument-wording.md), never licensed wording.
const WORDING = {
  format: "kring.instrument-wording/1",
  instrument: "sdq",
  language: "sv",
  source: "Testutgåva",
  forms: {
    "teacher-4-17": {
      title: "Testformulär",
      instructions: "Kryssa i ett alternativ per påstående.",
      options: ["Test A", "Test B", "Test C"],
      items: Array.from({ length: 25 }, (_, i) => `Testpåstående ${i + 1}`),
      difficultiesQuestion: "Testfråga om svårigheter",
      difficultiesOptions: ["T0", "T1", "T2", "T3"],
      impactItems: { distress: "Test oro", friendships: "Test kamrater", classroom: "Test skola" },
      impactOptions: ["P0", "P1", "P2", "P3"],
    },
  },
};
