import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// The demo holds a term of attendance with pupils on every step of Danderyd's staircase.
describe("attendance", () => {
  const kring = useKring();

  it("shows a mentor their pupils by step, the same-day notices, and a pupil's term", async () => {
    const page = await kring.openPage();
    await logIn(page, "mentor.mariehem");
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Närvaro" })
      .click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Närvaro");
    await page.getByRole("heading", { name: "Elever per steg" }).waitFor();
    await page.getByRole("heading", { name: "Meddela vårdnadshavare samma dag" }).waitFor();
    const onStep = page.getByRole("table", { name: /^Elever på steg \d/ }).first();
    await onStep.waitFor();
    await expectAccessible(page, "the mentor's attendance page");
    await page.screenshot({ path: "e2e/artifacts/desk-attendance.png", fullPage: true });

    const pupil = onStep.getByRole("link").first();
    const name = (await pupil.textContent()) ?? "";
    await pupil.click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe(name);
    await page.getByRole("table", { name: "Frånvaro per skoldag, vecka för vecka" }).waitFor();
    await page.getByText("Eleven står här").waitFor();
    await page
      .getByRole("heading", { name: "Elevens väg" })
      .or(page.getByText("Elevens väg"))
      .first()
      .waitFor();
    await expectAccessible(page, "a pupil's term");
    await page.screenshot({ path: "e2e/artifacts/desk-attendance-pupil.png", fullPage: true });
  });

  it("gives the attendance team its caseload, where a report of concern is recorded or a case opened", async () => {
    const page = await kring.openPage();
    await logIn(page, "narvaroteam");
    await page.goto("/attendance/caseload");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Närvaroteamets ärenden");
    const table = page.getByRole("table", { name: /^Elever på steg 4/ });
    await table.waitFor();
    await expectAccessible(page, "the caseload");
    await table.getByRole("link").first().click();
    const form = page.getByRole("region", { name: "Orosanmälan" });
    await form
      .getByRole("textbox", { name: "Sammanfattning" })
      .fill("Anmälan gjord efter lång ogiltig frånvaro.");
    await form.getByRole("button", { name: "Registrera orosanmälan" }).click();
    await page.getByRole("status").getByText("Orosanmälan är registrerad.").waitFor();
    await expectAccessible(page, "a pupil on the last step");

    // With the guardians' consent the team opens a collaboration case from the same page.
    const open = page.getByRole("region", { name: "Öppna samverkansärende" });
    expect(
      await open.getByRole("textbox", { name: "Vad har ni redan provat?" }).inputValue(),
    ).toMatch(/^Steg 1 /);
    await open
      .getByRole("textbox", { name: "Vad oroar er?" })
      .fill("Eleven har varit borta större delen av terminen.");
    await open
      .getByRole("checkbox", { name: /\(vårdnadshavare\)$/ })
      .first()
      .check();
    await open
      .getByRole("group", { name: "Samtycket gäller dessa verksamheter" })
      .getByRole("checkbox", { name: "Individ- och familjeomsorgen" })
      .check();
    await open
      .getByRole("textbox", { name: "Syfte" })
      .fill("Samordnat stöd för att komma tillbaka.");
    await open.getByRole("textbox", { name: "Vid vilket möte?" }).fill("Trappmöte med familjen");
    await open.getByRole("button", { name: "Öppna samverkansärende" }).click();
    await page.getByRole("status").getByText("Förfrågan om samverkan är registrerad.").waitFor();
    // The team follows the request it raised by its status, not the case's content.
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Mina förfrågningar");
    await page.getByText("Registrerad", { exact: true }).first().waitFor();
    await expectAccessible(page, "the team's requests after opening a case");
  });

  it("shows the analyst figures per area, and the administrator a preview of a staircase", async () => {
    const analyst = await kring.openPage();
    await logIn(analyst, "analytiker");
    await analyst.goto("/attendance/statistics");
    await analyst.getByRole("radio", { name: "Område" }).check();
    await analyst.getByRole("rowheader", { name: "Mariehem" }).first().waitFor();
    await expectAccessible(analyst, "the steering figures");

    const admin = await kring.openPage();
    await logIn(admin, "admin");
    await admin.goto("/attendance/admin");
    await expect.poll(() => mainHeading(admin), HEADING_WAIT).toBe("Närvarotrappa och import");
    await admin.getByRole("button", { name: "Använd Eskilstunas närvarotrappa" }).click();
    await admin.getByRole("button", { name: "Förhandsgranska" }).click();
    await admin.getByRole("table", { name: /^Så skulle \d+ elever stå$/ }).waitFor();
    await expectAccessible(admin, "the staircase editor with a preview");
  });
});
