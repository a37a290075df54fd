import { Secret, TOTP } from "otpauth";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, submitLogin, useKring } from "./support/kring";

const announced = (page: Page, text: string) => page.getByRole("status").getByText(text).waitFor();
// The code an authenticator app would show, as the RFC 6238 reference computes it.
const codeFor = (secret: string, offsetSeconds = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSeconds * 1000,
  });

describe("logging in and out", () => {
  const kring = useKring();

  it("shows an accessible Swedish login page to a visitor", async () => {
    const page = await kring.openPage();
    await page.goto("/");
    await page.waitForURL(/\/login/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Logga in");
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    expect(await page.title()).toBe("Logga in – Kring");
    await expect.poll(() => page.locator(":focus").getAttribute("name")).toBe("username");
    await expectAccessible(page, "the login page");
  });

  it("says in Swedish when the username or password is wrong", async () => {
    const page = await kring.openPage();
    await page.goto("/login");
    await submitLogin(page, "admin", "not-the-password");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      "Fel användarnamn eller lösenord. Efter flera försök i rad behöver du vänta en stund.",
    );
    await expectAccessible(page, "the login page with an error");
  });

  it("points out empty fields with the server's field errors", async () => {
    const page = await kring.openPage();
    await page.goto("/login");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByText("Fyll i ditt användarnamn.").waitFor();
    await page.getByText("Fyll i ditt lösenord.").waitFor();
    const username = page.getByRole("textbox", { name: "Användarnamn" });
    expect(await username.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.locator(":focus").getAttribute("name")).toBe("username");
    await expectAccessible(page, "the login page with field errors");
  });

  it("takes the user to the page they asked for", async () => {
    const page = await kring.openPage();
    await page.goto("/admin/users");
    await page.waitForURL(/\/login\?redirect=/);
    await submitLogin(page, "admin");
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole("heading", { level: 2, name: "Användare och roller" }).waitFor();
  });

  it("asks the user to log in again when the session has ended on the server", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.context().clearCookies();
    await page.getByRole("link", { name: "Administration" }).first().click();
    await page.waitForURL(/\/login\?/);
    await page.getByText("Du har blivit utloggad. Logga in igen för att fortsätta.").waitFor();
    await submitLogin(page, "admin");
    await page.waitForURL(/\/admin\/structure$/);
  });

  it("logs out to the login page, and the session is gone", async () => {
    const page = await kring.openPage();
    await logIn(page, "mentor.mariehem");
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(/\/login$/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Logga in");
    await page.getByRole("status").getByText("Du är utloggad.").waitFor();
    await expectAccessible(page, "the login page after logout");
    await page.goto("/");
    await page.waitForURL(/\/login/);
    const session = await page.request.get("/api/auth/session");
    expect(session.status()).toBe(401);
  });

  it("adds two-step verification, then asks for a code at the next sign-in", async () => {
    const page = await kring.openPage();
    await logIn(page, "psykolog");
    await page.getByRole("link", { name: "Mitt konto" }).first().click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Mitt konto");
    await expectAccessible(page, "the account page");
    await page.getByRole("button", { name: "Lägg till app" }).click();
    await page.getByRole("img", { name: "QR-kod att skanna med autentiseringsappen" }).waitFor();
    const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
    await page.getByRole("textbox", { name: "Kod från appen" }).fill("000000");
    await page.getByRole("button", { name: "Bekräfta" }).click();
    await page.getByRole("alert").getByText("Koden stämmer inte", { exact: false }).waitFor();
    await expectAccessible(page, "enrolment with a wrong code");
    await page.getByRole("textbox", { name: "Kod från appen" }).fill(codeFor(secret));
    await page.getByRole("button", { name: "Bekräfta" }).click();
    const codes = page.getByRole("list", { name: "Dina reservkoder" }).getByRole("listitem");
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await expectAccessible(page, "the recovery codes");
    await page.getByRole("button", { name: "Jag har sparat koderna" }).click();
    await announced(page, "Tvåstegsverifiering är på.");

    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(/\/login$/);
    await submitLogin(page, "psykolog");
    await page.waitForURL(/\/login\/step/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Tvåstegsverifiering");
    await expectAccessible(page, "the second-factor step");
    // The enrolment's code is spent; the next one lets the user in.
    await page.getByRole("textbox", { name: "Kod från appen" }).fill(codeFor(secret, 30));
    await page.getByRole("button", { name: "Fortsätt" }).click();
    await page.getByRole("heading", { level: 1, name: /^Hej / }).waitFor();
  });

  // Follows the test above: Petra Psykolog has two-step verification on.
  it("lets another administrator remove a lost second factor; the user adds a new app", async () => {
    // The phone and the recovery codes are lost: an administrator removes the second factor.
    const admin = await kring.openPage();
    await logIn(admin, "admin");
    await admin.goto("/admin/users");
    await admin.getByRole("button", { name: "Hantera Petra Psykolog" }).click();
    const detail = admin.getByRole("dialog", { name: "Petra Psykolog" });
    await detail.getByText("Tvåstegsverifiering är på", { exact: false }).waitFor();
    await detail.getByRole("button", { name: "Ta bort tvåstegsverifieringen …" }).click();
    await detail.getByText("tappat både telefonen och reservkoderna", { exact: false }).waitFor();
    await expectAccessible(admin, "confirming the removal of a second factor");
    await detail.getByRole("button", { name: "Ta bort", exact: true }).click();
    await announced(admin, "Tvåstegsverifieringen för Petra Psykolog är borttagen.");
    await detail
      .getByText("lägger till en ny app vid nästa inloggning", { exact: false })
      .first()
      .waitFor();

    // The user adds a new app at the next sign-in, before anything else.
    const page = await kring.openPage();
    await page.goto("/login");
    await submitLogin(page, "psykolog");
    await page.waitForURL(/\/login\/step/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Lägg till tvåstegsverifiering");
  });

  it("makes a user choose their own password after an administrator reset it", async () => {
    const admin = await kring.openPage();
    await logIn(admin, "admin");
    await admin.goto("/admin/users");
    await admin.getByRole("button", { name: "Hantera Nils Närvaro" }).click();
    const detail = admin.getByRole("dialog", { name: "Nils Närvaro" });
    await detail.getByLabel("Tillfälligt lösenord").fill("1234567890");
    await detail.getByRole("button", { name: "Sätt lösenordet" }).click();
    await detail.getByText("Lösenordet ska ha minst 12 tecken.").waitFor();
    await detail.getByLabel("Tillfälligt lösenord").fill("tillfälligt lösenord 42");
    await detail.getByRole("button", { name: "Sätt lösenordet" }).click();
    await detail
      .getByText("väljer ett eget lösenord vid nästa inloggning", { exact: false })
      .waitFor();
    await expectAccessible(admin, "the user dialog after a password reset");

    const page = await kring.openPage();
    await page.goto("/login");
    await submitLogin(page, "narvaroteam2", "tillfälligt lösenord 42");
    await page.waitForURL(/\/login\/step/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Välj ett nytt lösenord");
    await expectAccessible(page, "the forced password change");
    await page.getByLabel("Nuvarande lösenord").fill("tillfälligt lösenord 42");
    await page.getByLabel("Nytt lösenord").fill("Sommar2026!!");
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await page.getByRole("alert").getByText("för lätt att gissa", { exact: false }).waitFor();
    await page.getByLabel("Nytt lösenord").fill("mitt eget långa lösenord");
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await page.getByRole("heading", { level: 1, name: /^Hej / }).waitFor();
  });
});
