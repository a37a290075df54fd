import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

describe("what each kind of user is offered", () => {
  const kring = useKring();

  it("gives a teacher no administration, and explains why /admin is closed", async () => {
    const page = await kring.openPage();
    await logIn(page, "mentor.mariehem");
    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    const links = await menu.getByRole("link").allTextContents();
    expect(links[0]).toBe("Start");
    expect(links).not.toContain("Administration");
    await page.getByRole("banner").getByText("Lärare/mentor").waitFor();
    await page.getByRole("main").getByText("Mariehemskolan").waitFor();
    await expectAccessible(page, "the teacher's home page");

    await page.goto("/admin/users");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Ingen behörighet");
    await page.getByText("Du har inte behörighet till den här sidan.", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Ny användare" }).count()).toBe(0);
    await expectAccessible(page, "the forbidden page");
  });

  it("gives a principal their role and unit, and no administration", async () => {
    const page = await kring.openPage();
    await logIn(page, "rektor.mariehem");
    await page.getByRole("banner").getByText("Rektor", { exact: true }).waitFor();
    expect(await page.getByRole("link", { name: "Administration" }).count()).toBe(0);
    await page.goto("/admin");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Ingen behörighet");
  });

  it("greets a guardian as a guardian, without professional menus", async () => {
    const page = await kring.openPage();
    await logIn(page, "vardnadshavare");
    await page.getByText("Du är inloggad som vårdnadshavare i Kringby kommun.").waitFor();
    await page.getByRole("banner").getByText("Vårdnadshavare").waitFor();
    // The family menu holds the family's own pages only, nothing of the professional work.
    const links = await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link")
      .allTextContents();
    expect(links[0]).toBe("Start");
    for (const professional of ["Administration", "Ärenden", "Inkorg", "Närvaro"]) {
      expect(links).not.toContain(professional);
    }
    await expectAccessible(page, "the guardian's home page");
  });
});
