import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// Issue 20: the municipality's steering group reads every indicator for a term, sets a target
// and reads one indicator's trend as a chart with its table.

describe("steering pages", () => {
  const kring = useKring();

  it("lets the steering group read the overview, set a target and read one indicator", async () => {
    const page = await kring.openPage();
    await logIn(page, "styrgrupp");
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Styrning" })
      .click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Styrning och uppföljning");
    const overview = page.getByRole("table", { name: /^Nyckeltal / });
    await expect
      .poll(() => overview.getByRole("columnheader").allTextContents(), HEADING_WAIT)
      .toContain("Hela kommunen");
    await expectAccessible(page, "the steering overview");
    // The downloads carry the same protected figures: CSV and XLSX for spreadsheets, a PDF
    // report. An XLSX file is a zip archive: it starts with "PK".
    for (const [name, type, start] of [
      [/som CSV/, "text/csv", "\uFEFFfrom;"],
      [/som Excel-fil/, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"],
      [/som PDF/, "application/pdf", "%PDF-"],
    ] as const) {
      const href = await page.getByRole("link", { name }).getAttribute("href");
      const res = await page.request.get(href!);
      expect(res.ok()).toBe(true);
      expect(res.headers()["content-type"]).toContain(type);
      expect((await res.body()).toString("utf8", 0, start.length + 2)).toContain(start);
    }

    await overview.getByRole("link", { name: "Plan (SIP) inom 30 dagar" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Plan (SIP) inom 30 dagar");
    await expect
      .poll(() => page.getByRole("img", { name: /^Plan \(SIP\) inom 30 dagar/ }).count())
      .toBe(1);
    const series = page.getByRole("table", {
      name: "Plan (SIP) inom 30 dagar per period och område",
    });
    // One row per term of the trend (six), each with the municipality's figure.
    await expect.poll(() => series.getByRole("row").count(), HEADING_WAIT).toBe(7);
    await expect.poll(() => page.getByText("Så räknas det").count()).toBe(1);

    const form = page.getByRole("group", { name: "Styrgruppens mål" });
    await form.getByLabel("Mål (procent)").fill("80");
    await form.getByLabel("Gult från (procent)").fill("60");
    await form.getByRole("button", { name: "Spara målet" }).click();
    await expect.poll(() => page.getByText("Målet är sparat.").count(), HEADING_WAIT).toBe(1);
    await expectAccessible(page, "an indicator's page with its target");

    // Back on the overview the target is shown next to the municipality's figure.
    await page.getByRole("link", { name: "Tillbaka till översikten" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Styrning och uppföljning");
    const row = page
      .getByRole("table", { name: /^Nyckeltal / })
      .getByRole("row", { name: /Plan \(SIP\) inom 30 dagar/ });
    await expect.poll(() => row.textContent(), HEADING_WAIT).toContain("Mål: 80");
  });

  it("refuses a coordinator the steering pages", async () => {
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    await expect
      .poll(() =>
        page
          .getByRole("navigation", { name: "Huvudmeny" })
          .getByRole("link", { name: "Styrning" })
          .count(),
      )
      .toBe(0);
  });
});
