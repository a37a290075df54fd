import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makePersonalNumber } from "../packages/domain/src/identity/personal-number";
import { expectAccessible } from "./support/axe";
import { logIn, mainHeading, useKring } from "./support/kring";

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

describe("attendance import from the web app", () => {
  const kring = useKring();

  it("lets the administrator upload a CSV file, reports a bad line, and imports a good file once", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/attendance/admin");
    expect(await mainHeading(page)).toBe("Närvarotrappa och import");
    const panel = page.getByRole("region", { name: "Importera närvaro" });
    await panel.getByRole("combobox", { name: "Format" }).selectOption("csv");

    const pnr = makePersonalNumber("2014-03-15", 238);
    const [monday, tuesday] = lastSchoolDays();
    const line = (school: string, date: string, lesson: number, invalid: number) =>
      `${pnr};Tova;Uppladdad;${school};6A;mentor.mariehem;${date};${lesson};60;;0;${invalid}`;

    // A line naming a school Kring does not know: nothing of the file is kept.
    await upload(
      page,
      csvFile("närvaro.csv", [
        line("Mariehemskolan", monday!, 1, 0),
        line("Okänd skola", tuesday!, 1, 0),
      ]),
    );
    const status = panel.getByRole("status");
    await status.getByText("Inget importerades. Felaktiga rader: 1.").waitFor();
    const issue = panel.getByRole("listitem");
    expect(await issue.count()).toBe(1);
    expect(await issue.textContent()).toMatch(/^närvaro\.csv: 3: skolenhet: /);
    await expectAccessible(page, "the import with a refused file");

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
    expect(await panel.getByRole("listitem").count()).toBe(0);
    await expectAccessible(page, "the import when done");
    await page.screenshot({ path: "e2e/artifacts/admin-attendance-import.png", fullPage: true });

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
    expect(await mainHeading(mentor)).toBe("Tova Uppladdad");
  });
});
