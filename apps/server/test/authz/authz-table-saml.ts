import { makeSpKey } from "../../src/features/sign-in/saml/saml-client";
import type { Ctx, RouteRule } from "./authz-harness";

// The SAML service provider's public addresses (features/sign-in/saml): the same answer for
// everyone, signed in or not, since the IdP and a browser on its way back carry no session.
// One SAML provider of the matrix's tenant, set up from fixed settings: no IdP is reached.

let provider: Promise<string> | undefined;
const samlProvider = (ctx: Ctx) =>
  (provider ??= (async () => {
    const key = await makeSpKey();
    const row = await ctx.db
      .insertInto("identity_provider")
      .values({
        tenant_id: ctx.w.tenant.tenantId,
        audience: "staff",
        protocol: "saml",
        display_name: "Matrisens IdP",
        settings: JSON.stringify({
          idpEntityId: "https://idp.matris.test",
          ssoUrl: "https://idp.matris.test/sso",
          certificates: [key.certificate],
        }),
        user_key: "eppn",
        enabled: true,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  })());

const anyone = () => "allow" as const;

export const SAML_ROUTES: RouteRule[] = [
  {
    route: "GET /api/auth/saml/{id}/metadata",
    scope: "global",
    rule: "public: Kring's SAML metadata, for the IdP's administrator",
    call: async (ctx) => ({ path: `/api/auth/saml/${await samlProvider(ctx)}/metadata` }),
    expect: anyone,
  },
  {
    route: "POST /api/auth/saml/{id}/acs",
    scope: "global",
    rule: "public: the IdP's answer, believed only for its signature (an unreadable one: the refusal page)",
    call: async (ctx) => ({
      path: `/api/auth/saml/${await samlProvider(ctx)}/acs`,
      raw: {
        contentType: "application/x-www-form-urlencoded",
        payload: `SAMLResponse=${encodeURIComponent(Buffer.from("<inte/>").toString("base64"))}`,
      },
    }),
    expect: anyone,
  },
  {
    route: "GET /api/auth/saml/{id}/logout",
    scope: "global",
    rule: "public: the IdP's logout answer leads to the sign-in page",
    call: async (ctx) => ({ path: `/api/auth/saml/${await samlProvider(ctx)}/logout` }),
    expect: anyone,
  },
];
