import type { Kysely } from "kysely";
import type { FastifyInstance } from "fastify";
import type { Database } from "../../src/platform/db/schema";
import { OIDC_CALLBACK } from "../../src/features/sign-in/oidc/oidc.protocol";
import { freshPersonalNumber } from "../support/personal-numbers";
import { type Client, createTestTenant, loginAs } from "../support/test-app";
import { CookieJar, type TestOp, walkOp } from "../support/test-op";

// A tenant with an administrator, a school, and a child with one guardian, and the way a browser
// walks from Kring to the test OP and back (start, the OP's pages, the callback).

export const PUBLIC_URL = "http://kring.test";
export const CALLBACK = `${PUBLIC_URL}${OIDC_CALLBACK}`;

export async function signInWorld(db: Kysely<Database>, app: FastifyInstance, op: TestOp) {
  const tenant = await createTestTenant(db);
  const school = await tenant.addUnit("school", "school");
  const admin = await loginAs(app, await tenant.addUser("admin", [["admin", "administrator"]]));
  const people = await childAndGuardian(
    db,
    tenant.tenantId,
    "Inloggsson",
    { givenName: "Vera", birthDate: "2010-05-01" },
    { givenName: "Maja", birthDate: "1980-02-02" },
  );
  const addProvider = providerAdder(admin, {
    protocol: "oidc",
    issuer: op.issuer,
    clientId: op.clientId,
    clientSecret: op.clientSecret,
  });
  return {
    tenant,
    school,
    admin,
    ...people,
    addProvider,
    staff: () => addProvider({ displayName: "Kommunens IdP", audience: "staff", userKey: "email" }),
    family: () =>
      addProvider({
        displayName: "E-legitimation",
        audience: "family",
        userKey: "personal_number",
      }),
  };
}

/** A child and their guardian (with custody), as the register or an import leaves them. */
export async function childAndGuardian(
  db: Kysely<Database>,
  tenantId: string,
  familyName: string,
  child: { givenName: string; birthDate: string },
  guardian: { givenName: string; birthDate: string },
) {
  const childNumber = freshPersonalNumber(child.birthDate);
  const guardianNumber = freshPersonalNumber(guardian.birthDate);
  const childRow = await db
    .insertInto("child")
    .values({
      tenant_id: tenantId,
      personal_number: childNumber,
      given_name: child.givenName,
      family_name: familyName,
      birth_date: child.birthDate,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const guardianRow = await db
    .insertInto("guardian")
    .values({
      tenant_id: tenantId,
      personal_number: guardianNumber,
      given_name: guardian.givenName,
      family_name: familyName,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("child_guardian")
    .values({ tenant_id: tenantId, child_id: childRow.id, guardian_id: guardianRow.id })
    .execute();
  return { childId: childRow.id, guardianId: guardianRow.id, childNumber, guardianNumber };
}

/** Adds a provider as the administrator does, over the given connection (any protocol). */
export function providerAdder(admin: Client, connection: Record<string, unknown>) {
  return async (body: Record<string, unknown>) => {
    const res = await admin.post("/api/admin/sign-in/providers", {
      keyClaim: null,
      groupsClaim: null,
      createUnknownStaff: false,
      enabled: true,
      ...body,
      connection,
    });
    if (res.status !== 200) throw new Error(`provider: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json as { id: string };
  };
}

export interface Return {
  /** Where Kring sent the browser after the callback. */
  location: string;
  /** The session cookie, when a session was opened. */
  session: string | null;
  callbackUrl: string;
  browser: string;
}

/** Signs in as the OP's account through the provider, as a browser would. */
export async function signInThrough(
  app: FastifyInstance,
  op: TestOp,
  providerId: string,
  account: string,
): Promise<Return> {
  const start = await app.inject({ method: "GET", url: `/api/auth/providers/${providerId}/start` });
  const browser = start.cookies.find((c) => c.name === "kring_sign_in")?.value ?? "";
  op.signInAs = account;
  const callbackUrl = await walkOp(String(start.headers.location), CALLBACK, new CookieJar());
  return { ...(await callback(app, callbackUrl, browser)), callbackUrl, browser };
}

/** The callback as the browser makes it, with the cookie set at the start. */
export async function callback(app: FastifyInstance, url: string, browser: string) {
  const res = await app.inject({
    method: "GET",
    url: url.slice(PUBLIC_URL.length),
    cookies: browser ? { kring_sign_in: browser } : {},
  });
  const session = res.cookies.find((c) => c.name === "kring_session")?.value ?? null;
  return { location: String(res.headers.location), session };
}

/** A client on the session a sign-in opened. */
export async function asSession(app: FastifyInstance, session: string) {
  const get = (url: string) =>
    app.inject({ method: "GET", url, cookies: { kring_session: session } });
  const me = (await get("/api/auth/session")).json<{ csrfToken: string; user: { id: string } }>();
  return { get, me };
}

export type { Client };
