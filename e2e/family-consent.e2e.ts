import { type APIRequestContext, type Page, request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { PHONE } from "./support/browser";
import { DEMO_PASSWORD, logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// Issue 15.6: the guardian gives or refuses consent on a phone in the family view, and a
// request given consent reaches the central coordinator's intake queue (ADR 0020).

async function apiAs(baseURL: string, username: string) {
  const ctx: APIRequestContext = await request.newContext({ baseURL });
  const login = await (
    await ctx.post("/api/auth/login", { data: { username, password: DEMO_PASSWORD } })
  ).json();
  const headers = { "x-kring-csrf": login.csrfToken as string };
  const check = async (res: Awaited<ReturnType<APIRequestContext["get"]>>) => {
    if (!res.ok()) throw new Error(`${res.url()}: ${res.status()} ${await res.text()}`);
    return res.json();
  };
  return {
    get: async (path: string): Promise<any> => check(await ctx.get(path)),
    post: async (path: string, data: unknown): Promise<any> =>
      check(await ctx.post(path, { data, headers })),
  };
}

const pageWidth = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth");

/** The family's only child's page, on a phone. */
async function familyPage(page: Page, username: string) {
  await logIn(page, username);
  const children = (await (await page.request.get("/api/family/children")).json()).children;
  await page.goto(`/family/${children[0].id}`);
  await mainHeading(page);
  return children[0] as { id: string; givenName: string };
}

async function intakeQueue(page: Page) {
  await logIn(page, "samordnare");
  await page.goto("/intake");
  await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Inkorg");
}

describe("consent in the family view", () => {
  const kring = useKring();

  it("lets the guardian give consent on a phone, and the request then reaches intake", async () => {
    // The demo's request in Ersboda waits for this guardian's consent; intake cannot see it yet.
    const page = await kring.openPage(PHONE);
    const child = await familyPage(page, "vardnadshavare2");
    const question = page.getByRole("region", { name: "Vi ber om ert samtycke" });
    await question
      .getByText(`Samordnat stöd runt ${child.givenName} från skolan`, { exact: false })
      .waitFor();
    await question.getByText("Central elevhälsa (Kringby kommun)").waitFor();
    await question.getByText("Tills ni återkallar samtycket").waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the consent asked of the guardian");
    await page.screenshot({ path: "e2e/artifacts/phone-family-consent.png", fullPage: true });

    const coordinator = await kring.openPage();
    await intakeQueue(coordinator);
    const queued = async () =>
      (
        (await (await coordinator.request.get("/api/cases/intake")).json()).cases as {
          id: string;
        }[]
      ).map((c) => c.id);
    const before = await queued();

    await question.getByRole("button", { name: "Ja, jag samtycker" }).click();
    await page
      .getByRole("status")
      .getByText("Tack! Samtycket gäller nu. Verksamheterna kan börja samarbeta.")
      .waitFor();
    await page.getByRole("region", { name: "Tidigare frågor om samtycke" }).waitFor();
    await expectAccessible(page, "the guardian's answered consent");

    const added = (await queued()).filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    await coordinator.reload();
    await coordinator.locator(`a[href="/cases/${added[0]}"]`).first().click();
    await mainHeading(coordinator);
    const consents = coordinator.getByRole("region", { name: "Samtycken" });
    await consents.getByText("Gäller", { exact: true }).waitFor();
    await consents
      .getByText("Digitalt, av vårdnadshavaren i familjevyn", { exact: false })
      .waitFor();
  });

  it("lets the guardian refuse, and nothing reaches intake", async () => {
    const page = await kring.openPage(PHONE);
    await logIn(page, "vardnadshavare");
    const [child] = (await (await page.request.get("/api/family/children")).json()).children;
    // The mentor raises a new request, sends it and asks the family for consent.
    const base = new URL(page.url()).origin;
    const mentor = await apiAs(base, "mentor.mariehem");
    const record = await mentor.get(`/api/children/${child.id}`);
    const school = record.currentUnits[0].unitId as string;
    const { id: caseId } = await mentor.post("/api/cases", {
      childId: child.id,
      raisedByUnitId: school,
      concern: "Oro för att barnet inte äter i skolan.",
      acute: false,
    });
    const mine = (await mentor.get("/api/requests/mine")).requests as {
      id: string;
      version: number;
    }[];
    await mentor.post(`/api/cases/${caseId}/events`, {
      version: mine.find((r) => r.id === caseId)!.version,
      event: { type: "submit" },
    });
    // The raiser asks the family on the page where the request is completed.
    const raiser = await kring.openPage();
    await logIn(raiser, "mentor.mariehem");
    await raiser.goto(`/requests/${caseId}/complete`);
    await mainHeading(raiser);
    const ask = raiser.getByRole("region", { name: "Samtycke i familjevyn" });
    await ask.getByRole("button", { name: "Be familjen om samtycke i familjevyn" }).click();
    await ask.getByRole("checkbox", { name: record.currentUnits[0].unitName }).check();
    await ask.getByRole("checkbox", { name: "Central elevhälsa" }).check();
    await ask.getByRole("textbox", { name: /^Syfte/ }).fill("Stöd kring måltiderna i skolan");
    await ask.getByLabel(/^Gäller till/).fill("2027-06-30");
    await expectAccessible(raiser, "asking the family for consent");
    await ask.getByRole("button", { name: "Be familjen om samtycke i familjevyn" }).click();
    await raiser.getByRole("status").getByText("Frågan är skickad till familjevyn.").waitFor();
    await ask.getByText("Väntar på familjen", { exact: true }).waitFor();

    await page.goto(`/family/${child.id}`);
    const question = page.getByRole("region", { name: "Vi ber om ert samtycke" });
    await question.getByText("Stöd kring måltiderna i skolan").waitFor();
    await question.getByText("Till och med 30 juni 2027").waitFor();
    await question.getByRole("button", { name: "Nej, jag samtycker inte" }).click();
    await question.getByText("Vill du säga nej?", { exact: false }).waitFor();
    await expectAccessible(page, "confirming a refusal");
    await question.getByRole("button", { name: "Ja, jag säger nej" }).click();
    await page
      .getByRole("status")
      .getByText("Du har sagt nej. Ingenting delas. Den som frågade hör av sig till er.")
      .waitFor();
    await page.getByText(/^Stöd kring måltiderna i skolan: Nej /).waitFor();
    expect(await page.getByRole("region", { name: "Vi ber om ert samtycke" }).count()).toBe(0);

    const coordinator = await kring.openPage();
    await intakeQueue(coordinator);
    const queue = await (await coordinator.request.get("/api/cases/intake")).json();
    expect((queue.cases as { id: string }[]).map((c) => c.id)).not.toContain(caseId);
    // The raiser sees the refusal, and may ask again after talking with the family.
    await raiser.reload();
    await raiser
      .getByRole("region", { name: "Samtycke i familjevyn" })
      .getByText("Nekat", { exact: true })
      .waitFor();
  });

  it("lets the guardian withdraw the consent on a phone, after a plain confirmation", async () => {
    // The consent vardnadshavare2 gave in the first walk.
    const page = await kring.openPage(PHONE);
    const child = await familyPage(page, "vardnadshavare2");
    const mine = page.getByRole("region", { name: "Samtycken du har gett" });
    const purpose = `Samordnat stöd runt ${child.givenName} från skolan`;
    const card = mine.getByRole("article").filter({ hasText: purpose });
    await card.getByText("Central elevhälsa (Kringby kommun)").waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the consents the guardian gave");
    const coordinator = await kring.openPage();
    await intakeQueue(coordinator);
    const queued = async () =>
      (
        (await (await coordinator.request.get("/api/cases/intake")).json()).cases as {
          id: string;
        }[]
      ).length;
    const before = await queued();
    await card.getByRole("button", { name: "Återkalla samtycket" }).click();
    const dialog = page.getByRole("dialog", { name: "Vill du återkalla samtycket?" });
    await dialog.getByText("slutar de här att dela uppgifter", { exact: false }).waitFor();
    await dialog.getByText("Central elevhälsa (Kringby kommun)").waitFor();
    await expectAccessible(page, "confirming a withdrawal");
    await page.screenshot({ path: "e2e/artifacts/phone-family-withdraw.png", fullPage: true });
    await dialog.getByRole("button", { name: "Ja, återkalla samtycket" }).click();
    await page
      .getByRole("status")
      .getByText("Samtycket är återkallat.", { exact: false })
      .waitFor();
    await expect.poll(() => card.count()).toBe(0);
    // Sharing stopped: the request has left the intake queue it reached through the consent.
    expect(await queued()).toBe(before - 1);
    const consents = (
      await (await page.request.get(`/api/family/children/${child.id}/consents`)).json()
    ).consents as { purpose: string }[];
    expect(consents.map((c) => c.purpose)).not.toContain(purpose);
  });
});
