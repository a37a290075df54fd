import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { announced, openCaseInStage, openStep, sendStep, stageShown } from "./cases-helpers";
import { expectAccessible } from "./support/axe";
import { HEADING_WAIT, logIn, mainHeading, useKring } from "./support/kring";

// Issue 20.3: a coordinator's closure with themes reaches the steering group's experience log
// without the child's name; the steering group records a conclusion with an owner, and the
// owner finds it in Mina uppgifter until marked followed up.
const k = useKring();

const WORKED = "Skolan och socialtjänsten hade ett gemensamt mål från början.";
const IN_THE_WAY = "Lång väntan på en första tid hos barnpsykiatrin.";
const DECIDED = "Vi beslutar att BUP erbjuder en konsultationstid per område och månad.";

/** Fills what the close dialog asks for besides the reflection, when it asks for it. */
async function fillIfAsked(dialog: ReturnType<Page["getByRole"]>, name: string, text: string) {
  const box = dialog.getByRole("textbox", { name });
  if (await box.count()) await box.fill(text);
}

describe("the experience log", () => {
  it("takes a closure's themed reflection to the steering group without names, and its conclusion to the owner's worklist", async () => {
    const coordinator = await k.openPage();
    await logIn(coordinator, "samordnare");
    await openCaseInStage(coordinator, "Utvärdering");
    const childName = await mainHeading(coordinator);
    const dialog = await openStep(coordinator, "Avsluta ärendet");
    await dialog.getByText("Svaren går till styrgruppen utan namn").waitFor();
    await dialog
      .getByRole("combobox", { name: "Skäl att avsluta" })
      .selectOption({ label: "Annat skäl" });
    await dialog.getByRole("textbox", { name: /^Anteckning/ }).fill("Familjen flyttar.");
    await fillIfAsked(dialog, "Varför avslutas ärendet i förtid?", "Familjen flyttar.");
    await fillIfAsked(dialog, "Varför görs ingen avslutande skattning?", "Familjen flyttar.");
    // The short evaluation, goal by goal, unless one was recorded at the evaluation meeting.
    const goals = dialog.getByRole("combobox", { name: /^Mål \d+:/ });
    for (let i = 0; i < (await goals.count()); i++)
      await goals.nth(i).selectOption({ label: "Delvis uppnått" });
    if (await dialog.getByRole("combobox", { name: "Har målen nåtts?" }).count()) {
      await dialog
        .getByRole("combobox", { name: "Har målen nåtts?" })
        .selectOption({ label: "Delvis" });
      await fillIfAsked(dialog, "Familjens syn", "Det har blivit bättre.");
      await fillIfAsked(dialog, "Barnets syn", "Skolan går bättre.");
    }
    await dialog.getByRole("textbox", { name: "Vad fungerade?" }).fill(WORKED);
    await dialog
      .getByRole("textbox", { name: "Vad i vår egen organisation stod i vägen?" })
      .fill(IN_THE_WAY);
    const themes = dialog.getByRole("group", { name: /Vilka teman handlar det om/ });
    await themes.getByRole("checkbox", { name: "väntetider" }).check();
    await dialog
      .getByRole("combobox", { name: /Vilken organisation gäller det/ })
      .selectOption({ label: "Region Kringland" });
    await expectAccessible(coordinator, "the close dialog with themes");
    await sendStep(coordinator, dialog, "Avsluta ärendet");
    await stageShown(coordinator, "Avslutat");

    const styr = await k.openPage();
    await logIn(styr, "styrgrupp");
    // Styrning in the main menu, then the experience log in the steering section's own menu.
    await styr
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Styrning" })
      .click();
    await styr
      .getByRole("navigation", { name: "Styrning" })
      .getByRole("link", { name: "Erfarenhetslogg" })
      .click();
    await expect.poll(() => mainHeading(styr), HEADING_WAIT).toBe("Erfarenhetslogg");
    await styr.getByRole("combobox", { name: "Period" }).selectOption({ label: "År" });
    // The reflection itself (the innermost item; its cell is an item of the list of cells too).
    const reflection = styr.getByRole("listitem").filter({ hasText: WORKED }).last();
    await reflection.getByText(IN_THE_WAY).waitFor();
    await reflection.getByText("Gäller: Region Kringland").waitFor();
    // Months the demo has few reflections in are hidden, not shown.
    await styr.getByRole("combobox", { name: "Period" }).selectOption({ label: "Månad" });
    await styr
      .getByText("Färre än 5 reflektioner – visas inte.", { exact: false })
      .first()
      .waitFor();
    await styr.getByRole("combobox", { name: "Period" }).selectOption({ label: "År" });
    await reflection.getByText(IN_THE_WAY).waitFor();
    const text = (await styr.getByRole("main").textContent()) ?? "";
    expect(text).not.toContain(childName);
    await expectAccessible(styr, "the experience log");

    const form = styr.getByRole("group", { name: "Anteckna en slutsats" });
    await form.getByRole("checkbox", { name: "väntetider" }).check();
    await form.getByRole("textbox", { name: "Vi såg …" }).fill("Väntan på BUP återkommer.");
    await form.getByRole("textbox", { name: "Vi beslutar …" }).fill(DECIDED);
    await form.getByRole("textbox", { name: "Följs upp …" }).fill("På styrgruppens nästa möte.");
    await form
      .getByRole("combobox", { name: "Ansvarig" })
      .selectOption({ label: "Cecilia Samordnare" });
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel("Följs upp senast").fill(due);
    await expectAccessible(styr, "the conclusion form");
    await form.getByRole("button", { name: "Spara slutsatsen" }).click();
    await announced(styr, "Slutsatsen är sparad.");
    const listed = styr.getByRole("listitem").filter({ hasText: DECIDED });
    await listed.getByText("Ansvarig: Cecilia Samordnare", { exact: false }).waitFor();
    await listed.getByText("Ej uppföljt").waitFor();

    await coordinator.goto("/");
    const tasks = coordinator.getByRole("region", { name: "Mina uppgifter" });
    const item = tasks.getByRole("listitem").filter({ hasText: DECIDED });
    await item.waitFor();
    await expectAccessible(coordinator, "the conclusion in Mina uppgifter");
    await item.getByRole("button", { name: /^Markera uppföljt/ }).click();
    await item
      .getByRole("textbox", { name: "Anteckning (valfri)" })
      .fill("Konsultationstiden är införd.");
    await item.getByRole("button", { name: "Spara som klar" }).click();
    await announced(coordinator, "Uppgiften är klar och borta ur listan.");
    await expect.poll(() => item.count()).toBe(0);

    await styr.reload();
    await expect.poll(() => mainHeading(styr), HEADING_WAIT).toBe("Erfarenhetslogg");
    await styr.getByText("Konsultationstiden är införd.").waitFor();
  }, 300_000);
});
