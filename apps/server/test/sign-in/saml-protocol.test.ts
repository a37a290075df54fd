import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSamlConnection } from "../../src/features/sign-in/saml/saml-connection";
import {
  makeSpKey,
  samlClient,
  spAddresses,
  type SpKey,
} from "../../src/features/sign-in/saml/saml-client";
import { logoutOf, samlAttributes } from "../../src/features/sign-in/saml/saml-identity";
import { identityFromAttributes } from "../../src/features/sign-in/external-identity";
import { samlProtocol } from "../../src/features/sign-in/saml/saml.protocol";
import { checkSamlResponse } from "../../src/features/sign-in/saml/saml-response";
import type { SamlSettings } from "../../src/features/sign-in/saml/saml-connection";
import { type AnswerOptions, readPostForm, type SamlIdp, startSamlIdp } from "../support/saml-idp";

// The SAML protocol alone, against the test IdP over HTTP: metadata read, an AuthnRequest
// answered with a signed assertion, and every broken answer refused for its reason. Signing in
// to Kring through it (accounts, sessions, audit, replay across servers) is saml-sign-in.test.ts.

const PUBLIC = "http://kring.test";
const providerId = randomUUID();
let idp: SamlIdp;
let settings: SamlSettings;
let key: SpKey;
const sp = spAddresses(PUBLIC, providerId);

beforeAll(async () => {
  idp = await startSamlIdp();
  settings = await resolveSamlConnection({ protocol: "saml", metadataUrl: idp.metadataUrl });
  key = await makeSpKey();
  idp.signInAs({
    nameId: "_anna",
    attributes: {
      "urn:oid:1.3.6.1.4.1.5923.1.1.1.6": "anna.larsson@kringby.se",
      "urn:oid:2.16.840.1.113730.3.1.241": "Anna Larsson",
      "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups": ["kring-mentorer", "alla"],
    },
  });
}, 60_000);
afterAll(() => idp.close());

/** Kring's AuthnRequest, through the IdP's page, to the form the browser would post. */
async function roundTrip(options: AnswerOptions = {}) {
  const requestId = `_${randomUUID().replaceAll("-", "")}`;
  const client = samlClient(PUBLIC, providerId, settings, key, requestId);
  const url = await client.getAuthorizeUrlAsync("", undefined, {});
  idp.breakNext(options);
  const page = await fetch(url);
  const form = readPostForm(await page.text());
  return { requestId, client, form };
}

const expected = () => ({ acsUrl: sp.acs, idpEntityId: idp.entityId });

describe("SAML protocol against a real IdP", () => {
  it("reads the IdP from its metadata", () => {
    expect(settings.idpEntityId).toBe(idp.entityId);
    expect(settings.ssoUrl).toBe(`${idp.url}/sso`);
    expect(settings.sloUrl).toBe(`${idp.url}/slo`);
    expect(settings.certificates).toHaveLength(1);
  });

  it("sends a signed AuthnRequest and accepts the signed answer", async () => {
    const { requestId, client, form } = await roundTrip();
    expect(form.action).toBe(sp.acs);
    const got = idp.state.requests.at(-1)!;
    expect(got).toMatchObject({ id: requestId, issuer: sp.entityId, acs: sp.acs, signed: true });
    const checked = await checkSamlResponse(client, form.fields.SAMLResponse!, expected());
    expect(checked.requestId).toBe(requestId);
    const identity = identityFromAttributes(
      { id: providerId, keyClaim: null, groupsClaim: null },
      {
        keyClaim: samlProtocol.defaultKeyClaim("eppn"),
        groupsClaim: samlProtocol.defaultGroupsClaim,
      },
      samlAttributes(checked.profile),
      logoutOf(checked.profile),
    );
    if (identity === "no_key") throw new Error("no key");
    expect(identity).toMatchObject({
      key: "anna.larsson@kringby.se",
      displayName: "Anna Larsson",
      groups: ["kring-mentorer", "alla"],
      logout: { nameId: "_anna" },
    });
    expect(identity.logout!.sessionIndex).toBeTruthy();
  });

  const broken: [string, AnswerOptions, string][] = [
    ["unsigned", { unsigned: true }, "saml_signature"],
    ["signed by another key", { foreignKey: true }, "saml_signature"],
    [
      "altered after signing",
      { alter: (xml) => xml.replace("anna.larsson@kringby.se", "rektor@kringby.se") },
      "saml_signature",
    ],
    ["expired", { validForSeconds: -120 }, "saml_expired"],
    ["for another audience", { audience: "https://annan.example/sp" }, "saml_audience"],
    ["for another address", { destination: "https://annan.example/acs" }, "saml_destination"],
    ["unsolicited", { inResponseTo: null }, "saml_unsolicited"],
  ];
  it.each(broken)("refuses an answer %s", async (_what, options, code) => {
    const { client, form } = await roundTrip(options);
    await expect(
      checkSamlResponse(client, form.fields.SAMLResponse!, expected()),
    ).rejects.toMatchObject({ code });
  });

  it("tolerates a minute of clock skew, no more", async () => {
    const { client, form } = await roundTrip({ validForSeconds: -30 });
    await expect(
      checkSamlResponse(client, form.fields.SAMLResponse!, expected()),
    ).resolves.toBeTruthy();
  });

  it("refuses metadata that is not an IdP's, and a certificate that is not one", async () => {
    await expect(
      resolveSamlConnection({ protocol: "saml", metadataXml: "<nej/>" }),
    ).rejects.toMatchObject({ code: "saml_metadata" });
    await expect(
      resolveSamlConnection({
        protocol: "saml",
        idpEntityId: "x",
        ssoUrl: "https://idp.example/sso",
        certificates: ["inte ett certifikat"],
      }),
    ).rejects.toMatchObject({ code: "saml_certificate" });
    await expect(
      resolveSamlConnection({ protocol: "saml", metadataUrl: "http://127.0.0.1:9/metadata" }),
    ).rejects.toMatchObject({ code: "saml_metadata_unreachable" });
  });
});
