import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secret, TOTP } from "otpauth";
import {
  createTestApp,
  createTestTenant,
  loginAs,
  TEST_PASSWORD,
  type Client,
  type TestApp,
} from "../support/test-app";

// The TOTP second factor (RFC 6238) and the sign-in steps it adds (ADR 0014).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const codeFor = (secret: string, offsetSeconds = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSeconds * 1000,
  });

async function enrol(client: Client) {
  const started = await client.post("/api/auth/second-factor/enrolment");
  expect(started.status).toBe(200);
  const { secret, uri, qrCode } = started.json as { secret: string; uri: string; qrCode: string };
  expect(uri).toMatch(/^otpauth:\/\/totp\/Kring:/);
  expect(qrCode).toMatch(/^data:image\/png;base64,/);
  const wrong = await client.post("/api/auth/second-factor/enrolment/confirm", { code: "000000" });
  expect(wrong.status).toBe(400);
  const confirmed = await client.post("/api/auth/second-factor/enrolment/confirm", {
    code: codeFor(secret),
  });
  expect(confirmed.status).toBe(200);
  const recoveryCodes = confirmed.json.recoveryCodes as string[];
  expect(recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes };
}

describe("the second factor", () => {
  it("is required of administrators by default: they enrol before anything else", async () => {
    const tenant = await createTestTenant(t.db, { requireAdminSecondFactor: true });
    const username = await tenant.addUser("ny.admin", [["admin", "administrator"]]);
    const client = await loginAs(t.app, username);
    expect((await client.get("/api/auth/session")).json.pending).toBe("enrol_second_factor");
    const blocked = await client.get("/api/admin/users");
    expect(blocked.status).toBe(403);
    expect(blocked.json).toMatchObject({
      code: "sign_in_incomplete",
      details: { step: "enrol_second_factor" },
    });
    await enrol(client);
    expect((await client.get("/api/auth/session")).json).toMatchObject({
      pending: null,
      secondFactor: true,
    });
    expect((await client.get("/api/admin/users")).status).toBe(200);
  });

  it("is not required where the tenant has turned the requirement off, nor of others", async () => {
    const tenant = await createTestTenant(t.db, { requireAdminSecondFactor: true });
    const mentor = await loginAs(t.app, await tenant.addUser("mentor", []));
    expect((await mentor.get("/api/auth/session")).json.pending).toBeNull();
    const off = await createTestTenant(t.db);
    const admin = await loginAs(t.app, await off.addUser("admin", [["admin", "administrator"]]));
    expect((await admin.get("/api/auth/session")).json.pending).toBeNull();
  });

  it("is asked for at sign-in once enrolled; a code counts once, a recovery code too", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("kurator", []);
    const first = await loginAs(t.app, username);
    const { secret, recoveryCodes } = await enrol(first);

    const next = await loginAs(t.app, username);
    const session = await next.get("/api/auth/session");
    expect(session.json).toMatchObject({ pending: "second_factor", secondFactor: true });
    expect((await next.get("/api/structure")).status).toBe(403);
    // The enrolment code is spent; the next step's code lets the user in.
    const replay = await next.post("/api/auth/second-factor", { code: codeFor(secret, -30) });
    expect(replay.status).toBe(400);
    expect(replay.json.code).toBe("wrong_code");
    const ok = await next.post("/api/auth/second-factor", { code: codeFor(secret, 30) });
    expect(ok.status).toBe(200);
    expect((await next.get("/api/auth/session")).json.pending).toBeNull();

    const lost = await loginAs(t.app, username);
    const recovered = await lost.post("/api/auth/second-factor", { code: recoveryCodes[0] });
    expect(recovered.status).toBe(200);
    const again = await loginAs(t.app, username);
    expect((await again.post("/api/auth/second-factor", { code: recoveryCodes[0] })).status).toBe(
      400,
    );
    const stored = await t.db.selectFrom("recovery_code").select("code_hash").execute();
    expect(stored.some((r) => recoveryCodes.some((c) => r.code_hash.includes(c)))).toBe(false);
  });

  it("is removed by another administrator when phone and codes are lost; the user enrols again", async () => {
    const tenant = await createTestTenant(t.db);
    const adminName = await tenant.addUser("adm2", [["admin", "administrator"]]);
    const admin = await loginAs(t.app, adminName);
    const username = await tenant.addUser("tappade", []);
    const before = await loginAs(t.app, username);
    await enrol(before);
    const users = (await admin.get(`/api/admin/users?q=tappade`)).json.users as { id: string }[];
    const url = `/api/admin/users/${users[0]!.id}/second-factor`;

    const notAdmin = await loginAs(t.app, await tenant.addUser("mentor2", []));
    expect((await notAdmin.del(url)).status).toBe(403);

    const removed = await admin.del(url);
    expect(removed.status).toBe(200);
    expect(removed.json).toMatchObject({ secondFactor: false, mustEnrolSecondFactor: true });
    expect((await before.get("/api/auth/session")).status).toBe(401);
    expect(
      await t.db
        .selectFrom("recovery_code")
        .select("id")
        .where("user_id", "=", users[0]!.id)
        .execute(),
    ).toEqual([]);
    const audited = await t.db
      .selectFrom("audit_event")
      .select("actor_user_id")
      .where("action", "=", "user.second_factor_removed")
      .where("entity_id", "=", users[0]!.id)
      .execute();
    expect(audited).toHaveLength(1);
    // Nothing left to remove.
    expect((await admin.del(url)).status).toBe(409);

    // The next sign-in asks for no code but for a new app, before anything else.
    const next = await loginAs(t.app, username);
    expect((await next.get("/api/auth/session")).json).toMatchObject({
      pending: "enrol_second_factor",
      secondFactor: false,
    });
    expect((await next.get("/api/structure")).status).toBe(403);
    await enrol(next);
    expect((await next.get("/api/auth/session")).json.pending).toBeNull();
    const after = (await admin.get(`/api/admin/users?q=tappade`)).json.users[0];
    expect(after).toMatchObject({ secondFactor: true, mustEnrolSecondFactor: false });

    // Not one's own: another administrator does it.
    await enrol(admin);
    const self = (await admin.get(`/api/admin/users?q=adm2`)).json.users as { id: string }[];
    const own = await admin.del(`/api/admin/users/${self[0]!.id}/second-factor`);
    expect(own.status).toBe(403);
    expect(own.json.code).toBe("own_second_factor");
  });

  it("slows guessing of codes like passwords", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("gissad", []);
    const { secret } = await enrol(await loginAs(t.app, username));
    const guesser = await loginAs(t.app, username);
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        guesser.post("/api/auth/second-factor", { code: String(100000 + i) }),
      ),
    );
    expect(guesses.every((g) => g.status === 400)).toBe(true);
    // Even the right code must now wait.
    expect(
      (await guesser.post("/api/auth/second-factor", { code: codeFor(secret, 30) })).status,
    ).toBe(400);
  });
});

describe("passwords", () => {
  it("a user changes their own: the current one is checked, the rules apply, other sessions end", async () => {
    const tenant = await createTestTenant(t.db);
    const username = await tenant.addUser("byter", []);
    const other = await loginAs(t.app, username);
    const client = await loginAs(t.app, username);
    const wrong = await client.post("/api/auth/password", {
      currentPassword: "not-the-password",
      newPassword: "ett helt nytt lösenord",
    });
    expect(wrong.json.code).toBe("wrong_password");
    const weak = await client.post("/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "Sommar2026!!",
    });
    expect(weak.json.code).toBe("weak_password");
    const ok = await client.post("/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "ett helt nytt lösenord",
    });
    expect(ok.status).toBe(200);
    expect((await client.get("/api/auth/session")).status).toBe(200);
    expect((await other.get("/api/auth/session")).status).toBe(401);
    await loginAs(t.app, username, "ett helt nytt lösenord");
    await expect(loginAs(t.app, username)).rejects.toThrow(/401/);
  });

  it("an administrator resets one, and the user must choose their own at sign-in", async () => {
    const tenant = await createTestTenant(t.db);
    const admin = await loginAs(t.app, await tenant.addUser("adm", [["admin", "administrator"]]));
    const username = await tenant.addUser("glomsk", []);
    const before = await loginAs(t.app, username);
    const users = (await admin.get(`/api/admin/users?q=glomsk`)).json.users as { id: string }[];
    const url = `/api/admin/users/${users[0]!.id}/password`;
    expect((await admin.post(url, { password: "1234567890" })).status).toBe(400);
    expect((await admin.post(url, { password: "password1234" })).json.code).toBe("weak_password");
    const reset = await admin.post(url, { password: "tillfälligt lösenord 7" });
    expect(reset.status).toBe(200);
    expect(reset.json.mustChangePassword).toBe(true);
    expect((await before.get("/api/auth/session")).status).toBe(401);

    const client = await loginAs(t.app, username, "tillfälligt lösenord 7");
    expect((await client.get("/api/auth/session")).json.pending).toBe("change_password");
    expect((await client.get("/api/structure")).json.details).toEqual({ step: "change_password" });
    const changed = await client.post("/api/auth/password", {
      currentPassword: "tillfälligt lösenord 7",
      newPassword: "mitt eget nya lösenord",
    });
    expect(changed.status).toBe(200);
    expect((await client.get("/api/auth/session")).json.pending).toBeNull();

    const notAdmin = await loginAs(t.app, await tenant.addUser("mentor", []));
    expect((await notAdmin.post(url, { password: "tillfälligt lösenord 8" })).status).toBe(403);
  });
});
