import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiOf } from "./cases-helpers";
import { expectAccessible } from "./support/axe";
import { PHONE } from "./support/browser";
import { logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// Outcome instruments in the browser: the demo's measured cases (evaluation, interventions), a
// teacher's SDQ filled in all at once, and the demo family answering on a phone, one question at
// a time, after the network has started a case for their child and sent them forms.

async function caseAt(page: Page, stage: string): Promise<string> {
  const { cases } = await (await apiOf(page)).get("/api/cases");
  return (cases as { id: string; stage: string }[]).find((c) => c.stage === stage)!.id;
}

const announced = (page: Page, text: string) => page.getByRole("status").getByText(text).waitFor();

describe("outcome instruments", () => {
  const kring = useKring();

  it("shows a case's measurements and the child's outcomes over time, and records a grade", async () => {
    const page = await kring.openPage();
    await logIn(page, "samordnare");
    const caseId = await caseAt(page, "evaluation");
    await page.goto(`/cases/${caseId}/instruments`);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toMatch(/^Mätningar: /);
    const sent = page.getByRole("list", { name: "Skickade formulär" });
    await sent
      .getByText(/^Totala svårigheter: \d+ \(/)
      .first()
      .waitFor();
    await expectAccessible(page, "the case's measurements");

    await sent
      .getByRole("link", { name: /^SDQ 4-17, lärare$/ })
      .first()
      .click();
    await page.getByRole("table", { name: "Poäng och nivå per skala" }).waitFor();
    await page.getByRole("cell", { name: "Påstående 1", exact: false }).first().waitFor();
    await expectAccessible(page, "an answered SDQ");

    await page.getByRole("link", { name: "Till mätningarna" }).click();
    await page.getByRole("link", { name: "Barnets utfall över tid" }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toMatch(/^Utfall över tid: /);
    await page
      .getByRole("img", { name: /^SDQ totala svårigheter över tid, skattat av vårdnadshavare/ })
      .waitFor();
    // The child's cut-off by age (#17.15): CORS 32 or adolescents' 28, never the adults' 25.
    const orsChart = page.getByRole("img", { name: /^ORS summa över tid/ });
    await orsChart
      .getByText(/^Gränsvärde (32, för barn 6–12 år \(CORS\)|28, för ungdomar 13–17 år)$/)
      .first()
      .waitFor();
    expect(await orsChart.getByText(/^Gränsvärde 25\b/).count()).toBe(0);
    await page.getByRole("img", { name: /^SRS summa över tid/ }).waitFor();
    const ors = page.getByRole("table", {
      name: "ORS: summa, gränsvärde och förändring per mätning",
    });
    await ors
      .getByText(/tillförlitlig förbättring/)
      .first()
      .waitFor();
    await expectAccessible(page, "the child's outcomes");
    await page.screenshot({ path: "e2e/artifacts/instruments-outcomes.png", fullPage: true });

    const form = page.getByRole("form", { name: "Registrera ett betyg" });
    await form.getByRole("textbox", { name: "Termin" }).fill("HT2026");
    await form.getByRole("combobox", { name: "Ämne" }).selectOption("SV");
    await form.getByRole("combobox", { name: "Betyg" }).selectOption("C");
    await form.getByRole("button", { name: "Spara betyget" }).click();
    await announced(page, "Betyget är sparat.");
    await page
      .getByRole("table", { name: "Betyg per ämne och termin" })
      .getByRole("columnheader", { name: "HT2026" })
      .waitFor();
    await expectAccessible(page, "the outcomes with a new grade");
  });

  it("lets a teacher in the network fill in the SDQ the coordinator sends, all at once", async () => {
    const teacher = await kring.openPage();
    await logIn(teacher, "mentor.teg");
    const teacherName: string = (await apiOf(teacher)).user.displayName;
    const coordinator = await kring.openPage();
    await logIn(coordinator, "samordnare");
    const caseId = await caseAt(coordinator, "interventions");
    await coordinator.goto(`/cases/${caseId}/instruments`);
    await coordinator.getByRole("button", { name: "Skicka ett formulär" }).click();
    const dialog = coordinator.getByRole("dialog", { name: "Skicka ett formulär" });
    await dialog.getByRole("combobox", { name: "Vem skattar" }).selectOption("teacher");
    await dialog
      .getByRole("combobox", { name: "Mottagare" })
      .selectOption({ label: `${teacherName}, Tegskolan` });
    await expectAccessible(coordinator, "the send dialog");
    await dialog.getByRole("button", { name: "Skicka" }).click();
    await announced(coordinator, "SDQ 4-17, lärare är skickat.");

    const { requests } = await (await apiOf(teacher)).get(`/api/cases/${caseId}/instruments`);
    const mine = (requests as { id: string; status: string; respondent: { name: string } }[]).find(
      (r) => r.status === "sent" && r.respondent.name === teacherName,
    )!;
    await teacher.goto(`/cases/${caseId}/instruments/${mine.id}`);
    const form = teacher.getByRole("form", { name: "SDQ 4-17, lärare" });
    await form.getByRole("radio", { name: "Alla på en gång" }).check();
    for (let item = 1; item <= 25; item++)
      await form
        .getByRole("radiogroup", { name: `${item}. Påstående ${item}`, exact: true })
        .getByRole("radio", { name: `Alternativ ${item % 3}` })
        .check();
    await form
      .getByRole("radiogroup", { name: /^Övergripande fråga/ })
      .getByRole("radio", { name: "Nej" })
      .check();
    await expectAccessible(teacher, "the SDQ form, all at once");
    await form.getByRole("button", { name: "Skicka svaren" }).click();
    await announced(teacher, "Svaren är skickade.");
    await teacher.getByText(/^Totala svårigheter: \d+ \(/).waitFor();
    // The overall answer is stored and shown as ticked (#17.14), not as yes/no or "–".
    const given = teacher.getByRole("table", { name: "Svaren som de gavs" });
    await given
      .getByRole("row", { name: /^Övergripande fråga: har barnet svårigheter\? Nej$/ })
      .waitFor();
  });

  it("lets the family answer on a phone, one question at a time", async () => {
    const family = await kring.openPage(PHONE);
    await logIn(family, "vardnadshavare");
    const guardianName: string = (await apiOf(family)).user.displayName;
    const [child] = (await (await apiOf(family)).get("/api/family/children")).children;

    // The network raises a need for the family's child and appoints coordinators.
    const mentorPage = await kring.openPage();
    await logIn(mentorPage, "mentor.mariehem");
    const mentor = await apiOf(mentorPage);
    const detail = await mentor.get(`/api/children/${child.id}`);
    const leadPage = await kring.openPage();
    await logIn(leadPage, "samordnare");
    const lead = await apiOf(leadPage);
    const central = lead.user.memberships.find(
      (m: { role: string }) => m.role === "central_coordinator",
    ).unitId;
    const school = detail.currentUnits[0].unitId;
    const { id: caseId } = await mentor.post("/api/cases", {
      childId: child.id,
      raisedByUnitId: school,
      concern: "Oro för mående och skolnärvaro.",
      acute: false,
      consent: {
        givenBy: detail.guardians
          .filter((g: { custody: boolean }) => g.custody)
          .map((g: { id: string }) => ({
            kind: "guardian",
            guardianId: g.id,
          })),
        unitIds: [school, central],
        purpose: "Samordnat stöd",
        method: "oral",
        meeting: "Samtal med familjen",
      },
    });
    const step = async (api: typeof lead, event: object) => {
      const { version } = await api.get(`/api/cases/${caseId}`);
      await api.post(`/api/cases/${caseId}/events`, { version, event });
    };
    // The raiser sees the request's status only, and sends it for assessment from there.
    const { requests } = await mentor.get("/api/requests/mine");
    const raised = requests.find((r: { id: string }) => r.id === caseId);
    await mentor.post(`/api/cases/${caseId}/events`, {
      version: raised.version,
      event: { type: "submit" },
    });
    await step(lead, { type: "accept" });
    const second = await kring.openPage();
    await logIn(second, "samordnare2");
    await step(lead, {
      type: "appoint_coordinators",
      leadUserId: lead.user.id,
      documentingUserId: (await apiOf(second)).user.id,
    });
    const dueDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await lead.post(`/api/cases/${caseId}/instruments/requests`, {
      instrument: "ors",
      version: "CORS",
      informant: "self",
      respondent: { kind: "child" },
      dueDate,
    });

    // The coordinator sends the guardian an SDQ through the page.
    await leadPage.goto(`/cases/${caseId}/instruments`);
    await leadPage.getByRole("button", { name: "Skicka ett formulär" }).click();
    const dialog = leadPage.getByRole("dialog", { name: "Skicka ett formulär" });
    await dialog
      .getByRole("combobox", { name: "Mottagare" })
      .selectOption({ label: `${guardianName} (vårdnadshavare, i familjevyn)` });
    await dialog.getByRole("button", { name: "Skicka" }).click();
    await announced(leadPage, "SDQ 4-17, vårdnadshavare är skickat.");

    await family.getByRole("button", { name: "Öppna menyn" }).click();
    await family
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Formulär" })
      .click();
    await expect.poll(() => mainHeading(family), HEADING_WAIT).toBe("Formulär");
    await expectAccessible(family, "the family's forms");
    // The demo may already have left the family an SDQ, due sooner; ours is listed last.
    await family
      .getByRole("link", { name: `SDQ om ${child.givenName}` })
      .last()
      .click();
    await family.getByText("Fråga 1 av 26").waitFor();
    await expectAccessible(family, "one SDQ question on a phone");
    await family.screenshot({ path: "e2e/artifacts/instruments-phone-sdq.png" });
    for (let item = 1; item <= 25; item++) {
      await family.getByRole("radio", { name: `Alternativ ${item % 2}` }).check();
      await family.getByRole("button", { name: "Nästa" }).click();
    }
    await family.getByRole("radio", { name: "Ja, tydliga svårigheter" }).check();
    await family.getByText("Fråga 26 av 31").waitFor();
    for (let item = 0; item < 5; item++) {
      await family.getByRole("button", { name: "Nästa" }).click();
      await family.getByRole("radio", { name: "Alternativ 1" }).check();
    }
    await family.getByRole("button", { name: "Skicka svaren" }).click();
    await family.getByText("Tack! Dina svar är skickade.").waitFor();
    await expectAccessible(family, "the thank-you after the SDQ");

    // The coordinator reads the answers in Swedish: the overall answer as ticked, the impact
    // questions by name (not "distress"), and the scale names (#17.14).
    await leadPage.goto(`/cases/${caseId}/instruments`);
    await leadPage
      .getByRole("list", { name: "Skickade formulär" })
      .getByRole("link", { name: /^SDQ 4-17, vårdnadshavare$/ })
      .first()
      .click();
    const given = leadPage.getByRole("table", { name: "Svaren som de gavs" });
    await given.getByRole("row", { name: /svårigheter\? Ja, tydliga svårigheter$/ }).waitFor();
    await given.getByRole("row", { name: /^Påverkan: oro eller lidande/ }).waitFor();
    expect(await given.getByText(/distress|friendships/).count()).toBe(0);
    await expectAccessible(leadPage, "the guardian's answered SDQ");

    // Network meeting 1 is held with the guardian's SDQ in but not the teacher's: the meeting
    // and the measurements warn, naming whose SDQ is missing (#17.14).
    await step(lead, { type: "record_first_contact" });
    await step(lead, { type: "appoint_spokesperson", name: "Moster Lena", relation: "moster" });
    const held = async (kind: string) => {
      const startsAt = new Date();
      const { id } = await lead.post(`/api/cases/${caseId}/meetings`, {
        kind,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        place: "Mariehemskolan, rum 12",
      });
      await lead.patch(`/api/cases/${caseId}/meetings/${id}`, { version: 1, status: "held" });
      return id as string;
    };
    await held("pre_meeting");
    const meeting1 = await held("network_meeting_1");
    await leadPage.goto(`/cases/${caseId}/meetings/${meeting1}`);
    const missed = leadPage.getByText(/^Nätverksmöte 1 hölls .+ utan SDQ från .*lärare/);
    await missed.waitFor();
    expect(await missed.textContent()).not.toMatch(/vårdnadshavare/);
    await expectAccessible(leadPage, "network meeting 1 held without the teacher's SDQ");
    await leadPage.goto(`/cases/${caseId}/instruments`);
    await leadPage.getByText(/^Nätverksmöte 1 hölls .+ utan SDQ från .*lärare/).waitFor();

    // The child marks the four CORS lines with the keyboard.
    const kid = await kring.openPage(PHONE);
    await logIn(kid, "barn");
    // The child reads the form as meant for them: "CORS om dig", not "CORS om <own name>".
    await kid.goto("/family/forms");
    const own = kid.getByRole("link", { name: "CORS om dig" }).last();
    await own.waitFor();
    expect(await kid.getByRole("link", { name: `CORS om ${child.givenName}` }).count()).toBe(0);
    await expectAccessible(kid, "the child's own forms");
    await own.click();
    await kid.getByText(/^Frågorna gäller dig och hur du har det\./).waitFor();
    for (let item = 0; item < 3; item++) await kid.getByRole("button", { name: "Nästa" }).click();
    await kid.getByRole("button", { name: "Skicka svaren" }).click();
    await kid.getByText("Markera på linjen innan du skickar.").waitFor();
    await kid.getByText("Fråga 1 av 4").waitFor();
    await kid.getByText("Skala 1 (jag)").first().waitFor();
    await expectAccessible(kid, "a CORS line not yet marked");
    for (let item = 0; item < 4; item++) {
      const slider = kid.getByRole("slider");
      await slider.focus();
      for (let i = 0; i < 12; i++) await slider.press("ArrowRight");
      if (item < 3) await kid.getByRole("button", { name: "Nästa" }).click();
    }
    await kid.getByText("Ditt svar: 6,2 av 10").waitFor();
    await kid.screenshot({ path: "e2e/artifacts/instruments-phone-cors.png" });
    await kid.getByRole("button", { name: "Skicka svaren" }).click();
    await kid.getByText("Tack! Dina svar är skickade.").waitFor();
    expect(await kid.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
      PHONE.width,
    );
  });
});
