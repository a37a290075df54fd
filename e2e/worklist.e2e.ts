import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, mainHeading, useKring } from "./support/kring";
import { openStep, sendStep, stageShown } from "./cases-helpers";

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

  it("holds the mentor's same-day calls, marked done with a note that the Närvaro page shows", async () => {
    const page = await kring.openPage();
    await logIn(page, "mentor.mariehem");
    const tasks = page.getByRole("region", { name: "Mina uppgifter" });
    const calls = tasks
      .getByRole("listitem")
      .filter({ hasText: "Meddela vårdnadshavarna om ogiltig frånvaro samma dag" });
    await calls.first().waitFor();
    const before = await calls.count();
    // The staircase's work for the mentor's pupils is there too, leading to the pupil's page.
    await tasks
      .getByRole("listitem")
      .filter({ hasText: /^Närvarotrappan steg \d/ })
      .first()
      .waitFor();
    await expectAccessible(page, "the mentor's tasks with attendance duties");
    const call = calls.first();
    const child = (await call.locator("p").first().textContent()) ?? "";
    await call.getByRole("button", { name: /^Jag har meddelat vårdnadshavaren om / }).click();
    await call.getByRole("textbox", { name: "Anteckning (valfri)" }).fill("Pratade med pappa");
    await expectAccessible(page, "marking a call done with a note");
    await call.getByRole("button", { name: "Spara som klar" }).click();
    await page.getByText("Uppgiften är klar och borta ur listan.").waitFor();
    await expect.poll(() => calls.count()).toBe(before - 1);
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Närvaro" })
      .click();
    const notices = page.getByRole("region", { name: "Meddela vårdnadshavare samma dag" });
    await notices
      .getByRole("listitem")
      .filter({ hasText: child })
      .filter({ hasText: "Anteckning: Pratade med pappa" })
      .waitFor();
  });

  it("gives the principal the overdue report to the organiser, leading to the pupil's page", async () => {
    const page = await kring.openPage();
    await logIn(page, "rektor.mariehem");
    const tasks = page.getByRole("region", { name: "Mina uppgifter" });
    const report = tasks
      .getByRole("listitem")
      .filter({ hasText: "Anmäl frånvaron till huvudmannen (skollagen 7 kap. 19 a §)" })
      .first();
    await report.getByText("Försenad", { exact: true }).waitFor();
    await expectAccessible(page, "the principal's tasks with the report to the organiser");
    await report.getByRole("link", { name: /^Anmäl frånvaron till huvudmannen/ }).click();
    await page.getByRole("table", { name: "Frånvaro per skoldag, vecka för vecka" }).waitFor();
  });

  it("names what the plan waits for and who does it; the principal appoints the contact person from the worklist", async () => {
    // The coordinator sends the plan of the demo's case at network meeting 1 to the family: the
    // refusal says network meeting 2 comes first and who holds it, with their names.
    const coordinator = await kring.openPage();
    await logIn(coordinator, "samordnare");
    const res = await coordinator.request.get("/api/cases");
    const { cases } = (await res.json()) as { cases: { id: string; stage: string }[] };
    const caseId = cases.find((c) => c.stage === "network_meeting_1")!.id;
    await coordinator.goto(`/cases/${caseId}/plan`);
    await mainHeading(coordinator);
    await coordinator.getByRole("button", { name: "Skicka till familjen för godkännande" }).click();
    await coordinator
      .getByText(
        /^"Fastställ handlingsplan" går inte ännu i steget "Nätverksmöte 1 hållet"\. Först behöver nätverksmöte 2 hållas – det gör ärendets koordinatorer\. Ansvariga: .+\.$/,
      )
      .waitFor();
    await expectAccessible(coordinator, "a plan refused with what is missing and who does it");

    // The principal in that case's network has the appointment in Mina uppgifter.
    const principal = await kring.openPage();
    await logIn(principal, "rektor.mariehem");
    const tasks = principal.getByRole("region", { name: "Mina uppgifter" });
    const duty = tasks.getByRole("link", { name: /^Utse kontaktperson för / });
    await duty.waitFor();
    await expectAccessible(principal, "the principal's tasks with an appointment to make");
    await duty.click();
    await stageShown(principal, "Nätverksmöte 1 hållet");
    const dialog = await openStep(principal, "Utse kontaktperson");
    await dialog
      .getByRole("group", { name: "Kontaktperson" })
      .getByRole("combobox", { name: "Person" })
      .selectOption({ label: "Mia Skolsköterska (Skolsköterska)" });
    await sendStep(principal, dialog, "Utse kontaktperson");
    await principal.goto("/");
    await tasks.waitFor();
    await expect
      .poll(() => tasks.getByRole("link", { name: /^Utse kontaktperson för / }).count())
      .toBe(0);
  });

  it("keeps the family greeting for a guardian, without tasks", async () => {
    const page = await kring.openPage();
    await logIn(page, "vardnadshavare");
    await page.getByText("Du är inloggad som vårdnadshavare i Kringby kommun.").waitFor();
    expect(await page.getByRole("region", { name: "Mina uppgifter" }).count()).toBe(0);
  });

  // Last in the file: the requests it adds would crowd the other tests' overdue tasks.
  it("shows the ten most urgent tasks of a long group, and more a step at a time", async () => {
    // Fourteen more requests like the demo's unsent one, registered nine days ago: each is an
    // overdue task of the intake roles.
    await sql`insert into cases (tenant_id, child_id, raised_by_user_id, raised_by_unit_id,
        raised_by_role, requested_at, concern, acute, stage, state)
      select tenant_id, child_id, raised_by_user_id, raised_by_unit_id, raised_by_role,
        requested_at, concern, acute, stage, state
      from (select * from cases where stage = 'request' order by requested_at limit 1) c,
        generate_series(1, 14)`.execute(kring.db());
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    const tasks = page.getByRole("region", { name: "Mina uppgifter" });
    const heading = tasks.getByRole("heading", { level: 3, name: /^Försenat \(\d+\)$/ });
    await heading.waitFor();
    const total = Number(/\((\d+)\)/.exec((await heading.textContent())!)![1]);
    expect(total).toBeGreaterThan(15);
    const overdue = tasks.getByRole("list", { name: /^Försenat/ });
    expect(await overdue.getByRole("listitem").count()).toBe(10);
    await tasks
      .getByRole("status")
      .filter({ hasText: `Visar 10 av ${total}` })
      .waitFor();
    await expectAccessible(page, "a long group of tasks, the first ten shown");
    const more = Math.min(50, total - 10);
    await tasks.getByRole("button", { name: `Visa ${more} till` }).click();
    await expect.poll(() => overdue.getByRole("listitem").count()).toBe(10 + more);
    await tasks
      .getByRole("status")
      .filter({ hasText: `Visar ${10 + more} av ${total}` })
      .waitFor();
  });
});
