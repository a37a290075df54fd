import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { PHONE } from "./support/browser";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

const announced = (page: Page, text: string) => page.getByRole("status").getByText(text).waitFor();
const pageWidth = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth");
const jsonFile = (name: string, content: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content, null, 2)),
});

// Invented texts in the documented format (docs/instrument-wording.md), never licensed wording.
const scale = (n: number) => ({ label: `Testskala ${n}`, low: "Testlågt", high: "Testhögt" });
const corsFile = (me: { label: string }) => ({
  format: "kring.instrument-wording/1",
  instrument: "ors",
  language: "sv",
  source: "Påhittad testutgåva",
  forms: {
    CORS: {
      title: "Testformulär för barn",
      items: { me, family: scale(2), school: scale(3), everything: scale(4) },
    },
  },
});

describe("administration of the outcome instruments", () => {
  const kring = useKring();

  it("loads a wording file, and explains a refused one line by line", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/structure");
    await page.getByRole("link", { name: "Formulärtexter" }).click();
    await page.waitForURL(/\/admin\/instrument-wording$/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Administration");
    const svenska = page.getByRole("region", { name: "ORS och CORS, Svenska" });
    await svenska.getByText("Ingen fil är inläst.", { exact: false }).waitFor();
    await expectAccessible(page, "the wording page");

    const file = page.getByLabel("Fil med formulärtexter (JSON)");
    const load = page.getByRole("button", { name: "Läs in filen" });
    await load.click();
    await page.getByText("Välj en fil först.").waitFor();

    await file.setInputFiles(jsonFile("trasig.json", '{\n  "format": "kring",\n}'));
    await load.click();
    const refused = page.getByRole("alert").filter({ hasText: "Filen lästes inte in." });
    await refused.getByText(/Filen är inte giltig JSON/).waitFor();
    await refused.getByText("(rad 3)", { exact: false }).waitFor();

    await file.setInputFiles(jsonFile("fel.json", corsFile({ label: "" })));
    await load.click();
    const problem = refused.getByText("Formuläret CORS, skalan me, etiketten (”label”)", {
      exact: false,
    });
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/\(rad 11\): texten är tom$/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await expectAccessible(page, "the wording page with a refused file");
    await page.screenshot({ path: "e2e/artifacts/admin-wording-refused.png", fullPage: true });
    await svenska.getByText("Ingen fil är inläst.", { exact: false }).waitFor();

    await file.setInputFiles(jsonFile("cors.json", corsFile(scale(1))));
    await load.click();
    await announced(page, "Texterna för ORS och CORS på svenska är inlästa: 1 formulär.");
    await svenska.getByText(/^Inläst .* av Agnes Admin\.$/).waitFor();
    await svenska.getByText("Källa: Påhittad testutgåva").waitFor();
    const cors = svenska.getByRole("listitem").filter({ hasText: "CORS, 6–12 år" });
    expect(await cors.textContent()).toContain("Licensierad text");
    const ors = svenska.getByRole("listitem").filter({ hasText: "ORS, från 13 år" });
    expect(await ors.textContent()).toContain("Platshållare");
    expect(await refused.count()).toBe(0);
  });

  it("saves the schedule on a phone, after showing what to correct", async () => {
    const page = await kring.openPage(PHONE);
    await logIn(page, "admin");
    await page.goto("/admin/instrument-schedule");
    await page.getByText("Inställningarna har inte ändrats. Förvalen gäller.").waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the schedule page on a phone");

    const months = page.getByRole("textbox", { name: "Ny SDQ efter så här många månader" });
    expect(await months.inputValue()).toBe("6");
    await months.fill("0");
    const cutoff = page.getByRole("textbox", { name: "Tillförlitlig förändring i ORS" });
    await cutoff.fill("6,6");
    await page.getByRole("button", { name: "Spara inställningarna" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Rätta 1 uppgift innan du sparar" });
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await expectAccessible(page, "the schedule page with an error");
    await page.screenshot({ path: "e2e/artifacts/phone-admin-schedule-error.png", fullPage: true });
    await summary.getByRole("link", { name: /Ny SDQ efter/ }).click();
    expect(await months.evaluate((el) => el === document.activeElement)).toBe(true);

    await months.fill("3");
    await page.getByRole("checkbox", { name: "SRS/CSRS – hur barnet upplevde mötet" }).uncheck();
    await page.getByRole("button", { name: "Spara inställningarna" }).click();
    await announced(page, "Skattningsschemat är sparat.");
    expect(await summary.count()).toBe(0);

    await page.reload();
    await page.getByText(/^Senast sparad .* av Agnes Admin\.$/).waitFor();
    expect(await months.inputValue()).toBe("3");
    expect(await cutoff.inputValue()).toBe("6,6");
    expect(
      await page
        .getByRole("checkbox", { name: "SRS/CSRS – hur barnet upplevde mötet" })
        .isChecked(),
    ).toBe(false);
  });

  it("refuses a save made over someone else's and shows what they changed", async () => {
    const [first, second] = [await kring.openPage(), await kring.openPage()];
    for (const page of [first, second]) {
      await logIn(page, "admin");
      await page.goto("/admin/instrument-schedule");
      await page.getByRole("button", { name: "Spara inställningarna" }).waitFor();
    }
    await first.getByRole("textbox", { name: "Varningsgräns för SRS" }).fill("30");
    await first.getByRole("button", { name: "Spara inställningarna" }).click();
    await announced(first, "Skattningsschemat är sparat.");

    // Cut-offs by age, defaults from Duncan et al. 2006 (#17.15).
    expect(
      await second
        .getByRole("textbox", { name: "Klinisk gräns för CORS, barn 6–12 år" })
        .inputValue(),
    ).toBe("32");
    expect(
      await second
        .getByRole("textbox", { name: "Klinisk gräns för ORS, ungdomar 13–17 år" })
        .inputValue(),
    ).toBe("28");
    await second.getByRole("textbox", { name: "Klinisk gräns för ORS, vuxna" }).fill("24");
    await second.getByRole("button", { name: "Spara inställningarna" }).click();
    const conflict = second
      .getByRole("alert")
      .filter({ hasText: "Någon annan har sparat inställningarna" });
    await conflict.getByText("Varningsgräns för SRS: 30").waitFor();
    expect(await conflict.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(second, "the schedule page after a conflicting save");
    await second.screenshot({ path: "e2e/artifacts/admin-schedule-conflict.png" });
    await conflict.getByRole("button", { name: "Hämta de sparade värdena" }).click();
    await conflict.waitFor({ state: "detached" });
    const srs = second.getByRole("textbox", { name: "Varningsgräns för SRS" });
    expect(await srs.inputValue()).toBe("30");
  });
});
