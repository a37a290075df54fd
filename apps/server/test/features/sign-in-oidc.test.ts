import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPersonalNumber } from "../support/personal-numbers";
import { createTestApp, type TestApp } from "../support/test-app";
import { PNR_CLAIM, type TestOp, startTestOp, walkOp } from "../support/test-op";
import {
  CALLBACK,
  PUBLIC_URL,
  asSession,
  callback,
  signInThrough,
  signInWorld,
} from "./sign-in-world";

// External sign-in through a real OpenID provider started here (ADR 0039): staff matched by
// e-mail or HSA-id, created with the mapped roles only when the provider allows it, families by
// personal identity number; refusals land on the page that says whom to contact, and every
// sign-in is audited without the person's key.

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

const audits = (tenantId: string, action: string) =>
  t.db
    .selectFrom("audit_event")
    .select(["entity_id", "actor_user_id", "details"])
    .where("tenant_id", "=", tenantId)
    .where("action", "=", action)
    .execute();

describe("staff", () => {
  it("finds the account by e-mail, opens today's session and audits it without the address", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.staff();
    await w.tenant.addUser("lärare", [["school", "teacher_mentor"]]);
    const user = await t.db
      .updateTable("app_user")
      .set({ email: "Larare@Kommun.test" })
      .where("display_name", "=", "lärare")
      .where("tenant_id", "=", w.tenant.tenantId)
      .returning("id")
      .executeTakeFirstOrThrow();
    op.accounts.set("larare", { email: "larare@kommun.test", name: "Lärare" });
    const back = await signInThrough(t.app, op, provider.id, "larare");
    expect(back.location).toBe("/");
    const { me } = await asSession(t.app, back.session!);
    expect(me.user.id).toBe(user.id);
    expect(me.csrfToken).toBeTruthy();
    const logins = (await audits(w.tenant.tenantId, "auth.login")).filter(
      (a) => a.entity_id === user.id,
    );
    expect(logins).toEqual([
      expect.objectContaining({ actor_user_id: user.id, entity_id: user.id }),
    ]);
    expect(JSON.stringify(logins)).not.toContain("kommun.test");
  });

  it("finds the account by HSA-id when that is the provider's key", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.addProvider({
      displayName: "SITHS",
      audience: "staff",
      userKey: "hsa_id",
    });
    await w.tenant.addUser("skolläkare", [["school", "school_nurse"]]);
    const user = await t.db
      .updateTable("app_user")
      .set({ hsa_id: "SE2321000016-ABC1" })
      .where("display_name", "=", "skolläkare")
      .where("tenant_id", "=", w.tenant.tenantId)
      .returning("id")
      .executeTakeFirstOrThrow();
    op.accounts.set("hsa", { hsa_id: "se2321000016-abc1" });
    const back = await signInThrough(t.app, op, provider.id, "hsa");
    expect((await asSession(t.app, back.session!)).me.user.id).toBe(user.id);
  });

  it("refuses someone unknown when the provider creates no accounts, and says whom to ask", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.staff();
    await w.admin.patch("/api/admin/sign-in/settings", { contact: "Ring IT-support, 010-123" });
    op.accounts.set("okand", { email: "okand@kommun.test", groups: ["Lärare"] });
    const back = await signInThrough(t.app, op, provider.id, "okand");
    expect(back.session).toBeNull();
    expect(back.location).toBe(`/inloggning/nekad?orsak=unknown_person&leverantor=${provider.id}`);
    const help = await t.app.inject({ url: `/api/auth/providers/${provider.id}/help` });
    expect(help.json()).toEqual({
      tenantName: expect.any(String),
      contact: "Ring IT-support, 010-123",
    });
    expect(await audits(w.tenant.tenantId, "auth.login_refused")).toEqual([
      expect.objectContaining({
        entity_id: provider.id,
        details: { reason: "unknown_person", protocol: "oidc", system: "login" },
      }),
    ]);
    const created = await t.db
      .selectFrom("app_user")
      .select("id")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("email", "=", "okand@kommun.test")
      .execute();
    expect(created).toEqual([]);
  });

  it("creates the account with the mapped roles when allowed, and follows the groups after", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.addProvider({
      displayName: "Entra ID",
      audience: "staff",
      userKey: "email",
      createUnknownStaff: true,
    });
    const mapped = await w.admin.request(
      "PUT",
      `/api/admin/sign-in/providers/${provider.id}/groups`,
      {
        groups: [
          { group: "Lärare Skolan", unitId: w.school, role: "teacher_mentor" },
          { group: "Rektorer", unitId: w.school, role: "principal" },
        ],
      },
    );
    expect(mapped.status).toBe(200);
    op.accounts.set("ny", {
      email: "ny@kommun.test",
      name: "Ny Lärare",
      groups: ["Lärare Skolan", "Annat"],
    });
    const first = await signInThrough(t.app, op, provider.id, "ny");
    const { me } = await asSession(t.app, first.session!);
    const memberships = () =>
      t.db
        .selectFrom("membership")
        .select(["unit_id", "role"])
        .where("user_id", "=", me.user.id)
        .execute();
    expect(await memberships()).toEqual([{ unit_id: w.school, role: "teacher_mentor" }]);
    expect((await audits(w.tenant.tenantId, "user.create")).map((a) => a.entity_id)).toEqual([
      me.user.id,
    ]);
    // Moved to the principals' group: the mapping's role follows; nothing else is touched.
    op.accounts.set("ny", { email: "ny@kommun.test", groups: ["Rektorer"] });
    await signInThrough(t.app, op, provider.id, "ny");
    expect(await memberships()).toEqual([{ unit_id: w.school, role: "principal" }]);
  });

  it("creates no account for someone no group gives a role", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.addProvider({
      displayName: "Entra ID",
      audience: "staff",
      userKey: "email",
      createUnknownStaff: true,
    });
    await w.admin.request("PUT", `/api/admin/sign-in/providers/${provider.id}/groups`, {
      groups: [{ group: "Lärare", unitId: w.school, role: "teacher_mentor" }],
    });
    op.accounts.set("utan", { email: "utan@kommun.test", groups: ["Vaktmästare"] });
    const back = await signInThrough(t.app, op, provider.id, "utan");
    expect(back.location).toContain("orsak=unknown_person");
  });
});

describe("families with e-ID (the Swedish OIDC profile)", () => {
  it("finds the guardian by personal identity number and shows today's family view", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.family();
    op.accounts.set("maja", { [PNR_CLAIM]: w.guardianNumber, name: "Maja Inloggsson" });
    const back = await signInThrough(t.app, op, provider.id, "maja");
    expect(back.location).toBe("/");
    const s = await asSession(t.app, back.session!);
    const children = (await s.get("/api/family/children")).json<{ children: { id: string }[] }>();
    expect(children.children.map((c) => c.id)).toEqual([w.childId]);
    // The next sign-in is the same account.
    const again = await signInThrough(t.app, op, provider.id, "maja");
    expect((await asSession(t.app, again.session!)).me.user.id).toBe(s.me.user.id);
    expect(JSON.stringify(await audits(w.tenant.tenantId, "auth.login"))).not.toContain(
      w.guardianNumber,
    );
  });

  it("lets the child in from the age the tenant sets, and not before", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.family();
    op.accounts.set("vera", { [PNR_CLAIM]: w.childNumber });
    expect((await signInThrough(t.app, op, provider.id, "vera")).location).toContain(
      "orsak=unknown_person",
    );
    await w.admin.patch("/api/admin/sign-in/settings", { childSignInFromAge: 18 });
    expect((await signInThrough(t.app, op, provider.id, "vera")).session).toBeNull();
    await w.admin.patch("/api/admin/sign-in/settings", { childSignInFromAge: 13 });
    const back = await signInThrough(t.app, op, provider.id, "vera");
    const s = await asSession(t.app, back.session!);
    const children = (await s.get("/api/family/children")).json<{ children: { id: string }[] }>();
    expect(children.children.map((c) => c.id)).toEqual([w.childId]);
  });

  it("sends an unknown number to the page that says whom to contact", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.family();
    const unknown = freshPersonalNumber("1970-01-01");
    op.accounts.set("okand-pnr", { [PNR_CLAIM]: unknown });
    const back = await signInThrough(t.app, op, provider.id, "okand-pnr");
    expect(back).toMatchObject({
      session: null,
      location: `/inloggning/nekad?orsak=unknown_person&leverantor=${provider.id}`,
    });
    expect(JSON.stringify(await audits(w.tenant.tenantId, "auth.login_refused"))).not.toContain(
      unknown,
    );
  });
});

describe("the state of a sign-in under way", () => {
  it("is taken once: a replayed return, a forged state or another browser gets no session", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.family();
    op.accounts.set("maja2", { [PNR_CLAIM]: w.guardianNumber });
    const first = await signInThrough(t.app, op, provider.id, "maja2");
    expect(first.session).toBeTruthy();
    const replay = await callback(t.app, first.callbackUrl, first.browser);
    expect(replay).toEqual({ location: "/inloggning/nekad?orsak=expired", session: null });
    const forged = first.callbackUrl.replace(/state=[^&]+/, "state=forged");
    expect((await callback(t.app, forged, first.browser)).session).toBeNull();
    // Someone else's return link (made by starting at Kring in their own browser).
    const start = await t.app.inject({ url: `/api/auth/providers/${provider.id}/start` });
    const url = await walkOp(String(start.headers.location), CALLBACK);
    expect((await callback(t.app, url, "another-browser")).session).toBeNull();
  });

  it("checks the nonce of the ID token against the one the attempt sent", async () => {
    const w = await signInWorld(t.db, t.app, op);
    const provider = await w.family();
    op.accounts.set("maja3", { [PNR_CLAIM]: w.guardianNumber });
    const start = await t.app.inject({ url: `/api/auth/providers/${provider.id}/start` });
    const browser = start.cookies.find((c) => c.name === "kring_sign_in")!.value;
    op.signInAs = "maja3";
    const url = await walkOp(String(start.headers.location), CALLBACK);
    const attempt = await t.db
      .selectFrom("sign_in_attempt")
      .select(["id", "data"])
      .where("provider_id", "=", provider.id)
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable("sign_in_attempt")
      .set({ data: JSON.stringify({ ...attempt.data, nonce: "another-nonce" }) })
      .where("id", "=", attempt.id)
      .execute();
    const back = await callback(t.app, url, browser);
    expect(back).toEqual({
      location: `/inloggning/nekad?orsak=failed&leverantor=${provider.id}`,
      session: null,
    });
  });
});
