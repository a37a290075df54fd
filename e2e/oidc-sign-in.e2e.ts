import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OIDC_CALLBACK } from "../apps/server/src/features/sign-in/oidc/oidc.protocol";
import { freshPersonalNumber } from "../apps/server/test/support/personal-numbers";
import { PNR_CLAIM, type TestOp, startTestOp } from "../apps/server/test/support/test-op";
import { expectAccessible } from "./support/axe";
import { PHONE } from "./support/browser";
import { HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// Single sign-on through OpenID Connect in a real browser (issue 19.1-2): the login page offers
// the tenant's providers, Chromium goes to the test OP (oidc-provider), the person types who they
// are into its login page, and comes back to Kring signed in: staff by e-mail, a guardian by the
// personal identity number of the Swedish OIDC profile. A number Kring does not know is refused
// on the page that says whom to contact.

describe("sign-in through an OpenID provider", () => {
  const kring = useKring();
  let op: TestOp;
  let guardianNumber: string;
  const unknownNumber = freshPersonalNumber("1979-03-03");

  beforeAll(async () => {
    op = await startTestOp(`${kring.url()}${OIDC_CALLBACK}`, `${kring.url()}/login`);
    const db = kring.db();
    const mentor = await db
      .updateTable("app_user")
      .set({ email: "mentor.mariehem@kringby.se" })
      .where("username", "=", "mentor.mariehem")
      .returning(["id", "tenant_id"])
      .executeTakeFirstOrThrow();
    // The demo guardian who signs in with a password today; the e-ID finds the same person.
    const guardian = await db
      .selectFrom("guardian as g")
      .innerJoin("app_user as u", "u.id", "g.user_id")
      .select("g.personal_number")
      .where("u.username", "=", "vardnadshavare")
      .executeTakeFirstOrThrow();
    guardianNumber = guardian.personal_number!;
    const provider = (display_name: string, audience: "staff" | "family") => ({
      tenant_id: mentor.tenant_id,
      audience,
      protocol: "oidc" as const,
      display_name,
      settings: JSON.stringify({ issuer: op.issuer, clientId: op.clientId }),
      secrets: JSON.stringify({ clientSecret: op.clientSecret }),
      user_key: audience === "staff" ? ("email" as const) : ("personal_number" as const),
      enabled: true,
    });
    await db
      .insertInto("identity_provider")
      .values([provider("Kringby kommun", "staff"), provider("E-legitimation", "family")])
      .execute();
    op.accounts.set("mentor", { email: "mentor.mariehem@kringby.se" });
    op.accounts.set("familj", { [PNR_CLAIM]: guardianNumber });
    op.accounts.set("okand", { [PNR_CLAIM]: unknownNumber });
  }, 60_000);
  afterAll(() => op?.close());

  /** The OP's own login page: the person says who they are. */
  const signInAtOp = async (page: Awaited<ReturnType<typeof kring.openPage>>, account: string) => {
    await page.getByRole("heading", { name: "Test-IdP" }).waitFor();
    await page.getByRole("textbox", { name: "Användare" }).fill(account);
    await page.getByRole("button", { name: "Fortsätt" }).click();
  };

  it("lets a staff member choose the municipality's sign-in and land in Kring", async () => {
    const page = await kring.openPage();
    await page.goto("/login");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Logga in");
    await page.getByRole("link", { name: "Logga in med e-legitimation" }).waitFor();
    await expectAccessible(page, "the login page with providers");
    await page.getByRole("link", { name: "Logga in med Kringby kommun" }).click();
    await signInAtOp(page, "mentor");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toMatch(/^Hej /);
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session.user.username).toBe("mentor.mariehem");
    await expectAccessible(page, "the start page after OIDC sign-in");
  });

  it("lets a guardian sign in with e-ID on a phone and see the family view", async () => {
    const page = await kring.openPage(PHONE);
    await page.goto("/login");
    await page.getByRole("link", { name: "Logga in med e-legitimation" }).click();
    await signInAtOp(page, "familj");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toMatch(/^Hej /);
    // The same family account the password opens: the e-ID found the guardian by number.
    const session = await (await page.request.get("/api/auth/session")).json();
    expect(session.user.username).toBe("vardnadshavare");
    await page.getByText("Du är inloggad som vårdnadshavare i Kringby kommun.").waitFor();
    const { children } = await (await page.request.get("/api/family/children")).json();
    expect(children.length).toBeGreaterThan(0);
    const width = await page.evaluate<number>("document.documentElement.scrollWidth");
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the family view after e-ID sign-in");
  });

  it("sends an unknown personal number to the page that says whom to contact", async () => {
    const page = await kring.openPage(PHONE);
    await page.goto("/login");
    await page.getByRole("link", { name: "Logga in med e-legitimation" }).click();
    await signInAtOp(page, "okand");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Du kunde inte loggas in");
    expect(new URL(page.url()).pathname).toBe("/inloggning/nekad");
    await page.getByText(/Kring känner inte igen dig/).waitFor();
    expect((await page.request.get("/api/auth/session")).status()).not.toBe(200);
    await expectAccessible(page, "the refusal page");
  });
});
