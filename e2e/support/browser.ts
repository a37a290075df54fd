import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium (playwright cannot download its own browsers here). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ARGS,
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and CSP refusals seen so far; a test ends by expecting none. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh browser context (own cookies) on the server, in Swedish, with reduced motion. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  viewport = DESKTOP,
): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: "sv-SE",
    reducedMotion: "reduce",
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // Failed requests (e.g. the 401 of a session check) are expected; script errors are not.
    if (message.type() !== "error" || message.text().startsWith("Failed to load resource")) return;
    problems.push(`console: ${message.text()}`);
  });
  return { page, context, problems, close: () => context.close() };
}
