import { type APIRequestContext, request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { PHONE } from "./support/browser";
import { DEMO_PASSWORD, logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";
import { stockholmDate } from "@kring/domain/cases";

// Issue #21: the log reviewer finds who read a child and marks an entry as reviewed; a guardian
// sees on a phone who read their child's plan.

async function apiAs(baseURL: string, username: string) {
  const ctx: APIRequestContext = await request.newContext({ baseURL });
  await ctx.post("/api/auth/login", { data: { username, password: DEMO_PASSWORD } });
  return {
    get: async (path: string) => {
      const res = await ctx.get(path);
      if (!res.ok()) throw new Error(`${path}: ${res.status()}`);
      return res.json();
    },
  };
}

/** The coordinator's case about the demo family's child (Alva, child 0), read through the API. */
async function familyCase(baseURL: string, childId: string) {
  const coordinator = await apiAs(baseURL, "samordnare");
  const { cases } = await coordinator.get("/api/cases");
  for (const c of cases as { id: string }[]) {
    const detail = await coordinator.get(`/api/cases/${c.id}`);
    if (detail.child.id === childId)
      return {
        coordinator,
        caseId: c.id,
        personalNumber: detail.child.personalNumber as string,
      };
  }
  throw new Error("no case for the family's child");
}

const familyChild = async (baseURL: string) => {
  const guardian = await apiAs(baseURL, "vardnadshavare");
  const [child] = (await guardian.get("/api/family/children")).children;
  return child as { id: string; givenName: string };
};

describe("access-log review", () => {
  const kring = useKring();

  it("lets the log reviewer find who read a child and mark an entry as reviewed", async () => {
    const page = await kring.openPage();
    await logIn(page, "logggranskare");
    const origin = new URL(page.url()).origin;
    const child = await familyChild(origin);
    const { personalNumber } = await familyCase(origin, child.id);

    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Logguppföljning" })
      .click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Logguppföljning");
    // A period from after to: a clear message, no table.
    const form = page.getByRole("form", { name: "Ett barns logg" });
    await form.getByRole("textbox", { name: "Barnets personnummer" }).fill(personalNumber);
    await form.getByLabel("Från och med").fill("2026-12-31");
    await form.getByLabel("Till och med").fill("2026-01-01");
    await form.getByRole("button", { name: "Visa" }).click();
    await page
      .getByRole("alert")
      .getByText(/Perioden börjar efter att den slutar/)
      .waitFor();
    await form.getByLabel("Från och med").fill("2026-01-01");
    await form.getByLabel("Till och med").fill(stockholmDate(new Date()));
    await form.getByRole("button", { name: "Visa" }).click();
    const log = page.getByRole("region", { name: /^Loggen för / });
    const read = log
      .getByRole("row")
      .filter({ hasText: "Cecilia Samordnare" })
      .filter({ hasText: "Öppnade ärendet" })
      .last();
    await read.getByText("Nätverket").waitFor();
    await expectAccessible(page, "a child's log");

    await read.getByRole("button", { name: /^Markera som granskad: Cecilia Samordnare/ }).click();
    await read
      .getByRole("textbox", { name: "Kommentar" })
      .fill("Koordinator i ärendet: i sin ordning.");
    await read.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("status").getByText("Markerad som granskad.").waitFor();
    await log
      .getByText(/^Granskad av Lova Logggranskare .*: Koordinator i ärendet: i sin ordning\.$/)
      .waitFor();

    // The findings the demo leaves for the reviewer: one per rule.
    await page.getByRole("tab", { name: "Avvikelser" }).click();
    await page
      .getByRole("form", { name: "Avvikelser" })
      .getByRole("button", { name: "Visa" })
      .click();
    const findings = page.getByRole("region", { name: "Avvikelser" });
    for (const rule of [
      "Nödåtkomst",
      "Skyddad identitet",
      "Många barn på kort tid",
      "Utanför egna enheter",
      "Nekad åtkomst",
    ])
      await findings
        .getByRole("cell", { name: new RegExp(`^${rule}`) })
        .first()
        .waitFor();
    await expectAccessible(page, "the findings");
  });

  it("shows a guardian on a phone who read their child's plan", async () => {
    const page = await kring.openPage(PHONE);
    await logIn(page, "vardnadshavare");
    const origin = new URL(page.url()).origin;
    const child = await familyChild(origin);
    const { coordinator, caseId } = await familyCase(origin, child.id);
    await coordinator.get(`/api/cases/${caseId}/plan`);

    await page.goto(`/family/${child.id}`);
    const region = page.getByRole("region", { name: `Vem har läst om ${child.givenName}` });
    const line = region.getByRole("listitem").filter({ hasText: "läste planen" }).first();
    await line.getByText(/^Cecilia Samordnare, central samordnare, /).waitFor();
    await line.getByText(/^läste planen · /).waitFor();
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
      PHONE.width,
    );
    await expectAccessible(page, "who read, on a phone");
  });
});
