import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { announced, openCaseInStage } from "./cases-helpers";
import { expectAccessible } from "./support/axe";
import { logIn, useKring } from "./support/kring";

// Meetings that can change (issue 19.5). In the demo, network meeting 2 of the case in
// "Nätverksmöte 1 hållet" (the demo guardian's child) is planned with the family invited and
// has been moved once.

/** The calendar file behind a download link, as a calendar program reads it. */
async function calendarBehind(page: Page, linkName: string | RegExp) {
  const href = await page.getByRole("link", { name: linkName }).first().getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.ok()).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: event.getFirstPropertyValue("status"),
    uid: event.getFirstPropertyValue("uid"),
  };
}

async function familyPage(page: Page) {
  await logIn(page, "vardnadshavare");
  await page.goto("/family");
  const meetings = page.getByRole("region", { name: "Möten ni är inbjudna till" });
  await meetings.waitFor();
  return meetings;
}

describe("meetings that can change", () => {
  const kring = useKring();

  it("are moved and cancelled with a reason, and the guardian's own invitation follows", async () => {
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    await openCaseInStage(page, "Nätverksmöte 1 hållet");
    await page
      .getByRole("region", { name: "Möten" })
      .getByRole("link", { name: "Nätverksmöte 2", exact: true })
      .click();
    await page.getByRole("heading", { level: 1, name: "Nätverksmöte 2" }).waitFor();
    await page.getByText(/flyttat/).waitFor();
    const family = page.getByRole("heading", { name: "Familjen" });
    await family.waitFor();

    await page.getByRole("button", { name: "Flytta mötet …" }).click();
    const move = page.getByRole("dialog", { name: "Flytta mötet" });
    await move.getByRole("textbox", { name: "Börjar" }).fill("14:00");
    await move.getByRole("textbox", { name: "Slutar" }).fill("15:30");
    await move
      .getByRole("textbox", { name: "Plats" })
      .fill("Mariehemskolan, rum 12 – ingång från gården");
    await expectAccessible(page, "moving a meeting");
    await move.getByRole("button", { name: "Flytta mötet" }).click();
    await announced(page, "Mötet är flyttat. Alla inbjudna får en uppdaterad inbjudan.");
    await page.getByText("Mariehemskolan, rum 12 – ingång från gården").waitFor();

    // The guardian sees the moved meeting and downloads her own invitation: an update.
    const guardian = await kring.openPage();
    const invited = await familyPage(guardian);
    await invited.getByText("Flyttat", { exact: true }).waitFor();
    await invited.getByText("Mariehemskolan, rum 12 – ingång från gården").waitFor();
    const request = await calendarBehind(guardian, /^(Lägg in i|Ta bort ur) kalendern/);
    expect(request).toMatchObject({ method: "REQUEST", sequence: 2, status: "CONFIRMED" });
    await expectAccessible(guardian, "the family's meeting invitation");

    await page.getByRole("button", { name: "Ställ in mötet …" }).click();
    const cancel = page.getByRole("dialog", { name: "Ställ in mötet" });
    await cancel.getByRole("button", { name: "Ställ in mötet" }).click();
    await cancel.locator('textarea[aria-invalid="true"]').waitFor();
    await expectAccessible(page, "cancelling without a reason");
    await cancel
      .getByRole("textbox", { name: "Varför ställs mötet in?" })
      .fill("Planen behöver en vecka till innan vi ses.");
    await cancel.getByRole("button", { name: "Ställ in mötet" }).click();
    await announced(page, "Mötet är inställt.");
    const alert = page.getByRole("alert").filter({ hasText: "Mötet är inställt" });
    await alert.getByText(/Planen behöver en vecka till innan vi ses\./).waitFor();
    expect(await page.getByRole("button", { name: "Flytta mötet …" }).count()).toBe(0);
    await expectAccessible(page, "a cancelled meeting");

    await guardian.reload();
    const after = guardian.getByRole("region", { name: "Möten ni är inbjudna till" });
    await after.getByText("Inställt", { exact: true }).waitFor();
    await after.getByText(/Planen behöver en vecka till innan vi ses\./).waitFor();
    const cancelled = await calendarBehind(guardian, /^(Lägg in i|Ta bort ur) kalendern/);
    expect(cancelled).toMatchObject({ method: "CANCEL", sequence: 3, status: "CANCELLED" });
    expect(cancelled.uid).toBe(request.uid);
    await expectAccessible(guardian, "a cancelled meeting in the family view");
  });

  it("records who came, and a decision with an owner and a date becomes the owner's task", async () => {
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    await openCaseInStage(page, "Insatser pågår (uppföljning)");
    const meetings = page.getByRole("region", { name: "Möten" });
    await meetings.getByRole("button", { name: "Planera möte" }).click();
    const plan = page.getByRole("dialog", { name: "Planera möte" });
    await plan
      .getByRole("combobox", { name: "Typ av möte" })
      .selectOption({ label: "Uppföljningsmöte" });
    await plan.getByRole("checkbox", { name: "Bjud in familjen" }).check();
    await plan.getByRole("button", { name: "Planera mötet" }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: "Uppföljningsmöte" }).waitFor();

    await page.getByRole("button", { name: "Lägg till beslut" }).click();
    const decision = "Boka ett samtal med BUP om sömnen";
    await page.getByRole("textbox", { name: "Beslut 1", exact: true }).fill(decision);
    const owner = page.getByRole("combobox", { name: "Ansvarig för beslut 1" });
    const samordnare = await owner
      .locator("option")
      .filter({ hasText: /^Cecilia Samordnare/ })
      .first()
      .getAttribute("value");
    await owner.selectOption(samordnare ?? "");
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole("textbox", { name: "Klart senast (beslut 1)" }).fill(due);
    await expectAccessible(page, "a decision with an owner and a date");
    await page.getByRole("button", { name: "Spara och registrera som hållet" }).click();
    await announced(page, "Mötet är registrerat som hållet.");

    const attendance = page.getByRole("group", { name: "Vilka kom?" });
    const boxes = attendance.getByRole("checkbox");
    expect(await boxes.count()).toBeGreaterThan(1);
    await boxes.first().check();
    await page.getByRole("button", { name: "Spara närvaro" }).click();
    await announced(page, "Närvaron är sparad.");
    await page.getByText("Kom", { exact: true }).first().waitFor();
    const tasks = page.getByRole("region", { name: "Beslut att göra" });
    await tasks.getByText(decision).waitFor();
    await expectAccessible(page, "a held meeting with attendance and a decision to carry out");

    // The owner's worklist ("Mina uppgifter") on the start page holds the decision.
    await page.goto("/");
    const worklist = page.getByRole("region", { name: "Mina uppgifter" });
    const item = worklist.getByRole("listitem").filter({ hasText: decision });
    await item.waitFor();
    await item.getByRole("button", { name: /^Markera som klar/ }).click();
    await item.getByRole("textbox").fill("Tid bokad hos BUP.");
    await item.getByRole("button", { name: "Spara som klar" }).click();
    await announced(page, "Uppgiften är klar och borta ur listan.");
    await worklist
      .getByRole("listitem")
      .filter({ hasText: decision })
      .waitFor({ state: "detached" });
  });
});
