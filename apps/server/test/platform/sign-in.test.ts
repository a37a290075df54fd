import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import {
  createTestApp,
  createTestTenant,
  loginAs,
  TEST_PASSWORD,
  type TestApp,
} from "../support/test-app";

// Sign-in that holds (ADR 0014): attempts are charged atomically per account and address, a
// refusal never tells why, and the client address comes from a proxy only when it is trusted.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const attempt = (app: TestApp, username: string, password: string, remoteAddress = "127.0.0.1") =>
  app.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
    remoteAddress,
  });

async function failuresAudited(username: string) {
  const rows = await t.db
    .selectFrom("audit_event as a")
    .innerJoin("app_user as u", (j) => j.on(sql`u.id::text`, "=", sql.ref("a.entity_id")))
    .select("a.details")
    .where("u.username", "=", username)
    .where("a.action", "=", "auth.login_failed")
    .execute();
  return rows.map((r) => (r.details as { waiting: boolean }).waiting);
}

describe("failed attempts", () => {
  it("checks at most the limit of 30 parallel wrong passwords, then makes the address wait", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("parallel", []);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(t, username, `wrong-password-${i}`)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(30).fill(401));
    const audited = await failuresAudited(username);
    expect(audited.filter((waiting) => !waiting)).toHaveLength(5);
    expect(audited.filter((waiting) => waiting)).toHaveLength(25);
    // Even the right password waits now, and the answer is the same.
    const right = await attempt(t, username, TEST_PASSWORD);
    expect(right.statusCode).toBe(401);
    expect(right.json()).toEqual(answers[0]!.json());
  });

  it("is a wait, not a lock: it ends, and another address is not held up", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("waits", []);
    for (let i = 0; i < 5; i++)
      expect((await attempt(t, username, "wrong-password")).statusCode).toBe(401);
    expect((await attempt(t, username, TEST_PASSWORD)).statusCode).toBe(401);
    // The owner signs in from their own address at once.
    expect((await attempt(t, username, TEST_PASSWORD, "192.0.2.7")).statusCode).toBe(200);
    // The wait at the guessing address grows with each failure once the limit is reached.
    const wait = async () => {
      const row = await t.db
        .selectFrom("login_throttle")
        .select(sql<number>`extract(epoch from not_before - updated_at)`.as("seconds"))
        .orderBy("updated_at", "desc")
        .executeTakeFirstOrThrow();
      return Number(row.seconds);
    };
    expect(await wait()).toBeCloseTo(15, 0);
    await t.db
      .updateTable("login_throttle")
      .set({ not_before: new Date(0) })
      .execute();
    expect((await attempt(t, username, "wrong-again")).statusCode).toBe(401);
    expect(await wait()).toBeCloseTo(30, 0);
    // When the wait is over, the right password is let in and the slate is clean.
    await t.db
      .updateTable("login_throttle")
      .set({ not_before: new Date(0) })
      .execute();
    expect((await attempt(t, username, TEST_PASSWORD)).statusCode).toBe(200);
    const left = await t.db.selectFrom("login_throttle").select("failures").execute();
    expect(left.every((r) => r.failures > 0)).toBe(true);
  });

  it("answers unknown names, wrong passwords and waiting accounts alike", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("alike", []);
    const waiting = await tenant.addUser("waiting", []);
    for (let i = 0; i < 5; i++) await attempt(t, waiting, "wrong-password");
    const answers = [
      await attempt(t, `nobody-${username}`, "wrong-password"),
      await attempt(t, username, "wrong-password"),
      await attempt(t, waiting, TEST_PASSWORD),
      await attempt(t, waiting, "wrong-password"),
    ];
    const shape = (a: (typeof answers)[number]) => ({
      status: a.statusCode,
      body: a.body,
      type: a.headers["content-type"],
      cookie: a.headers["set-cookie"],
    });
    for (const a of answers) expect(shape(a)).toEqual(shape(answers[0]!));
    expect(answers[0]!.json().code).toBe("invalid_credentials");
    // Unknown names wait too, exactly like accounts.
    for (let i = 0; i < 5; i++) await attempt(t, "ghost-account", "wrong-password");
    const keys = await t.db.selectFrom("login_throttle").select("user_key").execute();
    expect(keys.some((k) => k.user_key.includes("ghost"))).toBe(false);
  });

  it("holds every refusal to the configured floor, so timing does not tell them apart", async () => {
    const floored = await createTestApp({ LOGIN_FAILURE_FLOOR_MS: "300" });
    try {
      const tenant = await createTestTenant(floored.db);
      const username = await tenant.addUser("floor", []);
      for (const name of [username, `nobody-${username}`]) {
        const started = performance.now();
        expect((await attempt(floored, name, "wrong-password")).statusCode).toBe(401);
        expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      }
    } finally {
      await floored.close();
    }
  });

  it("lets an administrator lift the wait", async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await tenant.addUser("lifter", [["admin", "administrator"]]);
    const username = await tenant.addUser("lifted", []);
    for (let i = 0; i < 5; i++) await attempt(t, username, "wrong-password");
    const client = await loginAs(t.app, admin);
    const users = (await client.get(`/api/admin/users?q=lifted`)).json.users as {
      id: string;
      locked: boolean;
    }[];
    expect(users[0]!.locked).toBe(true);
    const res = await client.patch(`/api/admin/users/${users[0]!.id}`, { unlock: true });
    expect(res.json.locked).toBe(false);
    expect((await attempt(t, username, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe("the throttle table", () => {
  it("drops rows idle for longer than a day (and the longest wait) when a sign-in is refused", async () => {
    const row = (user_key: string, idleHours: number) => {
      const at = new Date(Date.now() - idleHours * 3_600_000);
      return { user_key, address_key: "a", failures: 9, not_before: at, updated_at: at };
    };
    await t.db
      .insertInto("login_throttle")
      .values([row("prune-old", 25), row("prune-recent", 2)])
      .execute();
    // Still waiting (an unusually long configured wait): kept even though idle.
    const future = new Date(Date.now() + 3_600_000);
    await t.db
      .insertInto("login_throttle")
      .values({ ...row("prune-waiting", 30), not_before: future })
      .execute();
    expect((await attempt(t, "no-such-user", "wrong-password")).statusCode).toBe(401);
    const left = await t.db
      .selectFrom("login_throttle")
      .select("user_key")
      .where("user_key", "like", "prune-%")
      .orderBy("user_key")
      .execute();
    expect(left.map((r) => r.user_key)).toEqual(["prune-recent", "prune-waiting"]);
  });
});

describe("the client address behind a proxy", () => {
  const burst = async (app: TestApp, forwarded: (i: number) => string) => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await app.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "nobody", password: "whatever-here" },
        headers: { "x-forwarded-for": forwarded(i) },
      });
      statuses.push(res.statusCode);
    }
    return statuses;
  };

  it("ignores X-Forwarded-For by default: a rotating one does not escape the rate limit", async () => {
    const app = await createTestApp({ LOGIN_RATE_PER_MINUTE: "3", LOGIN_FAILURE_FLOOR_MS: "0" });
    try {
      expect(await burst(app, (i) => `198.51.100.${i}`)).toEqual([401, 401, 401, 429]);
    } finally {
      await app.close();
    }
  });

  it("ignores X-Forwarded-For from a proxy not in TRUST_PROXY", async () => {
    const app = await createTestApp({
      LOGIN_RATE_PER_MINUTE: "3",
      LOGIN_FAILURE_FLOOR_MS: "0",
      TRUST_PROXY: "10.1.2.3, 192.168.0.0/16",
    });
    try {
      expect(await burst(app, (i) => `198.51.100.${i}`)).toEqual([401, 401, 401, 429]);
    } finally {
      await app.close();
    }
  });

  it("keys on the real client named by a trusted proxy", async () => {
    const app = await createTestApp({
      LOGIN_RATE_PER_MINUTE: "3",
      LOGIN_FAILURE_FLOOR_MS: "0",
      TRUST_PROXY: "127.0.0.1",
    });
    try {
      // Four clients behind the proxy each get their own allowance …
      expect(await burst(app, (i) => `198.51.100.${i}`)).toEqual([401, 401, 401, 401]);
      // … and one client is limited, whatever the proxy's own address.
      expect(await burst(app, () => "198.51.100.9")).toEqual([401, 401, 401, 429]);
    } finally {
      await app.close();
    }
  });

  it("refuses a TRUST_PROXY that is not a list of addresses", async () => {
    await expect(createTestApp({ TRUST_PROXY: "true" })).rejects.toThrow();
  });
});

describe("responses with personal data", () => {
  it("are never cached: JSON, files and errors under /api", async () => {
    const tenant = await createTestTenant(t.db);
    const client = await loginAs(t.app, await tenant.addUser("cache", []));
    for (const url of ["/api/auth/session", "/api/health", "/api/no-such-route"]) {
      expect((await client.get(url)).headers["cache-control"]).toBe("no-store");
    }
  });
});

describe("the idle timeout", () => {
  it("slides with activity, also when it is a minute", async () => {
    const app = await createTestApp({ SESSION_IDLE_MINUTES: "1" });
    try {
      const tenant = await createTestTenant(app.db);
      const client = await loginAs(app.app, await tenant.addUser("active", []));
      // Active every 50 seconds for five minutes: each request finds the session 50 s idle.
      for (let minute = 0; minute < 6; minute++) {
        await app.db
          .updateTable("user_session")
          .set({
            last_seen_at: sql`last_seen_at - interval '50 seconds'`,
            created_at: sql`created_at - interval '50 seconds'`,
          })
          .execute();
        expect((await client.get("/api/auth/session")).status).toBe(200);
      }
      // Then idle for longer than the timeout: gone.
      await app.db
        .updateTable("user_session")
        .set({ last_seen_at: sql`last_seen_at - interval '61 seconds'` })
        .execute();
      expect((await client.get("/api/auth/session")).status).toBe(401);
    } finally {
      await app.close();
    }
  });
});
