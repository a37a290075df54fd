import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { PHONE } from "./support/browser";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// Family onboarding (issue 19.3, ADR 0044): a guardian asks for support on a phone and intake
// finds it; the administrator keeps a child's guardians on the child's guardian page.

const pageWidth = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth");

async function intakeIds(page: Page) {
  const res = await page.request.get("/api/cases/intake");
  return ((await res.json()).cases as { id: string }[]).map((c) => c.id);
}

describe("family onboarding", () => {
  const kring = useKring();

  it("a guardian asks for support on a phone, and the intake coordinator sees it", async () => {
    const coordinator = await kring.openPage();
    await logIn(coordinator, "samordnare");
    const before = await intakeIds(coordinator);

    const page = await kring.openPage(PHONE);
    await logIn(page, "vardnadshavare");
    const [child] = (await (await page.request.get("/api/family/children")).json()).children;
    await page.goto(`/family/${child.id}`);
    await mainHeading(page);
    const support = page.getByRole("region", { name: "Vi vill ha stöd" });
    await support.getByRole("button", { name: "Be om stöd" }).click();
    await support
      .getByRole("textbox", { name: "Vad oroar ni er för?" })
      .fill("Hen sover dåligt och vill inte gå till skolan på måndagar.");
    await support.getByRole("radio", { name: "Telefon" }).check();
    await support.getByRole("textbox", { name: "Ert telefonnummer" }).fill("070-555 12 34");
    await support
      .getByRole("textbox", { name: "När passar det bäst? (frivilligt)" })
      .fill("efter 16");
    // Without the consent nothing is sent: the field says what to do.
    await support.getByRole("button", { name: "Skicka" }).click();
    await support.getByText("Kryssa i samtycket för att kunna skicka.").waitFor();
    await support.getByRole("checkbox", { name: /Jag samtycker/ }).check();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the support request form on a phone");
    await support.getByRole("button", { name: "Skicka" }).click();
    await page
      .getByRole("status")
      .getByText("Tack! Er förfrågan är skickad. Kommunen hör av sig.")
      .waitFor();
    await support.getByText("Mottagen – väntar på bedömning").waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the family's sent support request");
    await page.screenshot({ path: "e2e/artifacts/phone-family-support.png", fullPage: true });

    const added = (await intakeIds(coordinator)).filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    await coordinator.goto("/intake");
    await expect.poll(() => mainHeading(coordinator), HEADING_WAIT).toBe("Inkorg");
    await coordinator.locator(`a[href="/cases/${added[0]}"]`).first().click();
    await expect.poll(() => mainHeading(coordinator), HEADING_WAIT).toContain(child.givenName);
    const note = coordinator.getByRole("alert").filter({ hasText: "Familjen ber om stöd" });
    await note.getByText("Vill bli kontaktad per telefon: 070-555 12 34").waitFor();
    await coordinator
      .getByText("Hen sover dåligt och vill inte gå till skolan på måndagar.")
      .waitFor();
    await expectAccessible(coordinator, "the family's request on the case page");
  });

  it("an administrator adds a guardian on the child's guardian page", async () => {
    const child = await kring
      .db()
      .selectFrom("child")
      .select(["personal_number", "given_name", "family_name"])
      .where("personal_number", "like", "________902_")
      .executeTakeFirstOrThrow();
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/structure");
    await page.getByRole("link", { name: "Vårdnadshavare" }).click();
    await page.getByRole("textbox", { name: "Barnets personnummer" }).fill(child.personal_number);
    await expectAccessible(page, "finding a child's guardians");
    await page.getByRole("button", { name: "Visa vårdnadshavare" }).click();
    await expect
      .poll(() => mainHeading(page), HEADING_WAIT)
      .toBe(`Vårdnadshavare för ${child.given_name} ${child.family_name}`);
    // The demo's father without custody is listed as such.
    const johan = page.getByRole("listitem").filter({ hasText: `Johan ${child.family_name}` });
    await johan.getByText("Utan vårdnad").waitFor();

    await page.getByRole("textbox", { name: "Förnamn" }).fill("Sara");
    await page.getByRole("textbox", { name: "Efternamn" }).fill("Bonusmamma");
    await page.getByRole("textbox", { name: /^Personnummer/ }).fill("19850304-9812");
    await page.getByRole("textbox", { name: /^Telefon/ }).fill("070-111 22 33");
    await page.getByRole("checkbox", { name: /Har vårdnaden/ }).uncheck();
    await page.getByRole("button", { name: "Lägg till vuxen" }).click();
    await page.getByRole("status").getByText("Sara Bonusmamma är tillagd.").waitFor();
    const sara = page.getByRole("listitem").filter({ hasText: "Sara Bonusmamma" });
    await sara.getByText("Utan vårdnad").waitFor();
    await sara.getByText("Personnummer: 198503049812").waitFor();
    await expectAccessible(page, "the child's guardian page");

    // She gets custody: changed on the same page.
    await sara.getByRole("button", { name: "Ändra Sara Bonusmamma" }).click();
    const editing = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Ändra Sara Bonusmamma" }) });
    await editing.getByRole("checkbox", { name: /Har vårdnaden/ }).check();
    await editing.getByRole("button", { name: "Spara" }).click();
    await page
      .getByRole("status")
      .getByText("Ändringarna för Sara Bonusmamma är sparade.")
      .waitFor();
    await page
      .getByRole("listitem")
      .filter({ hasText: "Sara Bonusmamma" })
      .getByText("Har vårdnaden")
      .waitFor();
  });
});
