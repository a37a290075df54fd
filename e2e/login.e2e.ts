import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, mainHeading, submitLogin, useKring } from "./support/kring";

describe("logging in and out", () => {
  const kring = useKring();

  it("shows an accessible Swedish login page to a visitor", async () => {
    const page = await kring.openPage();
    await page.goto("/");
    await page.waitForURL(/\/login/);
    expect(await mainHeading(page)).toBe("Logga in");
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
    expect(await mainHeading(page)).toBe("Logga in");
    await page.getByRole("status").getByText("Du är utloggad.").waitFor();
    await expectAccessible(page, "the login page after logout");
    await page.goto("/");
    await page.waitForURL(/\/login/);
    const session = await page.request.get("/api/auth/session");
    expect(session.status()).toBe(401);
  });
});
