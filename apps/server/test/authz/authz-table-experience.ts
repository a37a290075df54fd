import type { Ctx, RouteRule } from "./authz-harness";
import { allowIf, hasRole, professional } from "./authz-rules";

// The experience log (issue 20.3, ADR 0042): themes offered to every professional (the closure
// dialog), the log to analysts and steering groups, conclusions written by steering groups, the
// themes edited by administrators.

let seq = 0;

/** A theme of the world's tenant (the defaults are made on first look). */
async function themeId(ctx: Ctx) {
  const found = await ctx.db
    .selectFrom("experience_theme")
    .select("id")
    .where("tenant_id", "=", ctx.w.tenant.tenantId)
    .executeTakeFirst();
  if (found) return found.id;
  const row = await ctx.db
    .insertInto("experience_theme")
    .values({ tenant_id: ctx.w.tenant.tenantId, name: "samverkan" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export const EXPERIENCE_ROUTES: RouteRule[] = [
  {
    route: "GET /api/experience/themes",
    scope: "global",
    rule: "the themes a reflection can name: every professional (closure, evaluation)",
    call: () => ({ path: "/api/experience/themes" }),
    expect: (s) => allowIf(professional(s)),
  },
  {
    route: "GET /api/experience/log",
    scope: "global",
    rule: "reflections without names: analysts and steering groups (issue 20.3)",
    call: () => ({ path: "/api/experience/log?from=2026-01-01&to=2026-12-31" }),
    expect: (s) => allowIf(hasRole(s, "analyst", "steering_group")),
  },
  {
    route: "GET /api/experience/conclusion-owners",
    scope: "global",
    rule: "whom a conclusion can be put on: steering groups, who write them",
    call: () => ({ path: "/api/experience/conclusion-owners" }),
    expect: (s) => allowIf(hasRole(s, "steering_group")),
  },
  {
    route: "POST /api/experience/conclusions",
    scope: "global",
    rule: "steering groups record conclusions (the matrix's group sees the whole municipality)",
    call: async (ctx) => ({
      path: "/api/experience/conclusions",
      body: {
        themeIds: [await themeId(ctx)],
        saw: "Vi såg att övergångarna brister.",
        decided: "Vi beslutar om en rutin för överlämning.",
        followUp: "Följs upp i styrgruppen.",
        ownerUserId: ctx.w.spareUser,
        followUpOn: "2027-03-01",
      },
    }),
    expect: (s) => allowIf(hasRole(s, "steering_group")),
  },
  {
    route: "POST /api/experience/conclusions/{id}/followed-up",
    scope: "global",
    rule: "the owner or a steering group marks a conclusion followed up (owner: the spare user)",
    call: async (ctx) => {
      // A fresh conclusion per call, so that each allowed call has one to follow up.
      const row = await ctx.db
        .insertInto("steering_conclusion")
        .values({
          tenant_id: ctx.w.tenant.tenantId,
          theme_ids: JSON.stringify([await themeId(ctx)]),
          saw: "Vi såg.",
          decided: "Vi beslutar.",
          follow_up: "Följs upp.",
          owner_user_id: ctx.w.spareUser,
          follow_up_on: "2027-03-01",
          created_by_user_id: ctx.w.spareUser,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { path: `/api/experience/conclusions/${row.id}/followed-up`, body: { note: null } };
    },
    expect: (s) => allowIf(hasRole(s, "steering_group")),
  },
  {
    route: "POST /api/admin/experience-themes",
    scope: "global",
    rule: "administration is for administrators",
    call: () => ({ path: "/api/admin/experience-themes", body: { name: `Tema ${seq++}` } }),
    expect: (s) => allowIf(hasRole(s, "administrator")),
  },
  {
    route: "PATCH /api/admin/experience-themes/{id}",
    scope: "global",
    rule: "administration is for administrators",
    call: async (ctx) => ({
      path: `/api/admin/experience-themes/${await themeId(ctx)}`,
      body: { archived: false },
    }),
    expect: (s) => allowIf(hasRole(s, "administrator")),
  },
];
