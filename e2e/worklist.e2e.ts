import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, useKring } from "./support/kring";

describe("Mina uppgifter", () => {
  const kring = useKring();

  it("puts the coordinator's overdue deadline first, then the rest, and the intake", async () => {
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    const tasks = page.getByRole("region", { name: "Mina uppgifter" });
    const groups = tasks.getByRole("heading", { level: 3 });
    await groups.first().waitFor();
    expect(await groups.first().textContent()).toMatch(/^Försenat \(\d+\)$/);
    // The demo's request with coordinators appointed nine days ago: first contact is 7 days.
    const overdue = tasks.getByRole("listitem").filter({ hasText: "Första kontakt med familjen" });
    await overdue.getByText("Försenad", { exact: true }).waitFor();
    await tasks.getByRole("link", { name: /förfrågningar väntar på bedömning/ }).click();
    await page.getByRole("heading", { level: 1, name: "Inkorg" }).waitFor();
    await page.goBack();
    await tasks.waitFor();
    await expectAccessible(page, "the coordinator's tasks");
    await page.screenshot({ path: "e2e/artifacts/desk-worklist.png", fullPage: true });
  });

  it("keeps the family greeting for a guardian, without tasks", async () => {
    const page = await kring.openPage();
    await logIn(page, "vardnadshavare");
    await page.getByText("Du är inloggad som vårdnadshavare i Kringby kommun.").waitFor();
    expect(await page.getByRole("region", { name: "Mina uppgifter" }).count()).toBe(0);
  });
});
