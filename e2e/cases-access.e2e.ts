import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { announced, openCaseInStage, openStep, stageShown } from "./cases-helpers";
import { expectAccessible } from "./support/axe";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

async function caseAt(page: Page, stage: string): Promise<string> {
  const res = await page.request.get("/api/cases");
  const { cases } = (await res.json()) as { cases: { id: string; stage: string }[] };
  return cases.find((c) => c.stage === stage)!.id;
}

// Every control on the case page that changes something: none of them on a closed case.
const EDITING = [
  "Lägg till deltagare",
  "Registrera samtycke",
  "Återkalla samtycket",
  "Planera möte",
  /^Ta bort/,
  "Avsluta ärendet",
];

describe("who sees and changes a case", () => {
  const kring = useKring();

  it("shows a declined request, with the other action, to the one who raised it", async () => {
    const social = await kring.openPage();
    await logIn(social, "socialsekreterare");
    await social
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Inkorg" })
      .click();
    // The demo's two waiting requests are both from Mariehem; the one that is not urgent.
    const waiting = social
      .getByRole("row")
      .filter({ hasNotText: "Akut" })
      .filter({ hasText: "Mariehemskolan" });
    await waiting.getByRole("link").click();
    await stageShown(social, "Bedömning (intagskö)");
    const dialog = await openStep(social, "Ej samverkansärende");
    await dialog
      .getByRole("combobox", { name: "Skäl" })
      .selectOption({ label: "Behovet kan mötas av en verksamhet" });
    await dialog
      .getByRole("textbox", { name: "Vad görs i stället?" })
      .fill("Stöd inom skolan med kurator");
    await dialog
      .getByRole("textbox", { name: /Varför blir det inte/ })
      .fill("Behoven kan mötas inom elevhälsan.");
    await dialog.getByRole("button", { name: "Ej samverkansärende" }).click();
    await announced(social, "Klart: Ej samverkansärende.");
    // Intake keeps seeing the declined request (a central coordinator may reopen it).
    await stageShown(social, "Ej samverkansärende");

    // The raiser follows the request by its status under "Mina förfrågningar".
    const mentor = await kring.openPage();
    await logIn(mentor, "mentor.mariehem");
    await mentor
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Mina förfrågningar" })
      .click();
    await mentor
      .getByText(
        "Annan åtgärd: Stöd inom skolan med kurator. Skäl: Behoven kan mötas inom elevhälsan.",
      )
      .first()
      .waitFor();
    await expectAccessible(mentor, "the raiser's requests");
  });

  it("tells a coordinator that the other coordinator changed the case first", async () => {
    const second = await kring.openPage();
    await logIn(second, "samordnare2");
    await openCaseInStage(second, "Familjen kontaktad");
    const caseUrl = second.url();
    const stale = await openStep(second, "Utse språkrör");
    await stale.getByRole("textbox", { name: "Namn" }).fill("Anna Ek");
    await stale.getByRole("textbox", { name: "Relation till barnet" }).fill("Granne");

    const first = await kring.openPage();
    await logIn(first, "samordnare");
    await first.goto(caseUrl);
    const fresh = await openStep(first, "Utse språkrör");
    await fresh.getByRole("textbox", { name: "Namn" }).fill("Lena Berg");
    await fresh.getByRole("textbox", { name: "Relation till barnet" }).fill("Moster");
    await fresh.getByRole("button", { name: "Utse språkrör" }).click();
    await announced(first, "Klart: Utse språkrör.");

    await stale.getByRole("button", { name: "Utse språkrör" }).click();
    const conflict = stale.getByRole("alert");
    await conflict.getByText("Någon annan har ändrat ärendet").waitFor();
    await conflict
      .getByRole("listitem")
      .filter({ hasText: "Cecilia Samordnare" })
      .getByText("Språkrör utsett")
      .waitFor();
    await expectAccessible(second, "the conflict in the spokesperson dialog");
    // Nothing was written over: the first coordinator's spokesperson stands, the second's does not.
    expect(
      await second.getByRole("region", { name: "Vem är vem" }).getByText("Anna Ek").count(),
    ).toBe(0);

    await conflict.getByRole("button", { name: "Ladda om ärendet" }).click();
    await second.getByRole("region", { name: "Vem är vem" }).getByText("Lena Berg").waitFor();
    await stale.getByRole("button", { name: "Utse språkrör" }).click();
    await announced(second, "Klart: Utse språkrör.");
    await second.getByRole("region", { name: "Vem är vem" }).getByText("Anna Ek").waitFor();
  });

  it("offers emergency access only to allowed roles, read-only, with a reason of 20 characters", async () => {
    const coordinator = await kring.openPage();
    await logIn(coordinator, "samordnare");
    await openCaseInStage(coordinator, "Nätverksmöte 1 hållet");
    const caseUrl = coordinator.url();

    const leisure = await kring.openPage();
    await logIn(leisure, "fritid.teg");
    await leisure.goto(caseUrl);
    await expect
      .poll(() => mainHeading(leisure), HEADING_WAIT)
      .toBe("Du har inte tillgång till ärendet");
    await leisure.getByText("Du ser ett ärende när du är med i barnets nätverk").waitFor();
    expect(await leisure.getByRole("button", { name: /nödåtkomst/i }).count()).toBe(0);

    const principal = await kring.openPage();
    await logIn(principal, "rektor.teg");
    await principal.goto(caseUrl);
    await expect
      .poll(() => mainHeading(principal), HEADING_WAIT)
      .toBe("Du har inte tillgång till ärendet");
    await expectAccessible(principal, "the refused case");
    await principal.getByRole("button", { name: "Begär nödåtkomst …" }).click();
    const dialog = principal.getByRole("dialog", { name: "Nödåtkomst" });
    await dialog.getByRole("radio", { name: "Risk för barnets liv eller hälsa" }).check();
    await dialog
      .getByRole("textbox", { name: /Beskriv varför du behöver läsa ärendet nu/ })
      .fill("Mår dåligt");
    await dialog.getByRole("button", { name: "Begär nödåtkomst" }).click();
    await dialog.getByText("Beskriv skälet med minst 20 tecken (du har skrivit 10).").waitFor();
    await expectAccessible(principal, "the emergency-access dialog with its message");
    await dialog
      .getByRole("textbox", { name: /Beskriv varför du behöver läsa ärendet nu/ })
      .fill("Eleven har kommit till oss och mår mycket dåligt i dag.");
    await dialog.getByRole("button", { name: "Begär nödåtkomst" }).click();
    await principal
      .getByText(/Du läser ärendet med nödåtkomst. Du kan inte ändra något./)
      .waitFor();
    await stageShown(principal, "Nätverksmöte 1 hållet");
    await expectAccessible(principal, "the case opened with emergency access");

    const admin = await kring.openPage();
    await logIn(admin, "admin");
    await admin.goto("/admin/structure");
    await admin.getByRole("link", { name: "Nödåtkomst" }).click();
    await admin.getByText("Eleven har kommit till oss och mår mycket dåligt i dag.").waitFor();
    // The review shows the reason's category and what was read under the access.
    const grant = admin
      .getByRole("listitem")
      .filter({ hasText: "Eleven har kommit till oss och mår mycket dåligt i dag." });
    await grant.getByText("Risk för barnets liv eller hälsa").waitFor();
    await grant.getByText("Vad som lästes").waitFor();
    await grant.getByText(/^Ärendet: \d+ gång(er)?, /).waitFor();
    await expectAccessible(admin, "the emergency-access review");
    await admin
      .getByRole("button", { name: /Markera som granskad: nödåtkomst för/ })
      .first()
      .click();
    await admin
      .getByText(/Granskad .* av Agnes Admin/)
      .first()
      .waitFor();
  });

  it("keeps a request without consent with its raiser, and hides a protected child's address", async () => {
    const mentor = await kring.openPage();
    await logIn(mentor, "mentor.teg");
    await mentor
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Ny förfrågan" })
      .click();
    // Sara Mohammed at Tegskolan has protected identity (skyddade personuppgifter) in the demo.
    await mentor.getByRole("searchbox", { name: "Sök barnet" }).fill("201106099078");
    await mentor.getByRole("button", { name: "Sök", exact: true }).click();
    await mentor.getByText("Skyddade personuppgifter").waitFor();
    await mentor.getByRole("button", { name: "Välj Sara Mohammed" }).click();
    await mentor
      .getByRole("textbox", { name: "Vad oroar er?" })
      .fill("Sara verkar rädd på rasterna.");
    await mentor.getByRole("switch", { name: "Familjen har gett samtycke" }).uncheck();
    await mentor.getByRole("button", { name: "Registrera förfrågan" }).click();
    // The raiser follows the request by its status only: no address, no case content.
    await expect.poll(() => mainHeading(mentor), HEADING_WAIT).toBe("Mina förfrågningar");
    await mentor.getByText("Sara Mohammed").first().waitFor();
    expect(await mentor.getByText(/070-/).count()).toBe(0);
    await expectAccessible(mentor, "a protected child's request without consent");
  });

  it("finds by name only the mentor's own pupils; another child by full number, as name and year only", async () => {
    const mentor = await kring.openPage();
    await logIn(mentor, "mentor.mariehem");
    await mentor
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Ny förfrågan" })
      .click();
    const search = async (q: string) => {
      await mentor.getByRole("searchbox", { name: "Sök barnet" }).fill(q);
      await mentor.getByRole("button", { name: "Sök", exact: true }).click();
    };
    // Nora Holm goes to Mariehemskolan; any part of the name, in any case, finds her.
    await search("holm NORA");
    await mentor.getByRole("button", { name: "Välj Nora Holm" }).waitFor();
    // Sara Mohammed goes to Tegskolan (and has protected identity): not by name...
    await search("Sara Mohammed");
    await mentor.getByText("0 barn hittades.").waitFor();
    // ...but by her full number, which tells only that she exists: name and year of birth.
    await search("110609-9078");
    const hit = mentor.getByRole("listitem").filter({ hasText: "Sara Mohammed" });
    await hit.getByText("född 2011").waitFor();
    await hit.getByText(/Du ser bara namn och födelseår/).waitFor();
    expect(await hit.getByText(/Tegskolan|9078|Skyddade personuppgifter/).count()).toBe(0);
    await expectAccessible(mentor, "a child found by number outside the mentor's school");
    await mentor.getByRole("button", { name: "Välj Sara Mohammed" }).click();
    await mentor.getByText("Sara Mohammed · född 2011").waitFor();
  });

  it("keeps a closed case read-only until a central coordinator reopens it", async () => {
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    const caseId = await caseAt(page, "closed");
    await page.goto(`/cases/${caseId}`);
    await page.getByText("Ärendet är avslutat").waitFor();
    await page.getByText(/Ett avslutat ärende kan bara läsas/).waitFor();
    for (const name of EDITING)
      expect(await page.getByRole("button", { name }).count(), String(name)).toBe(0);
    const next = page.getByRole("region", { name: "Nästa steg" });
    expect(await next.getByRole("button").count()).toBe(0);
    expect(await next.getByRole("link").count()).toBe(0);
    await expectAccessible(page, "a closed case");

    // The network map of the closed case is read-only too.
    await page.getByRole("link", { name: "Nätverkskarta" }).first().click();
    await page.waitForURL(/network-map$/);
    await page.getByRole("heading", { level: 1, name: "Nätverkskarta" }).waitFor();
    await page.getByRole("button", { name: "Skriv ut" }).waitFor();
    expect(await page.getByRole("button", { name: /^Ta bort/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Lägg till" }).count()).toBe(0);
    await page.goBack();

    await page.getByRole("button", { name: "Öppna ärendet igen …" }).click();
    const dialog = page.getByRole("dialog", { name: "Öppna ärendet igen" });
    await dialog.getByRole("button", { name: "Öppna igen" }).click();
    await dialog.getByText("Skriv varför ärendet ska öppnas igen.").waitFor();
    await expectAccessible(page, "the reopen dialog with a missing reason");
    await dialog
      .getByRole("textbox", { name: /Skäl att öppna ärendet igen/ })
      .fill("Ny oro från skolan efter sommaren.");
    await dialog.getByRole("button", { name: "Öppna igen" }).click();
    await announced(page, "Ärendet är öppnat igen.");
    await stageShown(page, "Utvärdering");
    await page.getByRole("button", { name: "Lägg till deltagare" }).waitFor();
    expect(await page.getByText("Ärendet är avslutat").count()).toBe(0);
    await page
      .getByText(/Ärendet öppnat igen: Ny oro från skolan efter sommaren/)
      .first()
      .waitFor();
  });
  it("lets a central coordinator replace a coordinator with a reason, and the new one finds the case", async () => {
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    await page.goto("/intake");
    const running = page.getByRole("region", { name: "Pågående ärenden: samordnare" });
    const card = running.getByRole("listitem").filter({ hasText: "Koordinatorer utsedda" }).first();
    await card.getByRole("button", { name: /^Byt samordnare för / }).click();
    const dialog = page.getByRole("dialog", { name: /^Byt samordnare för / });
    await dialog
      .getByRole("combobox", { name: "Vilken samordnare byts?" })
      .selectOption({ index: 1 });
    await dialog
      .getByRole("combobox", { name: "Enhet" })
      .selectOption({ label: "Central elevhälsa" });
    const person = dialog.getByRole("combobox", { name: "Person" });
    await expect.poll(() => person.isEnabled()).toBe(true);
    await person.selectOption({ label: "Clara Nätverk (Central samordnare)" });
    // The reason is required.
    await dialog.getByRole("button", { name: "Byt samordnare" }).click();
    await dialog.getByText("Skriv varför.").waitFor();
    await expectAccessible(page, "replacing a coordinator");
    await dialog.getByRole("textbox", { name: "Skäl" }).fill("Carl har för många ärenden just nu.");
    await dialog.getByRole("button", { name: "Byt samordnare" }).click();
    await announced(page, "Samordnaren är bytt.");
    await card.getByText(/Koordinator 2 \(dokumenterar\): Clara Nätverk/).waitFor();

    const clara = await kring.openPage();
    await logIn(clara, "samordnare3");
    await clara
      .getByRole("link", { name: /^Du har tagit över som koordinator 2/ })
      .first()
      .click();
    await clara
      .getByText(/Koordinator 2 bytt: Carl har för många ärenden just nu\./)
      .first()
      .waitFor();
  });
  it("lets the raiser complete guardians and consent of a request sent without them", async () => {
    const page = await kring.openPage();
    await logIn(page, "mentor.mariehem");
    await page.goto("/requests/new");
    await page.getByRole("button", { name: "Registrera barnet" }).click();
    const form = page.getByRole("region", { name: "Registrera ett barn" });
    await form.getByRole("textbox", { name: "Personnummer" }).fill("201409182381");
    await form.getByRole("textbox", { name: "Förnamn" }).first().fill("Ida");
    await form.getByRole("textbox", { name: "Efternamn" }).first().fill("Berg");
    await form.getByRole("button", { name: "Ta bort vårdnadshavare 1" }).click();
    await form
      .getByRole("combobox", { name: "Skola eller förskola" })
      .selectOption({ label: "Mariehemskolan" });
    await form.getByRole("button", { name: "Registrera barnet" }).click();
    await page.getByText("Ida Berg · 201409182381").waitFor();
    await page.getByRole("textbox", { name: "Vad oroar er?" }).fill("Ida är ofta borta.");
    await page.getByRole("switch", { name: "Familjen har gett samtycke" }).uncheck();
    await page.getByRole("button", { name: "Registrera förfrågan" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Mina förfrågningar");
    const card = page.getByRole("listitem").filter({ hasText: "Ida Berg" });
    await card.getByText(/^Förfrågan har inget samtycke/).waitFor();
    await card.getByRole("link", { name: "Komplettera vårdnadshavare och samtycke" }).click();
    await expect
      .poll(() => mainHeading(page), HEADING_WAIT)
      .toBe("Komplettera förfrågan om Ida Berg");
    const add = page.getByRole("form", { name: "Lägg till vårdnadshavare" });
    await add.getByRole("textbox", { name: "Förnamn" }).fill("Eva");
    await add.getByRole("textbox", { name: "Efternamn" }).fill("Berg");
    await add.getByRole("button", { name: "Lägg till vårdnadshavare" }).click();
    await announced(page, "Eva Berg är tillagd som vårdnadshavare.");
    await page.getByRole("checkbox", { name: "Eva Berg (vårdnadshavare)" }).check();
    const units = page.getByRole("group", { name: "Samtycket gäller dessa verksamheter" });
    for (const unit of ["Mariehemskolan", "Central elevhälsa"])
      await units.getByRole("checkbox", { name: unit }).check();
    await page.getByRole("textbox", { name: "Syfte" }).fill("Samordnat stöd runt Ida");
    await page.getByRole("radio", { name: "Muntligt, vid ett möte" }).check();
    await page.getByRole("textbox", { name: "Vid vilket möte?" }).fill("Telefonsamtal med Eva");
    await expectAccessible(page, "completing a request's guardians and consent");
    await page.getByRole("button", { name: "Registrera samtycket" }).click();
    await announced(page, "Samtycket är registrerat. Mottagningen kan nu se förfrågan.");
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe("Mina förfrågningar");
    expect(await card.getByText(/^Förfrågan har inget samtycke/).count()).toBe(0);
  });

  // The principal variant of #17.5 (ADR 0025): a principal in the network replaces the contact
  // person with a reason, and the new one finds the case in Mina uppgifter.
  it("lets a principal replace the contact person with a reason, and the new one finds the case", async () => {
    const page = await kring.openPage();
    await logIn(page, "rektor.holmsund");
    await openCaseInStage(page, "Nätverksmöte 2 (handlingsplan)");
    const who = page.getByRole("region", { name: "Vem är vem" });
    await who.getByText("Hilda Skolsköterska").first().waitFor();
    await who.getByRole("button", { name: "Byt kontaktperson …" }).click();
    const dialog = page.getByRole("dialog", { name: "Byt kontaktperson" });
    await dialog
      .getByRole("combobox", { name: "Enhet" })
      .selectOption({ label: "Elevhälsan Holmsund" });
    const person = dialog.getByRole("combobox", { name: "Person" });
    await expect.poll(() => person.isEnabled()).toBe(true);
    await person.selectOption({ label: "Hampus Kurator (Skolkurator)" });
    // The reason is required.
    await dialog.getByRole("button", { name: "Byt kontaktperson" }).click();
    await dialog.getByText("Skriv varför.").waitFor();
    await expectAccessible(page, "replacing the contact person");
    await dialog
      .getByRole("textbox", { name: "Skäl" })
      .fill("Hilda går på föräldraledighet efter jul.");
    await dialog.getByRole("button", { name: "Byt kontaktperson" }).click();
    await announced(page, "Kontaktpersonen är bytt.");
    // The new contact person stands where the old one stood; the old one's role has ended.
    await who.getByText("Hampus Kurator", { exact: true }).waitFor();
    await expect.poll(() => who.getByText("Hilda Skolsköterska", { exact: true }).count()).toBe(0);
    await expectAccessible(page, "the case with its new contact person");

    const hampus = await kring.openPage();
    await logIn(hampus, "kurator.holmsund");
    await hampus
      .getByRole("link", { name: /^Du har tagit över som kontaktperson/ })
      .first()
      .click();
    await stageShown(hampus, "Nätverksmöte 2 (handlingsplan)");
    await hampus
      .getByText(/Kontaktperson bytt: Hilda går på föräldraledighet efter jul\./)
      .first()
      .waitFor();
    await expectAccessible(hampus, "the new contact person's case");
  });
});
