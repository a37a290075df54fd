import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

describe("the shell", () => {
  const kring = useKring();

  it("shows the administrator a Swedish shell with their role and the admin menu", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Hej Agnes!");
    const header = page.getByRole("banner");
    await header.getByText("Agnes Admin").waitFor();
    await header.getByText("Administratör").waitFor();
    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    const links = await menu.getByRole("link").allTextContents();
    expect(links[0]).toBe("Start");
    expect(links).toContain("Administration");
    expect(links).not.toContain("Ärenden");
    const home = page.getByRole("main");
    await home.getByText("Kommunledningskontoret").waitFor();
    await expectAccessible(page, "the administrator's home page");
  });

  it("switches to English, remembers it, and switches back", async () => {
    const page = await kring.openPage();
    // English texts are a chunk of their own (ADR 0023): fetched only once English is chosen.
    const englishFetched: string[] = [];
    page.on("request", (request) => {
      if (/\/assets\/resources\.en-/.test(request.url())) englishFetched.push(request.url());
    });
    await logIn(page, "rektor.mariehem");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Hej Maria!");
    expect(englishFetched).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Hello Maria!" }).waitFor();
    expect(englishFetched).toHaveLength(1);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page
      .getByRole("navigation", { name: "Main menu" })
      .getByRole("link", { name: "Home" })
      .waitFor();
    await page.getByRole("banner").getByText("Principal").waitFor();
    await expectAccessible(page, "the home page in English");

    // The choice is stored with the user, so it survives a reload.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Hello Maria!" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");

    await page.getByRole("button", { name: "Svenska" }).click();
    await page.getByRole("heading", { level: 1, name: "Hej Maria!" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Hej Maria!" }).waitFor();
  });

  it("shows an accessible not-found page for an unknown address", async () => {
    const page = await kring.openPage();
    await logIn(page, "admin");
    await page.goto("/finns-inte");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Sidan finns inte");
    await page.getByRole("link", { name: "Till startsidan" }).waitFor();
    await expectAccessible(page, "the not-found page");
  });
});
