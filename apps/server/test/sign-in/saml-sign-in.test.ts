import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SamlIdp, startSamlIdp } from "../support/saml-idp";
import { createTestApp, type TestApp } from "../support/test-app";
import { PUBLIC_URL, postToConsumer, samlWorld, signInThrough } from "./saml-world";

// Signing in to Kring through a real SAML IdP started here (ADR 0039): staff by
// eduPersonPrincipalName or HSA-id with the roles their groups map to, a guardian by Sweden
// Connect's personal number attribute; broken, foreign and replayed answers refused with an
// audit row naming the reason; single logout at the IdP.

const EPPN = "urn:oid:1.3.6.1.4.1.5923.1.1.1.6";
const HSA = "urn:oid:1.2.752.29.6.2.1";
const PNR = "urn:oid:1.2.752.29.4.13";
const GROUPS = "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups";

let t: TestApp;
let idp: SamlIdp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL });
  idp = await startSamlIdp();
}, 60_000);
afterAll(async () => {
  await idp.close();
  await t.close();
});

const session = (cookie: string) =>
  t.app
    .inject({ method: "GET", url: "/api/auth/session", cookies: { kring_session: cookie } })
    .then((r) => r.json<{ user: { id: string; kind: string } }>());
const audits = (tenantId: string, action: string) =>
  t.db
    .selectFrom("audit_event")
    .select(["entity_id", "actor_user_id as user_id", "details"])
    .where("tenant_id", "=", tenantId)
    .where("action", "=", action)
    .execute();

describe("staff through SAML", () => {
  it("creates a mentor by eduPersonPrincipalName with the role the group maps to", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const id = await w.addProvider({
      displayName: "Skolfederation",
      audience: "staff",
      userKey: "eppn",
      createUnknownStaff: true,
    });
    const groups = await w.admin.request("PUT", `/api/admin/sign-in/providers/${id}/groups`, {
      groups: [{ group: "kring-mentorer", unitId: w.school, role: "teacher_mentor" }],
    });
    expect(groups.status).toBe(200);
    const user = {
      nameId: "_nils",
      attributes: { [EPPN]: "nils.holm@kringby.se", [GROUPS]: ["kring-mentorer", "personal"] },
    };
    const back = await signInThrough(t.app, idp, id, user);
    expect(back.location).toBe("/");
    const me = await session(back.session!);
    const roles = await t.db
      .selectFrom("membership")
      .select(["unit_id", "role"])
      .where("user_id", "=", me.user.id)
      .execute();
    expect(roles).toEqual([{ unit_id: w.school, role: "teacher_mentor" }]);
    // The next time, the same account (found by its eppn), no new one.
    const again = await signInThrough(t.app, idp, id, user);
    expect((await session(again.session!)).user.id).toBe(me.user.id);
    const logins = await audits(w.tenant.tenantId, "auth.login");
    expect(logins.filter((l) => l.user_id === me.user.id)).toHaveLength(2);
    expect(JSON.stringify(logins)).not.toContain("nils.holm");
    expect(idp.state.requests.at(-1)!.signed).toBe(true);
  });

  it("finds a school nurse by HSA-id (Inera, SITHS)", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const id = await w.addProvider({
      displayName: "Inera IdP",
      audience: "staff",
      userKey: "hsa_id",
    });
    await w.tenant.addUser("skolsköterska", [["school", "school_nurse"]]);
    const nurse = await t.db
      .updateTable("app_user")
      .set({ hsa_id: "SE2321000016-K001" })
      .where("display_name", "=", "skolsköterska")
      .where("tenant_id", "=", w.tenant.tenantId)
      .returning("id")
      .executeTakeFirstOrThrow();
    const back = await signInThrough(t.app, idp, id, {
      nameId: "_k001",
      attributes: { [HSA]: "SE2321000016-K001" },
    });
    expect((await session(back.session!)).user.id).toBe(nurse.id);
  });
});

describe("families through an e-ID broker (Sweden Connect)", () => {
  it("lets a guardian in by urn:oid:1.2.752.29.4.13, and no one else", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const id = await w.addProvider({
      displayName: "E-legitimation",
      audience: "family",
      userKey: "personal_number",
    });
    const back = await signInThrough(t.app, idp, id, {
      nameId: "_sara",
      attributes: { [PNR]: w.guardianNumber.replace("-", "") },
    });
    const me = await session(back.session!);
    expect(me.user.kind).toBe("guardian");
    const linked = await t.db
      .selectFrom("guardian")
      .select("user_id")
      .where("id", "=", w.guardianId)
      .executeTakeFirstOrThrow();
    expect(linked.user_id).toBe(me.user.id);
    const stranger = await signInThrough(t.app, idp, id, {
      nameId: "_okand",
      attributes: { [PNR]: "197001019999" },
    });
    expect(stranger.session).toBeNull();
    expect(stranger.location).toContain("orsak=");
  });
});

describe("answers that are refused", () => {
  const cases = [
    ["unsigned", { unsigned: true }, "signature"],
    ["altered after signing", { alter: (x: string) => x.replace("_eva", "_admin") }, "signature"],
    ["expired", { validForSeconds: -300 }, "expired"],
    ["for another audience", { audience: "https://annan.example/sp" }, "audience"],
  ] as const;
  it.each(cases)(
    "refuses an answer %s, sends the person to the refusal page and audits why",
    async (_w, broken, reason) => {
      const w = await samlWorld(t.db, t.app, idp);
      const id = await w.addProvider({ displayName: "ADFS", audience: "staff", userKey: "eppn" });
      await w.tenant.addUser("eva", [["school", "teacher_mentor"]]);
      await t.db
        .updateTable("app_user")
        .set({ eppn: "eva@kringby.se" })
        .where("display_name", "=", "eva")
        .where("tenant_id", "=", w.tenant.tenantId)
        .execute();
      const user = { nameId: "_eva", attributes: { [EPPN]: "eva@kringby.se" } };
      const back = await signInThrough(t.app, idp, id, user, broken);
      expect(back.session).toBeNull();
      expect(back.location).toMatch(
        new RegExp(`^/inloggning/nekad\\?orsak=\\w+&leverantor=${id}&saml=${reason}$`),
      );
      const refused = await audits(w.tenant.tenantId, "auth.login_refused");
      expect(refused).toEqual([
        expect.objectContaining({
          entity_id: id,
          details: expect.objectContaining({ saml: reason, protocol: "saml" }),
        }),
      ]);
    },
  );

  it("takes an answer once: posted again (to any server) it is refused as replayed", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const id = await w.addProvider({ displayName: "Entra ID", audience: "staff", userKey: "eppn" });
    await w.tenant.addUser("olle", [["school", "teacher_mentor"]]);
    await t.db
      .updateTable("app_user")
      .set({ eppn: "olle@kringby.se" })
      .where("display_name", "=", "olle")
      .where("tenant_id", "=", w.tenant.tenantId)
      .execute();
    const first = await signInThrough(t.app, idp, id, {
      nameId: "_olle",
      attributes: { [EPPN]: "olle@kringby.se" },
    });
    expect(first.session).toBeTruthy();
    const replay = await postToConsumer(t.app, first.form);
    expect(replay.session).toBeNull();
    expect(replay.location).toContain("saml=replayed");
    const refused = await audits(w.tenant.tenantId, "auth.login_refused");
    expect(refused.map((r) => (r.details as { saml: string }).saml)).toEqual(["replayed"]);
  });
});

describe("metadata and single logout", () => {
  it("publishes Kring's metadata and signs out at the IdP too", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const id = await w.addProvider({
      displayName: "Kommunens IdP",
      audience: "staff",
      userKey: "eppn",
    });
    const meta = await t.app.inject({ method: "GET", url: `/api/auth/saml/${id}/metadata` });
    expect(meta.statusCode).toBe(200);
    expect(meta.body).toContain(`entityID="${PUBLIC_URL}/api/auth/saml/${id}/metadata"`);
    expect(meta.body).toContain(`Location="${PUBLIC_URL}/api/auth/saml/${id}/acs"`);
    await w.tenant.addUser("lisa", [["school", "teacher_mentor"]]);
    await t.db
      .updateTable("app_user")
      .set({ eppn: "lisa@kringby.se" })
      .where("display_name", "=", "lisa")
      .where("tenant_id", "=", w.tenant.tenantId)
      .execute();
    const back = await signInThrough(t.app, idp, id, {
      nameId: "_lisa",
      attributes: { [EPPN]: "lisa@kringby.se" },
    });
    const csrf = (
      await t.app.inject({
        method: "GET",
        url: "/api/auth/session",
        cookies: { kring_session: back.session! },
      })
    ).json<{ csrfToken: string }>().csrfToken;
    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      cookies: { kring_session: back.session! },
      headers: { "x-kring-csrf": csrf },
    });
    const redirect = out.json<{ redirect: string }>().redirect;
    expect(redirect.startsWith(`${idp.url}/slo?`)).toBe(true);
    const atIdp = await fetch(redirect, { redirect: "manual" });
    expect(idp.state.logouts.at(-1)).toMatchObject({ nameId: "_lisa", signed: true });
    const returned = String(atIdp.headers.get("location"));
    const final = await t.app.inject({ method: "GET", url: returned.slice(PUBLIC_URL.length) });
    expect(final.headers.location).toBe("/login");
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/auth/session",
          cookies: { kring_session: back.session! },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("ends the person's sessions when the IdP signs them out, and only by a signed request", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const id = await w.addProvider({ displayName: "Portalen", audience: "staff", userKey: "eppn" });
    await w.tenant.addUser("pia", [["school", "teacher_mentor"]]);
    const pia = await t.db
      .updateTable("app_user")
      .set({ eppn: "pia@kringby.se" })
      .where("display_name", "=", "pia")
      .where("tenant_id", "=", w.tenant.tenantId)
      .returning("id")
      .executeTakeFirstOrThrow();
    const back = await signInThrough(t.app, idp, id, {
      nameId: "_pia",
      attributes: { [EPPN]: "pia@kringby.se" },
    });
    const logoutUrl = `${PUBLIC_URL}/api/auth/saml/${id}/logout`;
    const alive = () =>
      t.app
        .inject({
          method: "GET",
          url: "/api/auth/session",
          cookies: { kring_session: back.session! },
        })
        .then((r) => r.statusCode);
    const unsigned = await t.app.inject({
      method: "GET",
      url: idp.logoutRequest(logoutUrl, "_pia", { signed: false }).slice(PUBLIC_URL.length),
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().message.sv).toBe(
      "Utloggningen från identitetsleverantören kunde inte godtas.",
    );
    expect(await alive()).toBe(200);
    const signed = await t.app.inject({
      method: "GET",
      url: idp.logoutRequest(logoutUrl, "_pia").slice(PUBLIC_URL.length),
    });
    expect(signed.statusCode).toBe(303);
    expect(String(signed.headers.location).startsWith(`${idp.url}/slo?SAMLResponse=`)).toBe(true);
    expect(await alive()).toBe(401);
    const outs = await audits(w.tenant.tenantId, "auth.logout");
    expect(outs).toEqual([
      expect.objectContaining({
        user_id: pia.id,
        details: expect.objectContaining({ by: "identity_provider" }),
      }),
    ]);
  });

  it("tells the administrator what the IdP's metadata holds, or why it cannot be read", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const id = await w.addProvider({ displayName: "Kontroll", audience: "staff", userKey: "eppn" });
    const ok = await w.admin.post(`/api/admin/sign-in/providers/${id}/check`);
    expect(ok.json).toEqual({
      ok: true,
      message: `Läste ${idp.entityId}: 1 signeringscertifikat, med utloggning.`,
    });
    await t.db
      .updateTable("identity_provider")
      .set({ settings: JSON.stringify({ metadataUrl: "http://127.0.0.1:9/metadata" }) })
      .where("id", "=", id)
      .execute();
    const down = await w.admin.post(`/api/admin/sign-in/providers/${id}/check`);
    expect(down.json.ok).toBe(false);
    expect(down.json.message).toMatch(/^Identitetsleverantörens metadata kunde inte hämtas/);
  });
});
