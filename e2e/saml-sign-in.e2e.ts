import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSpKey } from "../apps/server/src/features/sign-in/saml/saml-client";
import { type SamlIdp, startSamlIdp } from "../apps/server/test/support/saml-idp";
import { expectAccessible } from "./support/axe";
import { HEADING_WAIT, logIn, mainHeading, useKring } from "./support/kring";

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

  it("lets the administrator add a SAML provider by its metadata and check it", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/sign-in");
    await page.getByRole("button", { name: "Lägg till inloggningstjänst" }).click();
    const form = page.getByRole("region", { name: "Lägg till inloggningstjänst" });
    await form.getByRole("textbox", { name: "Namn på knappen" }).fill("Regionens IdP");
    await form.getByRole("combobox", { name: "Protokoll" }).selectOption("saml");
    await form.getByRole("textbox", { name: "IdP:ns metadata-adress" }).fill(idp.metadataUrl);
    await form.getByRole("textbox", { name: "Attribut med nyckeln (valfritt)" }).fill(EPPN);
    // During a key rollover: the IdP's current certificate and its next one, its single logout,
    // and the level of assurance asked for (first mistyped, which is explained).
    await form
      .getByRole("textbox", { name: "IdP:ns signeringscertifikat, PEM (valfritt)" })
      .fill(idp.certificate);
    await form
      .getByRole("textbox", { name: "IdP:ns nästa signeringscertifikat, PEM (valfritt)" })
      .fill(idp.foreignCertificate);
    await form
      .getByRole("textbox", { name: "IdP:ns utloggningsadress (valfritt)" })
      .fill(`${idp.url}/slo`);
    const context = form.getByRole("textbox", { name: "Begärd autentiseringskontext (valfritt)" });
    await context.fill("loa3");
    await form.getByRole("button", { name: "Spara" }).click();
    await form
      .getByRole("alert")
      .getByText("Autentiseringskontexten ska vara en adress (URI)", { exact: false })
      .waitFor();
    await expectAccessible(page, "the SAML provider form");
    await context.fill("http://id.elegnamnden.se/loa/1.0/loa3");
    await form.getByRole("button", { name: "Spara" }).click();
    const card = page.getByRole("article", { name: "Regionens IdP" });
    await card
      .getByText(/^Kring:s metadata att ge IdP:n: http.*\/api\/auth\/saml\/.+\/metadata$/)
      .waitFor();
    await card.getByRole("button", { name: "Kontrollera" }).click();
    await card
      .getByRole("status")
      .getByText(/^Läste .+: 2 signeringscertifikat, med utloggning/)
      .waitFor();
    const saved = await kring
      .db()
      .selectFrom("identity_provider")
      .select(["protocol", "key_claim", "settings"])
      .where("display_name", "=", "Regionens IdP")
      .executeTakeFirstOrThrow();
    expect(saved).toMatchObject({ protocol: "saml", key_claim: EPPN });
    expect(saved.settings).toMatchObject({
      metadataUrl: idp.metadataUrl,
      sloUrl: `${idp.url}/slo`,
      authnContext: "http://id.elegnamnden.se/loa/1.0/loa3",
    });
    expect((saved.settings as { certificates: string[] }).certificates).toHaveLength(2);
    await expectAccessible(page, "the Inloggning page with a SAML provider");
  });

  it("says on the refusal page why the SAML answer was refused, in Swedish", async () => {
    // The address the assertion consumer redirects to when the signature fails (saml.routes.ts).
    const page = await kring.openPage();
    await page.goto(`/inloggning/nekad?orsak=failed&leverantor=${providerId}&saml=signature`);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Du kunde inte loggas in");
    await page
      .getByText(
        "Inloggningen godtogs inte: svaret från identitetsleverantören var inte signerat med dess certifikat.",
      )
      .waitFor();
    await page.goto(`/inloggning/nekad?orsak=failed&leverantor=${providerId}&saml=nonsense`);
    await page
      .getByText("Inloggningen avbröts eller kunde inte kontrolleras. Försök igen.")
      .waitFor();
    await expectAccessible(page, "the refusal page after a SAML refusal");
  });
});
