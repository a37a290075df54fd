import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  createTestTenant,
  loginAs,
  TEST_PASSWORD,
  type TestApp,
} from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("login and sessions", () => {
  it("logs in, reports the session with role memberships, and logs out", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("rektor", [["admin", "principal"]]);
    const client = await loginAs(t.app, username);
    const session = await client.get("/api/auth/session");
    expect(session.status).toBe(200);
    expect(session.json.user.memberships).toEqual([
      expect.objectContaining({ role: "principal", unitKind: "other" }),
    ]);
    expect((await client.post("/api/auth/logout")).status).toBe(200);
    expect((await client.get("/api/auth/session")).status).toBe(401);
  });

  it("sets an httpOnly, SameSite cookie", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("mentor", []);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password: TEST_PASSWORD },
    });
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
  });

  it("answers a wrong password with 401 problem+json in Swedish and English", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("kurator", []);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password: "wrong-password" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: "invalid_credentials",
      message: {
        sv: "Fel användarnamn eller lösenord. Efter flera försök i rad behöver du vänta en stund.",
        en: "Wrong username or password. After several attempts in a row you need to wait a while.",
      },
    });
  });

  it("refuses a state-changing request without the CSRF token", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("csrf", []);
    const client = await loginAs(t.app, username);
    const res = await t.app.inject({
      method: "PATCH",
      url: "/api/auth/me",
      headers: { cookie: client.cookie },
      payload: { locale: "en" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("csrf");
    expect((await client.patch("/api/auth/me", { locale: "en" })).json.locale).toBe("en");
  });

  it("ends a session idle for longer than the idle timeout", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("idle", []);
    const client = await loginAs(t.app, username);
    const userId = (await client.get("/api/auth/session")).json.user.id as string;
    await t.db
      .updateTable("user_session")
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where("user_id", "=", userId)
      .execute();
    expect((await client.get("/api/auth/session")).status).toBe(401);
  });

  it("ends a session older than the absolute timeout even when active", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("old", []);
    const client = await loginAs(t.app, username);
    const userId = (await client.get("/api/auth/session")).json.user.id as string;
    await t.db
      .updateTable("user_session")
      .set({ created_at: new Date(Date.now() - 13 * 3_600_000), last_seen_at: new Date() })
      .where("user_id", "=", userId)
      .execute();
    expect((await client.get("/api/auth/session")).status).toBe(401);
  });

  it("requires a session for API routes", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/structure" });
    expect(res.statusCode).toBe(401);
    expect(res.json().message.sv).toBe("Du behöver logga in.");
  });

  it("sends secure headers", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("login rate limit", () => {
  it("slows down many login attempts from one address", async () => {
    const limited = await createTestApp({ LOGIN_RATE_PER_MINUTE: "3" });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const res = await limited.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: "nobody", password: "whatever-here" },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
