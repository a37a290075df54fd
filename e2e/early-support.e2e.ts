import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { announced, apiOf, pageWidth } from "./cases-helpers";
import { expectAccessible } from "./support/axe";
import { HEADING_WAIT, logIn, mainHeading, useKring } from "./support/kring";

// Issue 22: early support before a case, the Barnets bästa lead's overview, "När du känner oro".

// Nora Holm goes to Mariehemskolan; the demo has no case and no early support about her.
const NORA = { name: "Nora Holm", personalNumber: "201301149322" };

const menu = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name });

// Two logins, a form, a request and axe on each page: longer than one minute on a busy machine.
describe("early support, the Barnets bästa lead and När du känner oro", () => {
  const kring = useKring();

  it("a parent advisor records early support and later turns it into a request", async () => {
    const page = await kring.openPage();
    await logIn(page, "foraldraradgivare");
    await menu(page, "Tidigt stöd").click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Tidigt stöd");
    // The demo's two contacts, one with its follow-up this week.
    await expect.poll(() => page.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, "the early-support list");
    await page.getByRole("link", { name: "Nytt tidigt stöd" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Nytt tidigt stöd");
    await page.getByRole("searchbox", { name: "Sök barnet" }).fill(NORA.personalNumber);
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await page.getByRole("button", { name: `Välj ${NORA.name}` }).click();
    await page
      .getByRole("textbox", { name: /Vem gav samtycke/ })
      .fill("Mamma, vid samtalet på skolan");
    await page
      .getByRole("textbox", { name: "Vad gäller det?" })
      .fill("Nora sover dåligt och är ofta borta på morgnarna.");
    const protective = page.getByRole("combobox", { name: "Skyddsfaktorer" });
    await protective.fill("Simträning två dagar i veckan");
    await protective.press("Enter");
    const risk = page.getByRole("combobox", { name: "Riskfaktorer" });
    await risk.fill("Frånvaro på morgnar");
    await risk.press("Enter");
    await page
      .getByRole("textbox", { name: /Vad kom ni överens om/ })
      .fill("Samtal med mamma varannan vecka.");
    await expectAccessible(page, "the new early-support form");
    await page.getByRole("button", { name: "Spara tidigt stöd" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe(`Tidigt stöd för ${NORA.name}`);
    await page.getByText("Simträning två dagar i veckan").waitFor();
    await page.getByRole("textbox", { name: "Ny anteckning" }).fill("Mamma hör av sig om sömnen.");
    await page.getByRole("button", { name: "Lägg till anteckning" }).click();
    await announced(page, "Anteckningen är sparad.");
    await expectAccessible(page, "an early-support contact");

    // Later: the school asks for more, and the family wants a network. The request is filled in.
    await page.getByRole("link", { name: "Gör en förfrågan om samverkan" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Ny förfrågan");
    const concern = page.getByRole("textbox", { name: "Vad oroar er?" });
    await expect.poll(() => concern.inputValue()).toContain("Nora sover dåligt");
    expect(await concern.inputValue()).toContain("Skyddsfaktorer: Simträning två dagar i veckan");
    expect(
      await page.getByRole("textbox", { name: /Vad har ni redan provat/ }).inputValue(),
    ).toContain("Samtal med mamma varannan vecka.");
    await page
      .getByRole("switch", { name: /nätverket i ärendet får läsa det tidiga stödet/ })
      .check();
    await page.getByRole("textbox", { name: "Vem i familjen gick med på det?" }).fill("Mamma");
    await page.getByRole("switch", { name: "Familjen har gett samtycke" }).uncheck();
    await expectAccessible(page, "a request filled in from early support");
    await page.getByRole("button", { name: "Registrera förfrågan" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Mina förfrågningar");
    await page.getByText(NORA.name).first().waitFor();

    await menu(page, "Tidigt stöd").click();
    await page.getByRole("link", { name: NORA.name }).click();
    await page.getByText("En förfrågan om samverkan är gjord.").waitFor();
    await page
      .getByText(/Familjen har gått med på att nätverket får läsa det tidiga stödet \(Mamma\)/)
      .waitFor();
  }, 120_000);

  it("the family's later agreement lets the case's network read the early support from the case page", async () => {
    // The parent advisor's early support became the request of the demo's case in first contact,
    // without the family's agreement to share it (yet).
    const db = kring.db();
    const theCase = await db
      .selectFrom("cases as c")
      .innerJoin("child as ch", "ch.id", "c.child_id")
      .select(["c.id", "c.tenant_id", "c.child_id", "c.requested_at", "ch.given_name"])
      .select("ch.family_name")
      .where("c.stage", "=", "first_contact")
      .executeTakeFirstOrThrow();
    const advisor = await db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", "foraldraradgivare")
      .executeTakeFirstOrThrow();
    const ifo = await db
      .selectFrom("membership")
      .select("unit_id")
      .where("user_id", "=", advisor.id)
      .executeTakeFirstOrThrow();
    const contact = await db
      .insertInto("early_support_contact")
      .values({
        tenant_id: theCase.tenant_id,
        child_id: theCase.child_id,
        unit_id: ifo.unit_id,
        recorded_by: advisor.id,
        recorded_role: "parent_advisor",
        consent_given_by: "Pappa",
        consent_method: "oral",
        consent_on: "2026-10-01",
        about: "Pappa vill ha stöd i att få rutiner på morgonen.",
        status: "request_raised",
        case_id: theCase.id,
        closed_reason: "Förfrågan om samverkan gjord",
        closed_by: advisor.id,
        closed_at: theCase.requested_at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const child = `${theCase.given_name} ${theCase.family_name}`;
    const section = (page: Page) => page.getByRole("region", { name: "Tidigt stöd före ärendet" });
    const openCase = async (page: Page) => {
      const listed = page.waitForResponse((r) =>
        r.url().endsWith(`/api/cases/${theCase.id}/early-support`),
      );
      await page.goto(`/cases/${theCase.id}`);
      await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe(child);
      await listed;
    };

    // Not shared: the network sees nothing of it on the case page.
    const coordinator = await kring.openPage();
    await logIn(coordinator, "samordnare");
    await openCase(coordinator);
    expect(await section(coordinator).count()).toBe(0);

    // The parent advisor records that the family has now agreed, and who.
    const page = await kring.openPage();
    await logIn(page, "foraldraradgivare");
    await page.goto(`/early-support/${contact.id}`);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe(`Tidigt stöd för ${child}`);
    await page.getByText(/Nätverket i ärendet ser inte det tidiga stödet/).waitFor();
    await page.getByRole("textbox", { name: /^Vem i familjen godkände/ }).fill("Pappa");
    await expectAccessible(page, "recording the family's later agreement to share");
    await page
      .getByRole("button", { name: "Familjen har nu godkänt att nätverket får läsa" })
      .click();
    await announced(page, "Nätverket i ärendet kan nu läsa det tidiga stödet.");
    await page.getByText(/får läsa det tidiga stödet \(Pappa\)/).waitFor();

    // Now the network finds it on the case page and reads it, read-only.
    await openCase(coordinator);
    await section(coordinator)
      .getByText(/Familjen har godkänt att nätverket får läsa/)
      .waitFor();
    await expectAccessible(coordinator, "the case page with early support before the case");
    await section(coordinator).getByRole("link", { name: "Läs det tidiga stödet" }).click();
    await expect
      .poll(() => mainHeading(coordinator), HEADING_WAIT)
      .toBe(`Tidigt stöd för ${child}`);
    await coordinator.getByText(/Du läser det här för att familjen gått med på/).waitFor();
    await coordinator.getByText("Pappa vill ha stöd i att få rutiner på morgonen.").waitFor();
    expect(await coordinator.getByRole("button", { name: /Familjen har nu godkänt/ }).count()).toBe(
      0,
    );
    await expectAccessible(coordinator, "early support read by the case's network");
  }, 120_000);

  it("the Barnets bästa lead sees a child with several units and no plan and asks the school to start one", async () => {
    const lead = await kring.openPage();
    await logIn(lead, "barnetsbasta");
    const overview = (await (await apiOf(lead)).get("/api/childs-best/overview")) as {
      areas: { severalWithoutPlan: { named: { childName: string; earlySupport: boolean }[] } }[];
    };
    // The demo's child with early support in social services and student health.
    const child = overview.areas[0]!.severalWithoutPlan.named.find(
      (c) => c.earlySupport,
    )!.childName;
    await menu(lead, "Barnets bästa").click();
    await expect.poll(() => mainHeading(lead), HEADING_WAIT).toBe("Barnets bästa – översikt");
    const several = lead.getByRole("region", {
      name: "Flera verksamheter runt barnet men ingen plan",
    });
    const card = several.getByRole("listitem").filter({ hasText: child });
    await card.getByText(/tidigt stöd/).waitFor();
    await expectAccessible(lead, "the lead's overview");
    await card.getByRole("button", { name: "Be en enhet starta en plan" }).click();
    await card
      .getByRole("combobox", { name: "Vilken enhet?" })
      .selectOption({ label: "Mariehemskolan" });
    await card
      .getByRole("textbox", { name: "Meddelande (valfritt)" })
      .fill("Socialtjänst och elevhälsa är med.");
    await expectAccessible(lead, "asking a unit to start a plan");
    await card.getByRole("button", { name: "Skicka" }).click();
    await announced(lead, "Mariehemskolan har fått uppgiften att starta en plan.");
    await card.getByText("Tillfrågad: Mariehemskolan").waitFor();

    // The school's principal finds it in Mina uppgifter, leading to a request for the child.
    const principal = await kring.openPage();
    await logIn(principal, "rektor.mariehem");
    const tasks = principal.getByRole("region", { name: "Mina uppgifter" });
    const task = tasks.getByRole("listitem").filter({ hasText: "Starta en barnets plan" });
    await task.getByText(child).waitFor();
    await task.getByRole("link", { name: /Starta en barnets plan/ }).click();
    await expect.poll(() => mainHeading(principal), HEADING_WAIT).toBe("Ny förfrågan");
    await principal.getByText(new RegExp(`^${child} · `)).waitFor();
    await expectAccessible(principal, "a request for the child the lead named");
  }, 120_000);

  it("a mentor follows När du känner oro to a request", async () => {
    const page = await kring.openPage();
    await logIn(page, "mentor.mariehem");
    await page.getByRole("main").getByRole("link", { name: "När du känner oro" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("När du känner oro");
    await page.getByRole("heading", { name: "Orosanmälan till socialtjänsten" }).waitFor();
    await page
      .getByText(/samma dag/)
      .first()
      .waitFor();
    await page.getByText(/Socialtjänstens mottagning i Kringby/).waitFor();
    await expectAccessible(page, "När du känner oro");
    await page.getByRole("link", { name: "Gör en förfrågan om samverkan" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Ny förfrågan");
    await page.getByRole("searchbox", { name: "Sök barnet" }).fill(NORA.personalNumber);
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await page.getByRole("button", { name: `Välj ${NORA.name}` }).click();
    await page
      .getByRole("textbox", { name: "Vad oroar er?" })
      .fill("Nora verkar ledsen och är ofta borta.");
    await page.getByRole("switch", { name: "Familjen har gett samtycke" }).uncheck();
    await page.getByRole("button", { name: "Registrera förfrågan" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Mina förfrågningar");
  });

  it("shows När du känner oro on a phone without sideways scrolling", async () => {
    const page = await kring.openPage({ width: 390, height: 844 });
    await logIn(page, "mentor2.mariehem");
    await page.goto("/concern");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("När du känner oro");
    await page.getByRole("heading", { name: "Orosanmälan till socialtjänsten" }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectAccessible(page, "När du känner oro on a phone");
  });

  it("lets the administrator edit the texts and contacts", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/concern-guide");
    const contacts = page.getByRole("textbox", { name: /^Kontakter/ });
    await contacts.waitFor();
    await contacts.fill("Socialtjänsten i Kringby: 0123-45 60 00.");
    await expectAccessible(page, "the administration of När du känner oro");
    await page.getByRole("button", { name: "Spara texterna" }).click();
    await announced(page, "Texterna är sparade.");
  });
});
