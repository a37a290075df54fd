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
    // The demo's request registered nine days ago was never sent: the intake roles are told
    // who raised it (they may not read it), with its passed contact deadline.
    const unsent = tasks.getByRole("listitem").filter({
      hasText: /^Förfrågan från .+ \(Mariehemskolan\) har inte skickats till bedömning/,
    });
    await unsent.getByText("Försenad", { exact: true }).waitFor();
    await tasks.getByRole("link", { name: /förfrågningar väntar på bedömning/ }).click();
    await page.getByRole("heading", { level: 1, name: "Inkorg" }).waitFor();
    await page.goBack();
    await tasks.waitFor();
    await expectAccessible(page, "the coordinator's tasks");
    await page.screenshot({ path: "e2e/artifacts/desk-worklist.png", fullPage: true });
  });

  it("says how late a deadline was met", async () => {
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    const res = await page.request.get("/api/cases");
    const { cases } = (await res.json()) as { cases: { id: string; stage: string }[] };
    // The demo's case in evaluation was requested 200 days ago; the family was contacted late.
    await page.goto(`/cases/${cases.find((c) => c.stage === "evaluation")!.id}`);
    const contact = page
      .getByRole("region", { name: "Tidsgränser" })
      .getByRole("listitem")
      .filter({ hasText: "Första kontakt med familjen" });
    await contact.getByText("Klar för sent", { exact: true }).waitFor();
    expect(await contact.textContent()).toMatch(/Klart .+, \d+ dagar för sent \(senast .+\)/);
    await expectAccessible(page, "a case with a deadline met late");
  });

  it("keeps the family greeting for a guardian, without tasks", async () => {
    const page = await kring.openPage();
    await logIn(page, "vardnadshavare");
    await page.getByText("Du är inloggad som vårdnadshavare i Kringby kommun.").waitFor();
    expect(await page.getByRole("region", { name: "Mina uppgifter" }).count()).toBe(0);
  });
});
