import { describe, expect, it } from "vitest";
import { notify } from "../apps/server/src/features/notifications/notify";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// The bell in the header shows what is new, Notiser lists it and marks it read, and a person's
// e-mail settings are kept (issue 19.4). The notification is made as the job makes it (notify),
// since the browser tests' server runs no background job.

describe("notifications", () => {
  const kring = useKring();

  it("shows a new notification in the bell and marks it read", async () => {
    const db = kring.db();
    const user = await db
      .selectFrom("app_user")
      .select(["id", "tenant_id"])
      .where("username", "=", "samordnare")
      .executeTakeFirstOrThrow();
    // Anything already there is read, so the one made now is the only unread.
    await db
      .updateTable("notification")
      .set({ read_at: new Date() })
      .where("user_id", "=", user.id)
      .execute();
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    // No number while nothing is unread.
    await page.getByRole("link", { name: "Notiser", exact: true }).first().waitFor();
    await notify(db, "http://kring.test", {
      tenantId: user.tenant_id,
      userId: user.id,
      kind: "acute_request",
      dedupeKey: `e2e:${Date.now()}`,
      link: "/intake",
      email: false,
    });
    // The header looks again when the page is loaded (and every minute).
    await page.reload();
    await page.getByRole("link", { name: "Notiser 1 oläst" }).first().click();
    await page.waitForURL(/\/notifications$/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Notiser");
    const list = page.getByRole("list", { name: "Notiser" });
    const item = list
      .getByRole("listitem")
      .filter({ hasText: "En akut förfrågan väntar på bedömning" });
    await item.first().waitFor();
    expect(await item.first().textContent()).toContain("Oläst");
    await expectAccessible(page, "Notiser with an unread notification");
    await item.first().getByRole("button", { name: "Markera som läst" }).click();
    await page.getByRole("status").getByText("Notisen är markerad som läst.").waitFor();
    await page.getByRole("link", { name: "Notiser", exact: true }).first().waitFor();
    expect(await item.first().getByRole("button", { name: "Markera som läst" }).count()).toBe(0);
    const left = await db
      .selectFrom("notification")
      .select("id")
      .where("user_id", "=", user.id)
      .where("read_at", "is", null)
      .execute();
    expect(left).toHaveLength(0);
  });

  it("keeps the person's e-mail settings", async () => {
    const page = await kring.openPage();
    await logIn(page, "mentor.mariehem");
    await page.goto("/notifications");
    await page.getByRole("link", { name: "Inställningar för e-post" }).click();
    await page.waitForURL(/\/notifications\/settings$/);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Inställningar för notiser");
    const email = page.getByRole("textbox", { name: "E-postadress" });
    await email.waitFor();
    expect(await email.inputValue()).toBe("mentor.mariehem@kringby.example");
    await expectAccessible(page, "the notification settings");
    await page.getByRole("combobox", { name: "Klockslag för sammanfattningen" }).selectOption("16");
    await page.getByRole("checkbox", { name: /Direkt när något brådskar/ }).uncheck();
    await page.getByRole("textbox", { name: /Påminn mig/ }).fill("5");
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("status").getByText("Inställningarna är sparade.").waitFor();
    await page.reload();
    await page.getByRole("combobox", { name: "Klockslag för sammanfattningen" }).waitFor();
    expect(
      await page.getByRole("combobox", { name: "Klockslag för sammanfattningen" }).inputValue(),
    ).toBe("16");
    expect(
      await page.getByRole("checkbox", { name: /Direkt när något brådskar/ }).isChecked(),
    ).toBe(false);
    expect(await page.getByRole("textbox", { name: /Påminn mig/ }).inputValue()).toBe("5");
  });

  it("lets the administrator set the mail server and says why a test message failed", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/admin/mail");
    await page.getByRole("heading", { name: "E-post", level: 2 }).waitFor();
    await page.getByText("Ingen e-postserver är vald").waitFor();
    await expectAccessible(page, "Administration → E-post");
    await page.getByRole("textbox", { name: /Server \(värdnamn\)/ }).fill("127.0.0.1");
    await page.getByRole("textbox", { name: /^Port/ }).fill("1");
    await page.getByRole("combobox", { name: "Kryptering" }).selectOption("none");
    await page.getByRole("textbox", { name: "Avsändaradress" }).fill("kring@kringby.example");
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("status").getByText("E-postinställningarna är sparade.").waitFor();
    await page.getByRole("textbox", { name: "Till" }).fill("admin@kringby.example");
    await page.getByRole("button", { name: "Skicka provmeddelande" }).click();
    await page.getByText("Provmeddelandet kunde inte skickas").waitFor({ timeout: 30_000 });
    await page.getByText(/ECONNREFUSED/).waitFor();
    await expectAccessible(page, "the failed test message");
  });
});
