import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

const announced = (page: Page, text: string) => page.getByRole("status").getByText(text).waitFor();

// The administrator sees what retention removes tonight before it goes (#21.4), refuses a rule
// of 0 years, and places a legal hold on a case. The demo has two cases closed over five years ago.
describe("retention", () => {
  const kring = useKring();

  it("shows tonight's retention first, refuses 0 years and holds a case", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/structure");
    await page.getByRole("link", { name: "Gallring och registerutdrag" }).click();
    await page.waitForURL(/\/admin\/retention$/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Administration");
    const tonight = page.getByRole("region", { name: "Vad gallras i natt" });
    const rows = tonight.getByRole("row", { name: /Ärende avslutat/ });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.first().getByRole("cell").nth(1).textContent()).toBe("Avslutade ärenden");
    const archive = tonight.getByRole("link", { name: /Ladda ned arkivkopia/ });
    expect(await archive.getAttribute("href")).toBe("/api/admin/retention/archive");
    await expectAccessible(page, "the retention page");

    const rules = page.getByRole("region", { name: "Regler" });
    const closed = rules.getByRole("textbox", { name: /Avslutade ärenden med dokument/ });
    await closed.fill("0");
    await rules.getByRole("button", { name: /Spara regeln: Avslutade ärenden/ }).click();
    await rules
      .getByRole("alert")
      .getByText(/minst 1 år/)
      .waitFor();
    await expectAccessible(page, "the retention page with a refused rule");
    await closed.fill("5");

    const first = rows.first();
    const what = (await first.getByRole("cell").first().textContent())!;
    await first.getByRole("button", { name: `Spärra gallring av ${what}` }).click();
    await first
      .getByRole("textbox", { name: "Skäl till spärren" })
      .fill("Begäran om utlämnande prövas");
    await first.getByRole("button", { name: "Spara spärren" }).click();
    await announced(page, "Ärendet är spärrat och gallras inte.");
    await page
      .getByRole("region", { name: "Spärrade ärenden" })
      .getByText(/Begäran om utlämnande prövas/)
      .waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    // The case left behind shows its own hold button, not the form just used.
    await rows
      .first()
      .getByRole("button", { name: /^Spärra gallring av/ })
      .waitFor();
    await expectAccessible(page, "the retention page with a held case");
    await page.screenshot({ path: "e2e/artifacts/admin-retention.png", fullPage: true });
  });
});
