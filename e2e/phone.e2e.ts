import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { PHONE } from "./support/browser";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";
import type { Page } from "playwright-core";

// Nothing may be wider than the phone: no sideways scrolling (WCAG 1.4.10 reflow).
const pageWidth = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth");

describe("on a phone (390 px)", () => {
  const kring = useKring();

  it("fits the login page and the administration on the screen, with the menu behind a button", async () => {
    const page = await kring.openPage(PHONE);
    await page.goto("/login");
    await mainHeading(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the login page on a phone");
    await page.screenshot({ path: "e2e/artifacts/phone-login.png", fullPage: true });

    await logIn(page, "admin");
    // The menu is closed: hidden from sight, keyboard and screen readers alike.
    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    expect(await menu.count()).toBe(0);
    await page.getByRole("button", { name: "Öppna menyn" }).click();
    await menu.getByRole("link", { name: "Administration" }).click();
    await page.waitForURL(/\/admin\/structure$/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Administration");
    await page.getByRole("button", { name: "Ändra Mariehemskolan" }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the structure page on a phone");
    await page.screenshot({ path: "e2e/artifacts/phone-admin-structure.png" });

    await page.getByRole("link", { name: "Användare och roller" }).click();
    await page.getByRole("button", { name: "Hantera Magnus Mentor" }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the users page on a phone");
    await page.screenshot({ path: "e2e/artifacts/phone-admin-users.png" });

    await page.getByRole("button", { name: "Öppna menyn" }).click();
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(/\/login$/);
  });
});
