import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { announced, openStep, sendStep, stageShown } from "./cases-helpers";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";
import { stockholmDate } from "@kring/domain/cases";

// Nora Holm goes to Mariehemskolan, where mentor.mariehem works; the demo has no case about her.
const CHILD = { name: "Nora Holm", personalNumber: "201301149322" };
// The smallest file that starts like a PDF: the server checks the first bytes.
const SIGNED_FORM = {
  name: "samtycke.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
};

async function registerRequest(page: Page) {
  await page
    .getByRole("navigation", { name: "Huvudmeny" })
    .getByRole("link", { name: "Ny förfrågan" })
    .click();
  await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Ny förfrågan");
  const current = page
    .getByRole("navigation", { name: "Huvudmeny" })
    .locator('[aria-current="page"]');
  expect(await current.allTextContents()).toEqual(["Ny förfrågan"]);
  await expectAccessible(page, "the new-request page");
  await page.getByRole("searchbox", { name: "Sök barnet" }).fill(CHILD.personalNumber);
  await page.getByRole("button", { name: "Sök", exact: true }).click();
  await page.getByRole("button", { name: `Välj ${CHILD.name}` }).click();
  expect(page.url()).not.toContain(CHILD.personalNumber);

  await page
    .getByRole("textbox", { name: "Vad oroar er?" })
    .fill("Nora är ofta borta och säger att hon inte orkar.");
  await page
    .getByRole("textbox", { name: /Vad har ni redan provat/ })
    .fill("Samtal med Nora och hennes föräldrar.");
  await page
    .getByRole("group", { name: "Verksamheter som redan är inkopplade" })
    .getByRole("checkbox", { name: "Elevhälsan Mariehem" })
    .check();
  // Nora is 13: the form says the rule for her age, and refuses her consent alone.
  const givenBy = page.getByRole("group", { name: "Samtycke givet av" });
  await givenBy.getByText("Barnet är 13 år. Under 15 år måste minst en vårdnadshavare").waitFor();
  await givenBy.getByRole("checkbox", { name: "Barnet självt" }).check();
  const tooYoung = "Barnet är under 15 år och kan inte samtycka ensamt.";
  await givenBy.getByRole("alert").getByText(tooYoung, { exact: false }).waitFor();
  const units = page.getByRole("group", { name: "Samtycket gäller dessa verksamheter" });
  expect(await units.getByRole("checkbox", { name: "Mariehemskolan" }).isChecked()).toBe(true);
  for (const unit of ["Elevhälsan Mariehem", "Central elevhälsa", "Individ- och familjeomsorgen"])
    await units.getByRole("checkbox", { name: unit }).check();
  await page
    .getByRole("textbox", { name: "Syfte" })
    .fill("Samordnat stöd runt Nora i skola, elevhälsa och socialtjänst");
  expect(
    await page.getByRole("radio", { name: /^Skriftligt, på en underskriven blankett/ }).isChecked(),
  ).toBe(true);
  await page.getByLabel("Inskannad underskriven blankett").setInputFiles(SIGNED_FORM);
  await page.getByRole("button", { name: "Registrera förfrågan" }).click();
  await page.locator(".mantine-Alert-root").getByText(tooYoung, { exact: false }).first().waitFor();
  await expectAccessible(page, "a young child's consent alone, refused");
  await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Ny förfrågan");
  await givenBy
    .getByRole("checkbox", { name: /vårdnadshavare/ })
    .first()
    .check();
  await expectAccessible(page, "the filled-in request");
  await page.screenshot({ path: "e2e/artifacts/desk-new-request.png", fullPage: true });
  await page.getByRole("button", { name: "Registrera förfrågan" }).click();
  await announced(page, "Förfrågan är registrerad.");
  // The raiser follows the request by its status; the case's content is for the network.
  await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Mina förfrågningar");
}

describe("a case from request to closure", () => {
  const kring = useKring();

  it("is walked by the mentor, the coordinators, the principal and the school nurse", async () => {
    // The mentor raises the need, with consent and the signed form, and sends it for assessment.
    const mentor = await kring.openPage();
    await logIn(mentor, "mentor.mariehem");
    await registerRequest(mentor);
    const request = mentor.getByRole("listitem").filter({ hasText: CHILD.name });
    await request.getByText("Registrerad", { exact: true }).waitFor();
    await expectAccessible(mentor, "the mentor's requests, the new one registered");
    await request.getByRole("button", { name: "Skicka till bedömning" }).click();
    await request.getByText("Väntar på bedömning", { exact: true }).waitFor();

    // The central coordinator accepts it and appoints two coordinators free from the child.
    const coordinator = await kring.openPage();
    await logIn(coordinator, "samordnare");
    await coordinator
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Inkorg" })
      .click();
    await expect.poll(() => mainHeading(coordinator), HEADING_WAIT).toBe("Inkorg");
    await expectAccessible(coordinator, "the intake queue");
    await coordinator.getByRole("link", { name: CHILD.name }).click();
    await stageShown(coordinator, "Bedömning (intagskö)");
    const caseUrl = coordinator.url();
    const consents = coordinator.getByRole("region", { name: "Samtycken" });
    await consents.getByText("Gäller", { exact: true }).waitFor();
    await consents.getByRole("link", { name: "Underskriven blankett" }).waitFor();
    await consents
      .getByText("Skriftligt, på underskriven blankett · Registrerat av", { exact: false })
      .waitFor();
    await expectAccessible(coordinator, "the request in the intake queue");
    await sendStep(
      coordinator,
      await openStep(coordinator, "Bedöm som samverkansärende"),
      "Bedöm som samverkansärende",
    );

    let dialog = await openStep(coordinator, "Utse koordinatorer");
    const lead = dialog.getByRole("group", { name: "Koordinator 1 (leder processen)" });
    const documenting = dialog.getByRole("group", { name: "Koordinator 2 (dokumenterar)" });
    await lead.getByRole("combobox", { name: "Enhet" }).selectOption({ label: "Mariehemskolan" });
    await lead
      .getByRole("combobox", { name: "Person" })
      .selectOption({ label: "Magnus Mentor (Lärare/mentor)" });
    await documenting
      .getByRole("combobox", { name: "Enhet" })
      .selectOption({ label: "Central elevhälsa" });
    await documenting
      .getByRole("combobox", { name: "Person" })
      .selectOption({ label: "Carl Koordinator (Central samordnare)" });
    await dialog.getByRole("button", { name: "Utse koordinatorer" }).click();
    const refusal = dialog.getByRole("alert");
    await refusal.getByText("Koordinatorerna kan inte utses.").waitFor();
    await refusal
      .getByText("Personal i en verksamhet där barnet finns kan inte vara koordinator.")
      .waitFor();
    await expectAccessible(coordinator, "the refused appointment");
    await coordinator.screenshot({ path: "e2e/artifacts/desk-coordinators-refused.png" });
    await lead
      .getByRole("combobox", { name: "Enhet" })
      .selectOption({ label: "Central elevhälsa" });
    await lead
      .getByRole("combobox", { name: "Person" })
      .selectOption({ label: "Cecilia Samordnare (Central samordnare)" });
    await sendStep(coordinator, dialog, "Utse koordinatorer");
    await stageShown(coordinator, "Koordinatorer utsedda");
    const network = coordinator.getByRole("region", { name: "Vem är vem" });
    await network.getByText("Cecilia Samordnare").waitFor();
    await network.getByText("Carl Koordinator").waitFor();

    // First contact, the spokesperson, and the two first meetings.
    await sendStep(
      coordinator,
      await openStep(coordinator, "Registrera kontakt med familjen"),
      "Registrera kontakt med familjen",
    );
    await stageShown(coordinator, "Familjen kontaktad");
    dialog = await openStep(coordinator, "Utse språkrör");
    await dialog.getByRole("textbox", { name: "Namn" }).fill("Lena Berg");
    await dialog.getByRole("textbox", { name: "Relation till barnet" }).fill("Moster");
    await sendStep(coordinator, dialog, "Utse språkrör");
    await network.getByText("Lena Berg").waitFor();
    await holdMeeting(coordinator, "Förmöte", "Syftet är att Nora ska orka gå till skolan.");
    await stageShown(coordinator, "Förmöte hållet");
    await holdMeeting(coordinator, "Nätverksmöte 1", "Alla tar med förslag till nästa möte.");
    await stageShown(coordinator, "Nätverksmöte 1 hållet");
    await coordinator
      .getByRole("region", { name: "Beslut" })
      .getByText("Alla tar med förslag till nästa möte.", { exact: false })
      .waitFor();

    // The principal joins the network, then appoints the school nurse as contact person.
    await coordinator.getByRole("button", { name: "Lägg till deltagare" }).click();
    const joining = coordinator.getByRole("dialog", { name: "Lägg till deltagare" });
    await joining
      .getByRole("combobox", { name: "Enhet" })
      .selectOption({ label: "Mariehemskolan" });
    await joining
      .getByRole("combobox", { name: "Person" })
      .selectOption({ label: "Maria Rektor (Rektor)" });
    await joining.getByRole("button", { name: "Lägg till" }).click();
    await announced(coordinator, "Deltagaren är tillagd.");
    const principal = await kring.openPage();
    await logIn(principal, "rektor.mariehem");
    await principal.goto(caseUrl);
    await stageShown(principal, "Nätverksmöte 1 hållet");
    dialog = await openStep(principal, "Utse kontaktperson");
    const contact = dialog.getByRole("group", { name: "Kontaktperson" });
    expect(await contact.getByRole("combobox", { name: "Enhet" }).inputValue()).not.toBe("");
    await contact
      .getByRole("combobox", { name: "Person" })
      .selectOption({ label: "Mia Skolsköterska (Skolsköterska)" });
    await sendStep(principal, dialog, "Utse kontaktperson");
    await principal
      .getByRole("region", { name: "Vem är vem" })
      .getByText("Mia Skolsköterska")
      .waitFor();

    // Network meeting 2 writes the plan; the family's agreement to it moves the case on.
    await coordinator.reload();
    await holdMeeting(coordinator, "Nätverksmöte 2", "Handlingsplan med ett mål antagen.");
    await stageShown(coordinator, "Nätverksmöte 2 (handlingsplan)");
    await coordinator.getByRole("link", { name: "Skriv och godkänn planen" }).click();
    await writeFirstPlan(coordinator);
    await coordinator.goto(caseUrl);
    await stageShown(coordinator, "Insatser pågår (uppföljning)");

    // The contact person raises the case in the student-health team.
    const nurse = await kring.openPage();
    await logIn(nurse, "skolskoterska.mariehem");
    await nurse.goto(caseUrl);
    await stageShown(nurse, "Insatser pågår (uppföljning)");
    await sendStep(
      nurse,
      await openStep(nurse, "Registrera EHT-genomgång"),
      "Registrera EHT-genomgång",
    );
    const deadlines = nurse.getByRole("region", { name: "Tidsgränser" });
    await deadlines
      .getByRole("listitem")
      .filter({ hasText: "Ärendet lyfts i EHT" })
      .getByText("Klar", { exact: true })
      .waitFor();

    // The contact person leads the follow-up (ADR 0026). The six-month evaluation is a step of
    // its own: on the day of the plan it starts only with a reason.
    await nurse.reload();
    dialog = await openStep(nurse, "Påbörja utvärdering");
    await dialog.getByText("Utvärderingen är inte aktuell än").waitFor();
    await dialog.getByRole("button", { name: "Påbörja utvärdering", exact: true }).click();
    await dialog
      .getByRole("alert")
      .getByText("Skriv varför den påbörjas tidigt.", { exact: false })
      .waitFor();
    await dialog
      .getByRole("textbox", { name: "Varför görs utvärderingen redan nu?" })
      .fill("Familjen flyttar i sommar och vill utvärdera före flytten.");
    await expectAccessible(nurse, "starting the evaluation early");
    await sendStep(nurse, dialog, "Påbörja utvärdering");
    await stageShown(nurse, "Utvärdering");
    // Its own meeting, called and held by the contact person, then its own form.
    await holdMeeting(nurse, "Utvärderingsmöte", "Målen är delvis nådda.");
    dialog = await openStep(nurse, "Registrera utvärdering");
    // Each goal of the plan on its own, beside the goals as a whole (#17.7).
    await dialog
      .getByRole("group", { name: "Hur långt nåddes varje mål?" })
      .getByRole("combobox", { name: "Mål 1: Nora går i skolan varje dag." })
      .selectOption({ label: "Delvis uppnått" });
    await dialog
      .getByRole("combobox", { name: "Har målen nåtts?" })
      .selectOption({ label: "Ja, målen är uppnådda" });
    await dialog
      .getByRole("textbox", { name: "Familjens syn" })
      .fill("Det går bättre, men morgnarna är fortfarande svåra.");
    await dialog.getByRole("textbox", { name: "Barnets syn" }).fill("Jag orkar oftare nu.");
    await dialog.getByRole("button", { name: "Registrera utvärdering", exact: true }).click();
    await dialog
      .getByRole("alert")
      .getByText("Målen kan inte vara uppnådda som helhet när ett av dem inte är det.", {
        exact: false,
      })
      .waitFor();
    await expectAccessible(nurse, "the evaluation goal by goal, refused as inconsistent");
    await dialog
      .getByRole("combobox", { name: "Har målen nåtts?" })
      .selectOption({ label: "Delvis" });
    await dialog
      .getByRole("textbox", { name: "Familjens syn" })
      .fill("Det går bättre, men morgnarna är fortfarande svåra.");
    await dialog.getByRole("textbox", { name: "Barnets syn" }).fill("Jag orkar oftare nu.");
    await sendStep(nurse, dialog, "Registrera utvärdering");
    // A closing meeting is planned for tomorrow; closing the case will cancel it.
    await planOnly(nurse, "Avslutsmöte");

    // Closing, as the coordinator: the dialog says what stands in the way before sending.
    await coordinator.reload();
    await stageShown(coordinator, "Utvärdering");
    dialog = await openStep(coordinator, "Avsluta ärendet");
    await dialog.getByText("Mål som inte är uppnådda").waitFor();
    await dialog.getByRole("listitem").getByText("Nora går i skolan varje dag.").waitFor();
    await dialog.getByText("Före den minsta uppföljningstiden").waitFor();
    await dialog
      .getByRole("combobox", { name: "Skäl att avsluta" })
      .selectOption({ label: "Målen uppnådda" });
    await dialog
      .getByRole("textbox", { name: "Varför avslutas ärendet i förtid?" })
      .fill("Familjen flyttar till en annan kommun i sommar.");
    await dialog
      .getByRole("textbox", { name: "Vad fungerade?" })
      .fill("Ett gemensamt möte med alla runt Nora.");
    await dialog
      .getByRole("textbox", { name: "Vad i vår egen organisation stod i vägen?" })
      .fill("Långa väntetider till BUP.");
    await dialog.getByRole("button", { name: "Avsluta ärendet", exact: true }).click();
    await dialog
      .getByRole("alert")
      .getByText("kräver en utvärdering där målen är uppnådda", { exact: false })
      .waitFor();
    await expectAccessible(coordinator, "closing refused: the goals are not met");
    await dialog
      .getByRole("combobox", { name: "Skäl att avsluta" })
      .selectOption({ label: "Annat skäl" });
    await dialog
      .getByRole("textbox", { name: /^Anteckning/ })
      .fill("Familjen flyttar; stödet lämnas över till den nya skolan.");
    await sendStep(coordinator, dialog, "Avsluta ärendet");
    await stageShown(coordinator, "Avslutat");
    const decided = coordinator.getByRole("region", { name: "Beslut" });
    await decided.getByText("Vad som stod i vägen: Långa väntetider till BUP.").waitFor();
    await decided
      .getByText("Avslutat i förtid: Familjen flyttar till en annan kommun i sommar.")
      .waitFor();
    await decided.getByText("målen delvis uppnådda", { exact: false }).waitFor();
    await decided.getByText("Barnets syn: Jag orkar oftare nu.").waitFor();
    await decided
      .getByRole("list", { name: "Målen ett och ett" })
      .getByText("Nora går i skolan varje dag.: delvis uppnått")
      .waitFor();
    // The planned closing meeting was cancelled with the case.
    const meetings = coordinator.getByRole("region", { name: "Möten" });
    await meetings
      .getByRole("listitem")
      .filter({ hasText: "Avslutsmöte" })
      .getByText("Inställt")
      .waitFor();
    await coordinator
      .getByRole("region", { name: "Nästa steg" })
      .getByText("Det finns inga steg att ta just nu.")
      .waitFor();
    await expectAccessible(coordinator, "the closed case");
    // The nurse was invited to the closing meeting: Mina uppgifter says it is cancelled, until
    // she opens the meeting.
    await nurse.goto("/");
    const tasks = nurse.getByRole("region", { name: "Mina uppgifter" });
    const notice = tasks.getByRole("link", { name: /^Avslutsmöte .+ är inställt$/ });
    await notice.waitFor();
    await expectAccessible(nurse, "the cancelled meeting in Mina uppgifter");
    await notice.click();
    await nurse.getByRole("heading", { level: 1, name: "Avslutsmöte" }).waitFor();
    await nurse.goto("/");
    // Loaded (a group heading or the empty text), and the notice is gone.
    await tasks
      .getByRole("heading", { level: 3 })
      .first()
      .or(tasks.getByText("Inget brådskar just nu.", { exact: false }))
      .waitFor();
    expect(await notice.count()).toBe(0);
    await coordinator.screenshot({ path: "e2e/artifacts/desk-case-closed.png", fullPage: true });
  }, 300_000);
});

/** Plans the meeting from "Nästa steg", keeps its notes and marks it held. */
async function holdMeeting(page: Page, kind: string, decision: string) {
  await page
    .getByRole("region", { name: "Nästa steg" })
    .getByRole("button", { name: `Planera ${kind}` })
    .click();
  const dialog = page.getByRole("dialog", { name: "Planera möte" });
  if (kind === "Förmöte") {
    // The request was registered today: a meeting the day before is refused as it is planned.
    const date = dialog.getByLabel("Datum");
    const today = await date.inputValue();
    const dayBefore = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
    await date.fill(dayBefore);
    await dialog.getByRole("button", { name: "Planera mötet" }).click();
    await dialog
      .getByRole("alert")
      .getByText(`Mötet ligger före förfrågan (${today}).`, { exact: false })
      .waitFor();
    await expectAccessible(page, "a meeting planned before the request");
    await date.fill(today);
  }
  await dialog.getByRole("textbox", { name: "Plats" }).fill("Mariehemskolan, rum 12");
  await expectAccessible(page, `the dialog planning the ${kind}`);
  await dialog.getByRole("button", { name: "Planera mötet" }).click();
  await page.getByRole("heading", { level: 1, name: kind }).waitFor();
  const invitation = page.getByRole("link", {
    name: "Kalenderinbjudan (.ics) för Cecilia Samordnare",
  });
  const ics = await page.request.get((await invitation.getAttribute("href")) ?? "");
  expect(await ics.text()).toContain("BEGIN:VCALENDAR");
  await page.getByRole("textbox", { name: "Minnesanteckningar" }).fill("Alla presenterade sig.");
  await page.getByRole("button", { name: "Lägg till beslut" }).click();
  await page.getByRole("textbox", { name: "Beslut 1", exact: true }).fill(decision);
  await page
    .getByRole("textbox", { name: "Barnets egna ord" })
    .fill("Jag vill orka vara i skolan.");
  await expectAccessible(page, `the ${kind} page`);
  await page.getByRole("button", { name: "Spara och registrera som hållet" }).click();
  await announced(page, "Mötet är registrerat som hållet.");
  await page.getByRole("link", { name: /Tillbaka till ärendet/ }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
}

/** Plans the meeting for tomorrow from "Nästa steg" and goes back to the case. */
async function planOnly(page: Page, kind: string) {
  await page
    .getByRole("region", { name: "Nästa steg" })
    .getByRole("button", { name: `Planera ${kind}` })
    .click();
  const dialog = page.getByRole("dialog", { name: "Planera möte" });
  const date = dialog.getByLabel("Datum");
  const tomorrow = new Date(Date.parse(await date.inputValue()) + 86_400_000);
  await date.fill(tomorrow.toISOString().slice(0, 10));
  await dialog.getByRole("textbox", { name: "Plats" }).fill("Mariehemskolan, rum 12");
  await dialog.getByRole("button", { name: "Planera mötet" }).click();
  await page.getByRole("heading", { level: 1, name: kind }).waitFor();
  await page.getByRole("link", { name: /Tillbaka till ärendet/ }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
}

/** Writes a plan with every part a SIP needs, and records that the family agrees to it. */
async function writeFirstPlan(page: Page) {
  await page.getByRole("button", { name: "Börja skriva planen" }).click();
  const editor = page.getByRole("form", { name: "Utkast (version 1)" });
  await editor.getByRole("textbox", { name: "Behov" }).fill("Trygghet i skolan och bättre sömn.");
  if ((await editor.getByRole("group", { name: "Mål 1" }).count()) === 0)
    await editor.getByRole("button", { name: "Lägg till mål" }).click();
  const goal = editor.getByRole("group", { name: "Mål 1" });
  await goal
    .getByRole("textbox", { name: "Mål", exact: true })
    .fill("Nora går i skolan varje dag.");
  const action = goal.getByRole("group", { name: "Åtgärd 1" });
  await action
    .getByRole("textbox", { name: "Åtgärd", exact: true })
    .fill("Samtal med skolsköterskan varje vecka");
  await action.getByLabel("Ansvarig verksamhet").fill("Elevhälsan Mariehem");
  const today = stockholmDate(new Date());
  await action.getByLabel("Start").fill(today);
  await action.getByLabel("Uppföljning").fill(today);
  await editor.getByRole("checkbox", { name: "Inga åtgärder vidtas av andra" }).check();
  await editor.getByLabel("Verksamhet med huvudansvar").fill("Elevhälsan Mariehem");
  await editor.getByRole("button", { name: "Spara utkastet" }).click();
  await page.getByText("Planen har alla delar som lagen kräver för en SIP.").waitFor();
  const agreement = page.getByRole("region", { name: "Godkännande" });
  const boxes = agreement.getByRole("checkbox");
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await agreement.getByRole("button", { name: "Registrera godkännande" }).click();
  await page.getByRole("status").getByText("Planen är godkänd som version 1.").waitFor();
}
