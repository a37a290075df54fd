import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, submitLogin, useKring } from "./support/kring";

const ADMIN_NAME = "Agnes Admin";
const announced = (page: Page, text: string) => page.getByRole("status").getByText(text).waitFor();

describe("administration", () => {
  const kring = useKring();

  it("adds a unit, and renames and moves it", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Administration" })
      .click();
    await page.waitForURL(/\/admin\/structure$/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Administration");
    await page.getByRole("cell", { name: "Mariehemskolan" }).waitFor();
    await expectAccessible(page, "the structure page");

    const form = page.getByRole("region", { name: "Lägg till enhet" });
    await form.getByRole("button", { name: "Lägg till enhet" }).click();
    await form.getByText("Skriv ett namn, högst 200 tecken.").waitFor();
    await form.getByText("Välj en typ av verksamhet.").waitFor();
    await expectAccessible(page, "the add-unit form with field errors");

    await form.getByRole("textbox", { name: "Enhetens namn" }).fill("Solbackens skola");
    await form
      .getByRole("combobox", { name: "Typ av verksamhet" })
      .selectOption({ label: "Skola" });
    await form.getByRole("combobox", { name: "Område" }).selectOption({ label: "Teg" });
    await form.getByRole("button", { name: "Lägg till enhet" }).click();
    await announced(page, "Enheten Solbackens skola har lagts till.");
    const row = page.getByRole("row", { name: /Solbackens skola/ });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "Skola",
      "Kringby kommun",
      "Teg",
      "Ändra",
    ]);

    await page.getByRole("button", { name: "Ändra Solbackens skola" }).click();
    const dialog = page.getByRole("dialog", { name: "Ändra enheten Solbackens skola" });
    await dialog.waitFor();
    await expectAccessible(page, "the edit-unit dialog");
    await dialog.getByRole("textbox", { name: "Enhetens namn" }).fill("Solbacken F-9");
    await dialog.getByRole("combobox", { name: "Område" }).selectOption({ label: "Holmsund" });
    await dialog.getByRole("button", { name: "Spara ändringarna" }).click();
    await announced(page, "Enheten Solbacken F-9 har sparats.");
    await dialog.waitFor({ state: "detached" });
    const moved = page.getByRole("row", { name: /Solbacken F-9/ });
    expect(await moved.getByRole("cell").nth(2).textContent()).toBe("Holmsund");
  });

  it("creates a user with a role, who can then log in and see it", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/users");
    await page.getByRole("cell", { name: "Magnus Mentor" }).waitFor();
    await expectAccessible(page, "the users page");

    await page.getByRole("button", { name: "Ny användare" }).click();
    const create = page.getByRole("dialog", { name: "Ny användare" });
    await create.getByRole("textbox", { name: "Namn", exact: true }).fill("Nora Nyström");
    await create.getByRole("textbox", { name: "Användarnamn" }).fill("nora.nystrom");
    await create.getByRole("textbox", { name: "Startlösenord", exact: true }).fill("kort");
    await create.getByRole("button", { name: "Skapa användaren" }).click();
    await create.getByText("Lösenordet ska ha minst 12 tecken.").waitFor();
    await expectAccessible(page, "the new-user dialog with a field error");

    await create
      .getByRole("textbox", { name: "Startlösenord", exact: true })
      .fill("nora-har-ett-losenord");
    await create.getByRole("button", { name: "Skapa användaren" }).click();
    await announced(page, "Nora Nyström har skapats. Lägg nu till en roll i en enhet.");

    const detail = page.getByRole("dialog", { name: "Nora Nyström" });
    await detail.getByText("Användaren har ingen roll än", { exact: false }).waitFor();
    await detail.getByRole("combobox", { name: "Enhet" }).selectOption({ label: "Elevhälsan Teg" });
    await detail.getByRole("combobox", { name: "Roll" }).selectOption({ label: "Skolkurator" });
    await detail.getByRole("button", { name: "Lägg till roll" }).click();
    await announced(page, "Rollen Skolkurator i Elevhälsan Teg har lagts till.");
    await detail.getByText("Skolkurator, Elevhälsan Teg").waitFor();
    await expectAccessible(page, "the user dialog");

    // The keys a staff identity provider recognises her by: a wrong HSA-id is explained.
    const keys = detail.getByRole("form", { name: "Inloggning via identitetsleverantör" });
    await keys.getByRole("textbox", { name: "HSA-id" }).fill("2321000016-nora");
    await keys.getByRole("textbox", { name: "eduPersonPrincipalName" }).fill("nora@teg.kringby.se");
    await keys.getByRole("button", { name: "Spara inloggningsuppgifter" }).click();
    await keys.getByText("Ett HSA-id börjar med SE, tio siffror", { exact: false }).waitFor();
    await expectAccessible(page, "the sign-in keys with a field error");
    await keys.getByRole("textbox", { name: "HSA-id" }).fill("SE2321000016-nora");
    await keys.getByRole("button", { name: "Spara inloggningsuppgifter" }).click();
    await announced(page, "Inloggningsuppgifterna för Nora Nyström är sparade.");
    await detail.getByRole("button", { name: "Stäng" }).click();

    // The change is listed under Administration: who gave whom which role, and when.
    await page
      .getByRole("navigation", { name: "Delar av administrationen" })
      .getByRole("link", { name: "Rolländringar" })
      .click();
    const change = page.getByRole("row", { name: /Nora Nyström/ });
    // allTextContents does not wait: the page (loaded on demand) and its list must be there first.
    await change.waitFor();
    expect((await change.getByRole("cell").allTextContents()).slice(1)).toEqual([
      ADMIN_NAME,
      "Nora Nyström",
      "Fick Skolkurator, Elevhälsan Teg",
    ]);
    await expectAccessible(page, "the role changes");

    // Their own roles the administrator sees, but cannot change.
    await page.goto("/admin/users");
    await page.getByRole("button", { name: `Hantera ${ADMIN_NAME}` }).click();
    const own = page.getByRole("dialog", { name: ADMIN_NAME });
    await own.getByText("Du kan inte ändra dina egna roller. Be en annan administratör.").waitFor();
    expect(await own.getByRole("button", { name: /^Ta bort/ }).count()).toBe(0);
    expect(await own.getByRole("button", { name: "Lägg till roll" }).count()).toBe(0);
    await own.getByRole("button", { name: "Stäng" }).click();

    await page.getByRole("searchbox", { name: "Sök användare" }).fill("nyström");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await page.getByText("1 användare").waitFor();
    await page.getByRole("cell", { name: "Skolkurator, Elevhälsan Teg" }).waitFor();

    const nora = await kring.openPage();
    await logIn(nora, "nora.nystrom", "nora-har-ett-losenord");
    await expect.poll(() => mainHeading(nora), HEADING_WAIT).toBe("Hej Nora!");
    await nora.getByRole("banner").getByText("Skolkurator").waitFor();
    await nora.getByRole("main").getByText("Elevhälsan Teg").waitFor();
    expect(await nora.getByRole("link", { name: "Administration" }).count()).toBe(0);
    await expectAccessible(nora, "the new user's home page");
  });

  it("deactivates an account, which can then not log in, and activates it again", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/users");
    await page.getByRole("button", { name: "Hantera Tim Fritid (Teg)" }).click();
    const detail = page.getByRole("dialog", { name: "Tim Fritid (Teg)" });
    await detail.getByRole("button", { name: "Inaktivera kontot" }).click();
    await announced(page, "Kontot för Tim Fritid (Teg) är inaktiverat.");
    await detail.getByText("Inaktiverad").waitFor();

    const tim = await kring.openPage();
    await tim.goto("/login");
    await tim.getByRole("textbox", { name: "Användarnamn" }).fill("fritid.teg");
    await tim.getByRole("textbox", { name: "Lösenord", exact: true }).fill("kring-demo");
    await tim.getByRole("button", { name: "Logga in" }).click();
    await tim.getByRole("alert").getByText("Fel användarnamn eller lösenord.").waitFor();

    await detail.getByRole("button", { name: "Aktivera kontot" }).click();
    await announced(page, "Kontot för Tim Fritid (Teg) är aktiverat.");
    await tim.getByRole("button", { name: "Logga in" }).click();
    await tim.getByRole("heading", { level: 1, name: "Hej Tim!" }).waitFor();
  });

  it("unlocks an account locked after too many failed logins", async () => {
    const tor = await kring.openPage();
    await tor.goto("/login");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitLogin(tor, "kurator.teg", `wrong-${attempt}`);
      await tor.getByRole("alert").getByText("Fel användarnamn eller lösenord.").waitFor();
      await tor.getByRole("button", { name: "Logga in" }).and(tor.locator(":enabled")).waitFor();
    }
    // Now even the right password is refused from this address, with the same answer.
    await submitLogin(tor, "kurator.teg");
    await tor.getByRole("button", { name: "Logga in" }).and(tor.locator(":enabled")).waitFor();
    await tor.getByRole("alert").getByText("Fel användarnamn eller lösenord.").waitFor();
    await expect.poll(() => mainHeading(tor), HEADING_WAIT).toBe("Logga in");

    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/users");
    await page
      .getByRole("row", { name: /Tor Kurator/ })
      .getByText("Låst")
      .waitFor();
    await page.getByRole("button", { name: "Hantera Tor Kurator" }).click();
    const detail = page.getByRole("dialog", { name: "Tor Kurator" });
    await detail.getByText("Kontot är låst efter för många misslyckade inloggningar.").waitFor();
    await expectAccessible(page, "the user dialog of a locked account");
    await detail.getByRole("button", { name: "Lås upp kontot" }).click();
    await announced(page, "Kontot för Tor Kurator är upplåst.");

    await submitLogin(tor, "kurator.teg");
    await tor.getByRole("heading", { level: 1, name: "Hej Tor!" }).waitFor();
  });
});
