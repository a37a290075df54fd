import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Kysely } from "kysely";
import { loadConfig } from "../../src/platform/config";
import type { DatabaseHandle } from "../../src/platform/db/connect";
import type { Database } from "../../src/platform/db/schema";
import { hashPassword } from "../../src/platform/auth/password";
import { type AppDeps, buildApp } from "../../src/platform/http/app";
import { createTenant } from "../../src/features/organisation/tenant";
import { createTestDatabase } from "./test-database";

export const TEST_PASSWORD = "test-password-1";
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export interface TestApp {
  db: Kysely<Database>;
  handle: DatabaseHandle;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function createTestApp(
  env: Record<string, string> = {},
  logStream?: AppDeps["logStream"],
): Promise<TestApp> {
  const handle = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: "silent",
    WEB_DIST: "/nonexistent",
    LOGIN_RATE_PER_MINUTE: "10000",
    // Refused sign-ins answer at once in tests (their same answers are asserted, not timed).
    LOGIN_FAILURE_FLOOR_MS: "0",
    // Tests that search many times as one user (the authorization matrix) stay under the limit;
    // child-search.test.ts sets a low one to test it.
    CHILD_SEARCH_RATE_PER_MINUTE: "10000",
    UPLOAD_DIR: path.join(os.tmpdir(), "kring-test-uploads"),
    // E-mails of tenants without an SMTP server (the demo's folder) land here, not in ./data.
    MAIL_DIR: path.join(os.tmpdir(), "kring-test-mail"),
    ...env,
  });
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config, logStream });
  return {
    db: handle.db,
    handle,
    app,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

export interface TestTenant {
  tenantId: string;
  organisationId: string;
  unitId: (key: string) => string;
  addUser(
    username: string,
    roles: [unitKey: string, role: string][],
    kind?: "professional" | "guardian" | "child",
  ): Promise<string>;
  addUnit(key: string, kind: string): Promise<string>;
}

/** A tenant of its own per test, so tests never see each other's rows. */
export async function createTestTenant(
  db: Kysely<Database>,
  options: { requireAdminSecondFactor?: boolean } = {},
): Promise<TestTenant> {
  const suffix = randomBytes(4).toString("hex");
  const tenant = await createTenant(db, { slug: `t-${suffix}`, name: `Testkommun ${suffix}` });
  // Tests sign administrators in with the password alone; the second factor has its own tests,
  // on tenants that keep the default (required for administrators).
  if (!options.requireAdminSecondFactor)
    await db
      .updateTable("tenant")
      .set({ require_admin_mfa: false })
      .where("id", "=", tenant.id)
      .execute();
  const org = await db
    .insertInto("organisation")
    .values({ tenant_id: tenant.id, name: "Testkommun", kind: "municipality" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const units = new Map<string, string>();
  const addUnit = async (key: string, kind: string) => {
    const row = await db
      .insertInto("unit")
      .values({
        tenant_id: tenant.id,
        organisation_id: org.id,
        area_id: null,
        name: `${key} ${suffix}`,
        kind,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    units.set(key, row.id);
    return row.id;
  };
  await addUnit("admin", "other");
  return {
    tenantId: tenant.id,
    organisationId: org.id,
    unitId: (key) =>
      units.get(key) ??
      (() => {
        throw new Error(`no unit ${key}`);
      })(),
    addUnit,
    addUser: async (username, roles, kind = "professional") => {
      const user = await db
        .insertInto("app_user")
        .values({
          tenant_id: tenant.id,
          username: `${username}.${suffix}`,
          display_name: username,
          kind,
          password_hash: await passwordHash(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const [unitKey, role] of roles) {
        await db
          .insertInto("membership")
          .values({ tenant_id: tenant.id, user_id: user.id, unit_id: units.get(unitKey)!, role })
          .execute();
      }
      return `${username}.${suffix}`;
    },
  };
}

export interface Client {
  request(
    method: InjectOptions["method"],
    url: string,
    body?: unknown,
  ): Promise<{ status: number; json: any; headers: Record<string, unknown> }>;
  get(url: string): ReturnType<Client["request"]>;
  post(url: string, body?: unknown): ReturnType<Client["request"]>;
  patch(url: string, body?: unknown): ReturnType<Client["request"]>;
  del(url: string): ReturnType<Client["request"]>;
  csrf: string;
  cookie: string;
}

/** Logs in through the real login route and returns a client carrying cookie and CSRF token. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Client> {
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "kring_session")!;
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  const cookieHeader = `kring_session=${cookie.value}`;
  const request: Client["request"] = async (method, url, body) => {
    const r = await app.inject({
      method,
      url,
      headers: { cookie: cookieHeader, "x-kring-csrf": csrf },
      ...(body !== undefined ? { payload: body as InjectOptions["payload"] } : {}),
    });
    let json: unknown;
    try {
      json = r.body ? JSON.parse(r.body) : null;
    } catch {
      json = r.body;
    }
    return { status: r.statusCode, json, headers: r.headers };
  };
  return {
    request,
    get: (url) => request("GET", url),
    post: (url, body) => request("POST", url, body ?? {}),
    patch: (url, body) => request("PATCH", url, body ?? {}),
    del: (url) => request("DELETE", url),
    csrf,
    cookie: cookieHeader,
  };
}
