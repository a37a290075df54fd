import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { DEMO_PASSWORD } from "../../apps/server/src/demo/demo-structure";
import { launchBrowser, openPage, type TestPage } from "./browser";
import { startServer, type TestServer } from "./server";

export { DEMO_PASSWORD };

/**
 * One server (fresh demo database) and one browser for the test file. Each test opens its own
 * pages (own cookies); after each test they are closed, and the test fails if a page threw an
 * uncaught error or broke the content security policy.
 */
export function useKring() {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const open: TestPage[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterEach(async () => {
    const problems = open.flatMap((p) => p.problems);
    await Promise.all(open.splice(0).map((p) => p.close()));
    expect(problems, "errors in the browser").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    /** The server's database (for what a background job would make). */
    db: () => {
      if (!server) throw new Error("useKring: the server is not running");
      return server.db;
    },
    /** The server's address (for an identity provider started by the test, to send back to). */
    url: () => {
      if (!server) throw new Error("useKring: the server is not running");
      return server.url;
    },
    openPage: async (viewport?: { width: number; height: number }) => {
      if (!server || !browser) throw new Error("useKring: the server is not running");
      const testPage = await openPage(browser, server.url, viewport);
      open.push(testPage);
      return testPage.page;
    },
  };
}

/** Fills in and sends the login form (the page must show it). */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByRole("textbox", { name: "Användarnamn" }).fill(username);
  await page.getByRole("textbox", { name: "Lösenord", exact: true }).fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

/** Logs in from the start page and waits for the greeting in the shell. */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await submitLogin(page, username, password);
  await page.getByRole("heading", { level: 1, name: /^Hej / }).waitFor();
}

/** The page's main heading, once it is there. */
/**
 * For `expect.poll(() => mainHeading(page), HEADING_WAIT)`: after an action that navigates, the
 * page may still show the old heading while the change's lists are read again (a race that
 * failed cases-access.e2e.ts on PostgreSQL); polling waits for the new page.
 */
export const HEADING_WAIT = { timeout: 15_000 };

export async function mainHeading(page: Page): Promise<string> {
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor();
  return (await heading.textContent()) ?? "";
}
