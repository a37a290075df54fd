import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { expectAccessible } from "./support/axe";

// Helpers shared by the case browser tests (cases*.e2e.ts, worklist.e2e.ts).

/** Goes to "Ärenden" by the main menu and opens the first case in the given stage. */
export async function openCaseInStage(page: Page, stage: string) {
  await page
    .getByRole("navigation", { name: "Huvudmeny" })
    .getByRole("link", { name: "Ärenden" })
    .click();
  await page.waitForURL(/\/cases$/);
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: stage, exact: true }) });
  await row.first().getByRole("link").click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  await stageShown(page, stage);
}

/** The stepper says where the case is, e.g. "Steg 4 av 10: Familjen kontaktad". */
export async function stageShown(page: Page, stage: string) {
  await page.getByText(new RegExp(`^Steg \\d+ av \\d+: ${escape(stage)}$`)).waitFor();
}

/** Opens a step from "Nästa steg" and answers its dialog, checked with axe. */
export async function openStep(page: Page, step: string): Promise<Locator> {
  await page
    .getByRole("region", { name: "Nästa steg" })
    .getByRole("button", { name: step, exact: true })
    .click();
  const dialog = page.getByRole("dialog", { name: step });
  await dialog.waitFor();
  await expectAccessible(page, `the dialog "${step}"`);
  return dialog;
}

/** Sends the step's dialog and waits for the confirmation. */
export async function sendStep(page: Page, dialog: Locator, step: string) {
  await dialog.getByRole("button", { name: step, exact: true }).click();
  await announced(page, `Klart: ${step}.`);
  await dialog.waitFor({ state: "detached" });
}

export const announced = (page: Page, text: string) =>
  page.getByRole("status").getByText(text).waitFor();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Nothing may be wider than the screen: no sideways scrolling (WCAG 1.4.10 reflow). */
export const pageWidth = (page: Page) =>
  page.evaluate<number>("document.documentElement.scrollWidth");

/** The API as the page's logged-in user, with the session's CSRF token on changes. */
export async function apiOf(page: Page) {
  const session = await (await page.request.get("/api/auth/session")).json();
  const call = async (method: string, path: string, data?: unknown) => {
    const res = await page.request.fetch(path, {
      method,
      headers: { "x-kring-csrf": session.csrfToken },
      ...(data === undefined ? {} : { data }),
    });
    expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return res.status() === 204 ? null : res.json();
  };
  return {
    user: session.user,
    get: (path: string) => call("GET", path),
    post: (path: string, data: unknown) => call("POST", path, data),
    patch: (path: string, data: unknown) => call("PATCH", path, data),
  };
}
