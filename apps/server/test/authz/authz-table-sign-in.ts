import type { Ctx, RouteRule, Subject } from "./authz-harness";
import { allowIf, hasRole } from "./authz-rules";

// Sign-in through identity providers (ADR 0039): the sign-in page's routes are public (they
// answer with a redirect or the public list), the providers are the administrator's.

const administrator = (s: Subject) => allowIf(hasRole(s, "administrator"));
let seq = 0;

/** A disabled provider of the world's tenant (an issuer no one answers at: nothing leaves). */
const CONNECTION = {
  protocol: "oidc",
  issuer: "http://127.0.0.1:9/matrix",
  clientId: "kring",
};
async function provider(ctx: Ctx) {
  const row = await ctx.db
    .insertInto("identity_provider")
    .values({
      tenant_id: ctx.w.tenant.tenantId,
      audience: "staff",
      protocol: "oidc",
      display_name: `Matris ${seq++} ${Date.now()}`,
      settings: JSON.stringify(CONNECTION),
      secrets: JSON.stringify({ clientSecret: "hemligt" }),
      user_key: "email",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
const BODY = () => ({
  displayName: `Matris ${seq++} ${Date.now()}`,
  audience: "staff",
  userKey: "email",
  keyClaim: null,
  groupsClaim: null,
  createUnknownStaff: false,
  enabled: false,
  connection: CONNECTION,
});

const open = (route: string, call: RouteRule["call"], rule: string): RouteRule => ({
  route,
  scope: "global",
  rule,
  call,
  expect: () => "allow",
});
const admin = (route: string, call: RouteRule["call"]): RouteRule => ({
  route,
  scope: "global",
  rule: "the tenant's identity providers are the administrator's",
  call,
  expect: administrator,
});

export const SIGN_IN_ROUTES: RouteRule[] = [
  open(
    "GET /api/auth/providers",
    () => ({ path: "/api/auth/providers" }),
    "public: the sign-in page's buttons (names only)",
  ),
  open(
    "GET /api/auth/providers/{id}/help",
    async (ctx) => ({ path: `/api/auth/providers/${await provider(ctx)}/help` }),
    "public: the refusal page's contact",
  ),
  open(
    "GET /api/auth/providers/{id}/start",
    async (ctx) => ({ path: `/api/auth/providers/${await provider(ctx)}/start` }),
    "public: the start of a sign-in (a disabled provider: the refusal page)",
  ),
  open(
    "GET /api/auth/oidc/callback",
    () => ({ path: "/api/auth/oidc/callback?state=none&code=none" }),
    "public: the provider's return (no attempt: the refusal page)",
  ),
  admin("GET /api/admin/sign-in", () => ({ path: "/api/admin/sign-in" })),
  admin("PATCH /api/admin/sign-in/settings", () => ({
    path: "/api/admin/sign-in/settings",
    body: { contact: "Kontakta IT-supporten." },
  })),
  admin("POST /api/admin/sign-in/providers", () => ({
    path: "/api/admin/sign-in/providers",
    body: BODY(),
  })),
  admin("PUT /api/admin/sign-in/providers/{id}", async (ctx) => ({
    path: `/api/admin/sign-in/providers/${await provider(ctx)}`,
    body: BODY(),
  })),
  admin("DELETE /api/admin/sign-in/providers/{id}", async (ctx) => ({
    path: `/api/admin/sign-in/providers/${await provider(ctx)}`,
  })),
  admin("PUT /api/admin/sign-in/providers/{id}/groups", async (ctx) => ({
    path: `/api/admin/sign-in/providers/${await provider(ctx)}/groups`,
    body: {
      groups: [{ group: "Lärare", unitId: ctx.w.tenant.unitId("spare"), role: "teacher_mentor" }],
    },
  })),
  admin("POST /api/admin/sign-in/providers/{id}/check", async (ctx) => ({
    path: `/api/admin/sign-in/providers/${await provider(ctx)}/check`,
  })),
];
