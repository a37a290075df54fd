import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makePersonalNumber } from "../packages/domain/src/identity/personal-number";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

const HEADER =
  "Personnummer;Förnamn;Efternamn;Skolenhet;Klass;Mentor;Datum;Lektion;Schemalagda minuter;Närvaro minuter;Giltig frånvaro minuter;Ogiltig frånvaro minuter";

/** The two school days before today (the demo's term ends yesterday). */
function lastSchoolDays(): string[] {
  const days: string[] = [];
  const d = new Date();
  while (days.length < 2) {
    d.setDate(d.getDate() - 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) days.unshift(d.toISOString().slice(0, 10));
  }
  return days;
}

/** What Excel saves as "CSV UTF-8": a byte order mark, semicolons, CRLF. */
const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`),
});

async function upload(page: Page, file: ReturnType<typeof csvFile>) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Filer" }).click();
  await (await chooser).setFiles(file);
  await page.getByRole("button", { name: "Importera", exact: true }).click();
}

describe("the administrator's attendance page", () => {
  const kring = useKring();

  it("uploads CSV files (one larger than a request body may be), sets a bad line aside, imports a good file once", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/attendance/admin");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Närvarotrappa och import");
    const panel = page.getByRole("region", { name: "Importera närvaro" });
    await panel.getByRole("combobox", { name: "Format" }).selectOption("csv");

    const pnr = makePersonalNumber("2014-03-15", 238);
    const [monday, tuesday] = lastSchoolDays();
    const line = (school: string, date: string, lesson: number, invalid: number) =>
      `${pnr};Tova;Uppladdad;${school};6A;mentor.mariehem;${date};${lesson};60;;0;${invalid}`;

    // A line naming a school Kring does not know is set aside with its reason; the rest of the
    // file (here nothing else) is imported.
    await upload(page, csvFile("närvaro.csv", [line("Okänd skola", tuesday!, 1, 0)]));
    const status = panel.getByRole("status");
    await status.getByText("Importen är klar. Ändrade lektioner: 0.", { exact: false }).waitFor();
    await panel
      .getByText("Poster som lades åt sidan och inte importerades: 1. Resten importerades.")
      .waitFor();
    const issue = panel
      .getByRole("list", { name: "Poster som lades åt sidan" })
      .getByRole("listitem");
    expect(await issue.count()).toBe(1);
    expect(await issue.textContent()).toMatch(/^närvaro\.csv: 2: Skolenhet: ingen skolenhet/);
    await expectAccessible(page, "the import with a record set aside");

    const good = csvFile("närvaro.csv", [
      line("Mariehemskolan", monday!, 1, 0),
      line("Mariehemskolan", tuesday!, 1, 40),
    ]);
    await upload(page, good);
    await status
      .getByText("Importen är klar. Ändrade lektioner: 2. Utvärderade elever: 1.")
      .waitFor();
    expect(
      await panel.getByRole("progressbar", { name: "Importen" }).getAttribute("aria-valuenow"),
    ).toBe("100");
    // No record set aside; the report says how the file was read.
    expect(await panel.getByRole("list", { name: "Poster som lades åt sidan" }).count()).toBe(0);
    expect(
      await panel.getByRole("list", { name: "Om filerna" }).getByRole("listitem").textContent(),
    ).toBe("närvaro.csv: läst som UTF-8");
    await expectAccessible(page, "the import when done");
    await page.screenshot({ path: "e2e/artifacts/admin-attendance-import.png", fullPage: true });

    // A file larger than a request body may be (10 MB) goes too: it is streamed to the server.
    const big = `${makePersonalNumber("2014-05-20", 117)};Stor;Fil;Mariehemskolan;6A;;${monday!}`;
    const lessons = Array.from({ length: 170_000 }, (_, i) => `${big};${i + 1};60;;0;0`);
    const file = csvFile("hela-terminen.csv", lessons);
    expect(file.buffer.length).toBeGreaterThan(10 * 2 ** 20);
    await upload(page, file);
    // 170 000 lessons take a while on a busy machine (this wait only: the rest keep the default).
    await status
      .getByText("Importen är klar. Ändrade lektioner: 170000.", { exact: false })
      .waitFor({ timeout: 60_000 });

    // The same file again changes nothing.
    await upload(page, good);
    await status
      .getByText("Importen är klar. Ändrade lektioner: 0. Utvärderade elever: 0.")
      .waitFor();

    // The new pupil is in the mentor's group, with the invalid absence on their term.
    const mentor = await kring.openPage();
    await logIn(mentor, "mentor.mariehem");
    await mentor.goto("/attendance");
    await mentor.getByRole("link", { name: "Tova Uppladdad" }).first().click();
    await expect.poll(() => mainHeading(mentor), HEADING_WAIT).toBe("Tova Uppladdad");
  });

  it("edits a staircase in the form, shows what to correct, previews it and saves it", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/attendance/admin");
    const editor = page.getByRole("region", { name: "Närvarotrappan" });
    await editor.getByRole("button", { name: "Använd Eskilstunas närvarotrappa" }).click();
    expect(await editor.getByRole("textbox", { name: "Trappans namn" }).inputValue()).toBe(
      "Eskilstunas närvarotrappa",
    );
    const step1 = editor.getByRole("group", { name: "Steg 1", exact: true });
    await step1.getByRole("textbox", { name: "Rubrik" }).fill("Mentor ringer hem");
    const share = step1.getByRole("group", { name: "Utlösare 3 för steg 1" });
    const threshold = share.getByRole("textbox", { name: "Gräns (%)" });
    await threshold.fill("");
    await editor.getByRole("button", { name: "Lägg till steg" }).click();
    const step4 = editor.getByRole("group", { name: "Steg 4", exact: true });
    await step4.getByRole("combobox", { name: "Vem ansvarar" }).selectOption("Närvaroteamet");
    await expectAccessible(page, "the staircase form");

    // The empty threshold and the new step's missing title are named where they are.
    await editor.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect.poll(() => threshold.getAttribute("aria-invalid")).toBe("true");
    const title4 = step4.getByRole("textbox", { name: "Rubrik" });
    expect(await title4.getAttribute("aria-invalid")).toBe("true");
    const summary = editor.getByRole("listitem");
    expect(await summary.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Steg 1, utlösare 3: Gräns \(%\): /),
        expect.stringMatching(/^Steg 4: Rubrik: /),
      ]),
    );
    await expectAccessible(page, "the staircase form with errors");
    await page.screenshot({ path: "e2e/artifacts/admin-staircase-form.png", fullPage: true });

    await threshold.fill("25");
    await step4.getByRole("button", { name: "Ta bort steg 4" }).click();
    expect(await editor.getByRole("group", { name: "Steg 4", exact: true }).count()).toBe(0);
    await editor.getByRole("button", { name: "Förhandsgranska" }).click();
    await editor.getByRole("table", { name: /^Så skulle \d+ elever stå$/ }).waitFor();
    expect(await threshold.getAttribute("aria-invalid")).not.toBe("true");

    // The same draft as JSON, and back.
    await editor.getByRole("tab", { name: "JSON" }).click();
    const json = JSON.parse(
      await editor.getByRole("textbox", { name: "Närvarotrappan som JSON" }).inputValue(),
    ) as { steps: { title: string; triggers: { thresholdPercent?: number }[] }[] };
    expect(json.steps.map((s) => s.title)[0]).toBe("Mentor ringer hem");
    expect(json.steps[0]!.triggers[2]!.thresholdPercent).toBe(25);
    expect(json.steps).toHaveLength(3);
    await editor.getByRole("tab", { name: "Formulär" }).click();

    await editor.getByRole("button", { name: "Spara trappan" }).click();
    await page
      .getByRole("status")
      .getByText(/^Trappan är sparad \(version \d+\)/)
      .waitFor();
    await page.reload();
    const saved = page
      .getByRole("region", { name: "Närvarotrappan" })
      .getByRole("group", { name: "Steg 1", exact: true })
      .getByRole("textbox", { name: "Rubrik" });
    await expect.poll(() => saved.inputValue()).toBe("Mentor ringer hem");
  });
});
