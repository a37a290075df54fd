import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { PNR_CLAIM, type TestOp, startTestOp } from "../support/test-op";
import { CALLBACK, PUBLIC_URL, signInThrough, signInWorld } from "./sign-in-world";

// The administrator's side of sign-in (ADR 0039): secrets are written and never read back, the
// staff password switch holds (and cannot lock everyone out), a wrong issuer is told at once,
// and a session the provider opened ends there too (RP-initiated logout).

let t: TestApp;
let op: TestOp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL });
  op = await startTestOp(CALLBACK, `${PUBLIC_URL}/login`);
});
afterAll(async () => {
  await op.close();
  await t.close();
});

describe("providers", () => {
  it("never sends a secret back: it says which are set", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.staff();
    const res = await w.admin.get("/api/admin/sign-in");
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).not.toContain(op.clientSecret);
    expect(res.json.providers).toEqual([
      expect.objectContaining({
        id: provider.id,
        // Stored in normal form (WebLink): the issuer with its trailing slash.
        connection: { protocol: "oidc", issuer: `${op.issuer}/`, clientId: op.clientId },
        secretsSet: ["clientSecret"],
        returnUrl: CALLBACK,
      }),
    ]);
    // Saving without the secret keeps it; "" removes it.
    const body = {
      displayName: "Kommunens IdP",
      audience: "staff",
      userKey: "email",
      keyClaim: null,
      groupsClaim: null,
      createUnknownStaff: false,
      enabled: true,
      connection: { protocol: "oidc", issuer: op.issuer, clientId: op.clientId },
    };
    const kept = await w.admin.request("PUT", `/api/admin/sign-in/providers/${provider.id}`, body);
    expect(kept.json.secretsSet).toEqual(["clientSecret"]);
    const cleared = await w.admin.request("PUT", `/api/admin/sign-in/providers/${provider.id}`, {
      ...body,
      connection: { ...body.connection, clientSecret: "" },
    });
    expect(cleared.json.secretsSet).toEqual([]);
  });

  it("refuses a family provider keyed by anything but the personal number", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const res = await w.admin.post("/api/admin/sign-in/providers", {
      displayName: "Fel",
      audience: "family",
      userKey: "email",
      keyClaim: null,
      groupsClaim: null,
      createUnknownStaff: false,
      enabled: true,
      connection: { protocol: "oidc", issuer: op.issuer, clientId: "x" },
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("family_key");
  });

  it("tells the administrator whether the issuer answers", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const good = await w.staff();
    expect((await w.admin.post(`/api/admin/sign-in/providers/${good.id}/check`)).json).toEqual({
      ok: true,
      message: expect.stringContaining(op.issuer),
    });
    const bad = await w.admin.post("/api/admin/sign-in/providers", {
      displayName: "Nere",
      audience: "staff",
      userKey: "email",
      keyClaim: null,
      groupsClaim: null,
      createUnknownStaff: false,
      enabled: true,
      connection: { protocol: "oidc", issuer: "http://127.0.0.1:9/nere", clientId: "x" },
    });
    const check = await w.admin.post(`/api/admin/sign-in/providers/${bad.json.id}/check`);
    expect(check.json.ok).toBe(false);
    expect(check.json.message).toMatch(/^Kunde inte nå utfärdaren/);
    // A person who starts there is told to try later, not shown an error.
    const start = await t.app.inject({ url: `/api/auth/providers/${bad.json.id}/start` });
    expect(start.headers.location).toBe(
      `/inloggning/nekad?orsak=provider_unreachable&leverantor=${bad.json.id}`,
    );
  });

  it("lists only enabled providers on the sign-in page", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const on = await w.family();
    const off = await w.addProvider({
      displayName: "Avstängd",
      audience: "staff",
      userKey: "email",
      enabled: false,
    });
    const ids = (await t.app.inject({ url: "/api/auth/providers" }))
      .json<{ providers: { id: string }[] }>()
      .providers.map((p) => p.id);
    expect(ids).toContain(on.id);
    expect(ids).not.toContain(off.id);
  });
});

describe("staff passwords switched off", () => {
  it("refuses a staff password but keeps family passwords, and needs a staff provider", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const mentor = await w.tenant.addUser("mentor", [["school", "teacher_mentor"]]);
    const guardian = await w.tenant.addUser("vh", [], "guardian");
    const off = await w.admin.patch("/api/admin/sign-in/settings", { staffPasswordSignIn: false });
    expect(off.status).toBe(409);
    await w.staff();
    expect(
      (await w.admin.patch("/api/admin/sign-in/settings", { staffPasswordSignIn: false })).status,
    ).toBe(200);
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: mentor, password: "test-password-1" },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("password_sign_in_off");
    expect(refused.cookies.find((c) => c.name === "kring_session")).toBeUndefined();
    await expect(loginAs(t.app, guardian)).resolves.toBeTruthy();
  });
});

describe("signing out", () => {
  it("sends a session the provider opened to the provider's end-session endpoint", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.family();
    op.accounts.set("ut", { [PNR_CLAIM]: w.guardianNumber });
    const back = await signInThrough(t.app, op, provider.id, "ut");
    const session = await t.app.inject({
      url: "/api/auth/session",
      cookies: { kring_session: back.session! },
    });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      cookies: { kring_session: back.session! },
      headers: { "x-kring-csrf": session.json<{ csrfToken: string }>().csrfToken },
    });
    const redirect = new URL(res.json<{ redirect: string }>().redirect);
    expect(redirect.origin).toBe(op.issuer);
    expect(redirect.searchParams.get("client_id")).toBe(op.clientId);
    expect(redirect.searchParams.get("post_logout_redirect_uri")).toBe(`${PUBLIC_URL}/login`);
    const after = await t.app.inject({
      url: "/api/auth/session",
      cookies: { kring_session: back.session! },
    });
    expect(after.statusCode).toBe(401);
  });
});
