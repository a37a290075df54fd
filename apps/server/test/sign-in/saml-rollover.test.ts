import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerAdder } from "../features/sign-in-world";
import { type SamlIdp, startSamlIdp } from "../support/saml-idp";
import { createTestApp, type TestApp } from "../support/test-app";
import { PUBLIC_URL, samlWorld, signInThrough } from "./saml-world";

// A SAML provider typed in by the administrator (issue 19): the IdP's second signing certificate
// while it rolls its key over, its single logout address, and the authentication context Kring
// asks for (SITHS, a level of assurance). Each reaches @node-saml and the IdP started here.

const HSA = "urn:oid:1.2.752.29.6.2.1";
const SITHS = "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI";

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

/** A provider typed in, without metadata: what is used can only come from these fields. */
async function typedIn(connection: Record<string, unknown>) {
  const w = await samlWorld(t.db, t.app, idp);
  const add = providerAdder(w.admin, {
    protocol: "saml",
    idpEntityId: idp.entityId,
    ssoUrl: `${idp.url}/sso`,
    ...connection,
  });
  const { id } = await add({ displayName: "Inera IdP", audience: "staff", userKey: "hsa_id" });
  idp.registerSp(
    `${PUBLIC_URL}/api/auth/saml/${id}/metadata`,
    `${PUBLIC_URL}/api/auth/saml/${id}/logout`,
  );
  await w.tenant.addUser("skolsköterska", [["school", "school_nurse"]]);
  await t.db
    .updateTable("app_user")
    .set({ hsa_id: "SE2321000016-K002" })
    .where("display_name", "=", "skolsköterska")
    .where("tenant_id", "=", w.tenant.tenantId)
    .execute();
  return { w, id };
}

const nurse = { nameId: "_k002", attributes: { [HSA]: "SE2321000016-K002" } };

describe("a SAML provider with two certificates, single logout and a requested context", () => {
  it("accepts an assertion signed by the second certificate during a key rollover", async () => {
    // The IdP's next key ("foreign" in the test IdP) as the second certificate.
    const { id } = await typedIn({ certificates: [idp.certificate, idp.foreignCertificate] });
    const next = await signInThrough(t.app, idp, id, nurse, { foreignKey: true });
    expect(next.session).not.toBeNull();
    const current = await signInThrough(t.app, idp, id, nurse);
    expect(current.session).not.toBeNull();
    // With only the current certificate, the next key's signature is refused.
    const { w, id: onlyOne } = await typedIn({ certificates: [idp.certificate] });
    const trouble = async () =>
      (
        (await w.admin.get("/api/admin/sign-in")).json.providers as {
          id: string;
          trouble: unknown;
        }[]
      ).find((p) => p.id === onlyOne)!.trouble;
    expect(await trouble()).toBeNull();
    const refused = await signInThrough(t.app, idp, onlyOne, nurse, { foreignKey: true });
    expect(refused.session).toBeNull();
    expect(refused.location).toContain("orsak=");
    // The administrator sees on the provider that sign-ins fail on the certificate.
    expect(await trouble()).toMatchObject({ count: 1, reason: "signature" });
    // A person Kring does not know is no fault of the settings.
    await signInThrough(t.app, idp, onlyOne, {
      nameId: "_x",
      attributes: { [HSA]: "SE2321000016-X9" },
    });
    expect(await trouble()).toMatchObject({ count: 1 });
  });

  it("asks the IdP for the authentication context, and none when none is set", async () => {
    const { id } = await typedIn({ certificates: [idp.certificate], authnContext: SITHS });
    await signInThrough(t.app, idp, id, nurse);
    expect(idp.state.requests.at(-1)!.authnContext).toBe(SITHS);
    const { id: plain } = await typedIn({ certificates: [idp.certificate] });
    await signInThrough(t.app, idp, plain, nurse);
    expect(idp.state.requests.at(-1)!.authnContext).toBeNull();
  });

  it("signs out at the typed single logout address", async () => {
    const { id } = await typedIn({ certificates: [idp.certificate], sloUrl: `${idp.url}/slo` });
    const back = await signInThrough(t.app, idp, id, nurse);
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
    expect(out.json<{ redirect: string }>().redirect.startsWith(`${idp.url}/slo?`)).toBe(true);
    // Without one (and no metadata to read it from), signing out ends Kring's session only.
    const { id: noSlo } = await typedIn({ certificates: [idp.certificate] });
    const other = await signInThrough(t.app, idp, noSlo, nurse);
    const csrf2 = (
      await t.app.inject({
        method: "GET",
        url: "/api/auth/session",
        cookies: { kring_session: other.session! },
      })
    ).json<{ csrfToken: string }>().csrfToken;
    const out2 = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      cookies: { kring_session: other.session! },
      headers: { "x-kring-csrf": csrf2 },
    });
    expect(out2.json<{ redirect?: string | null }>().redirect ?? null).toBeNull();
  });

  it("tells the administrator in Swedish what is wrong when saving, and reads it back", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const save = (connection: Record<string, unknown>) =>
      w.admin.post("/api/admin/sign-in/providers", {
        displayName: "Felaktig",
        audience: "staff",
        userKey: "hsa_id",
        keyClaim: null,
        groupsClaim: null,
        createUnknownStaff: false,
        enabled: false,
        connection: { protocol: "saml", idpEntityId: idp.entityId, ...connection },
      });
    const second = await save({ certificates: [idp.certificate, "inte ett certifikat"] });
    expect(second.status).toBe(400);
    expect(second.json.code).toBe("saml_certificate");
    expect(second.json.message.sv).toMatch(/^Det andra certifikatet går inte/);
    const context = await save({ certificates: [idp.certificate], authnContext: "loa3" });
    expect(context.status).toBe(400);
    expect(context.json.code).toBe("saml_authn_context");
    expect(context.json.message.sv).toMatch(/^Autentiseringskontexten ska vara/);
    const slo = await save({ certificates: [idp.certificate], sloUrl: "inte en adress" });
    expect(slo.status).toBe(400);
    const ok = await save({
      ssoUrl: `${idp.url}/sso`,
      sloUrl: `${idp.url}/slo`,
      certificates: [idp.certificate, idp.foreignCertificate],
      authnContext: "http://id.elegnamnden.se/loa/1.0/loa3",
    });
    expect(ok.status).toBe(200);
    expect(ok.json.connection).toMatchObject({
      sloUrl: `${idp.url}/slo`,
      certificates: [idp.certificate, idp.foreignCertificate],
      authnContext: "http://id.elegnamnden.se/loa/1.0/loa3",
    });
  });

  it("tells the administrator at 'Kontrollera' when a typed certificate is not the IdP's", async () => {
    const w = await samlWorld(t.db, t.app, idp);
    const add = (certificates: string[]) =>
      providerAdder(w.admin, { protocol: "saml", metadataUrl: idp.metadataUrl, certificates })({
        displayName: `Med metadata ${certificates.length}`,
        audience: "staff",
        userKey: "hsa_id",
      });
    const wrong = await add([idp.foreignCertificate]);
    const check = await w.admin.post(`/api/admin/sign-in/providers/${wrong.id}/check`);
    expect(check.json.ok).toBe(false);
    expect(check.json.message).toMatch(
      /^Inget av certifikaten du har angett finns i IdP:ns metadata/,
    );
    // During a rollover the IdP's current one is among them: fine.
    const rolling = await add([idp.foreignCertificate, idp.certificate]);
    const ok = await w.admin.post(`/api/admin/sign-in/providers/${rolling.id}/check`);
    expect(ok.json).toMatchObject({ ok: true });
  });
});
