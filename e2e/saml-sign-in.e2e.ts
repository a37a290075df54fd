import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSpKey } from "../apps/server/src/features/sign-in/saml/saml-client";
import { type SamlIdp, startSamlIdp } from "../apps/server/test/support/saml-idp";
import { expectAccessible } from "./support/axe";
import { HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// Staff single sign-on through SAML in a real browser (issue 19.1): Kring sends Chromium to the
// test IdP with a signed AuthnRequest, the IdP's page posts its signed answer back, and the
// mentor lands in Kring signed in, with no Kring password.

const EPPN = "urn:oid:1.3.6.1.4.1.5923.1.1.1.6";

describe("staff sign-in through a SAML IdP", () => {
  const kring = useKring();
  let idp: SamlIdp;
  let providerId: string;

  beforeAll(async () => {
    idp = await startSamlIdp();
    const db = kring.db();
    const tenant = await db
      .selectFrom("app_user")
      .select(["tenant_id", "id"])
      .where("username", "=", "mentor.mariehem")
      .executeTakeFirstOrThrow();
    await db
      .updateTable("app_user")
      .set({ eppn: "mentor.mariehem@kringby.se" })
      .where("id", "=", tenant.id)
      .execute();
    const row = await db
      .insertInto("identity_provider")
      .values({
        tenant_id: tenant.tenant_id,
        audience: "staff",
        protocol: "saml",
        display_name: "Kringby kommuns IdP (SAML)",
        settings: JSON.stringify({ metadataUrl: idp.metadataUrl }),
        secrets: JSON.stringify(
          await makeSpKey().then((k) => ({
            spPrivateKey: k.privateKey,
            spCertificate: k.certificate,
          })),
        ),
        user_key: "eppn",
        enabled: true,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    providerId = row.id;
    idp.signInAs({
      nameId: "_mentor",
      attributes: { [EPPN]: "mentor.mariehem@kringby.se" },
    });
  }, 60_000);
  afterAll(() => idp.close());

  it("lands the mentor in Kring, signed in", async () => {
    const page = await kring.openPage();
    await page.goto(`/api/auth/providers/${providerId}/start`);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toMatch(/^Hej /);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(idp.state.requests.at(-1)!.signed).toBe(true);
    await expectAccessible(page, "the start page after SAML sign-in");
  });
});
