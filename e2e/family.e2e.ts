import { type APIRequestContext, type Page, request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { PHONE } from "./support/browser";
import { DEMO_PASSWORD, logIn, HEADING_WAIT, mainHeading, useKring } from "./support/kring";

// The demo family (vardnadshavare and barn) meet their plan on a phone. The network first walks
// a case for their child up to network meeting 2 through the API and sends a plan to the family.

interface ApiUser {
  id: string;
  units: { unitId: string; role: string }[];
  get(path: string): Promise<any>;
  post(path: string, body: unknown, method?: "POST" | "PATCH"): Promise<any>;
}

async function apiAs(baseURL: string, username: string): Promise<ApiUser> {
  const ctx: APIRequestContext = await request.newContext({ baseURL });
  const login = await (
    await ctx.post("/api/auth/login", { data: { username, password: DEMO_PASSWORD } })
  ).json();
  const headers = { "x-kring-csrf": login.csrfToken as string };
  const check = async (res: Awaited<ReturnType<APIRequestContext["get"]>>) => {
    if (!res.ok()) throw new Error(`${res.url()}: ${res.status()} ${await res.text()}`);
    return res.status() === 204 ? null : res.json();
  };
  return {
    id: login.user.id,
    units: login.user.memberships,
    get: async (path) => check(await ctx.get(path)),
    post: async (path, body, method = "POST") =>
      check(await ctx.fetch(path, { method, data: body, headers })),
  };
}

async function networkMeeting2WithProposedPlan(baseURL: string, childId: string) {
  const mentor = await apiAs(baseURL, "mentor.mariehem");
  const nurse = await apiAs(baseURL, "skolskoterska.mariehem");
  const principal = await apiAs(baseURL, "rektor.mariehem");
  const lead = await apiAs(baseURL, "samordnare");
  const documenting = await apiAs(baseURL, "samordnare2");
  const child = await mentor.get(`/api/children/${childId}`);
  const school = child.currentUnits[0].unitId as string;
  const eht = nurse.units[0]!.unitId;
  const central = lead.units.find((m) => m.role === "central_coordinator")!.unitId;
  // Those with custody consent (ADR 0044).
  const guardianIds = (child.guardians as { id: string; custody: boolean }[])
    .filter((g) => g.custody)
    .map((g) => g.id);
  const { id: caseId } = await mentor.post("/api/cases", {
    childId,
    raisedByUnitId: school,
    concern: "Hög frånvaro och oro för sömnen.",
    acute: false,
    consent: {
      givenBy: guardianIds.map((guardianId) => ({ kind: "guardian", guardianId })),
      unitIds: [school, eht, central],
      purpose: "Samordnat stöd",
      method: "oral",
      meeting: "Samtal med familjen",
    },
  });
  // The raiser sees the request's status only (its version too), under "Mina förfrågningar".
  const versionFor = async (who: ApiUser) =>
    who === mentor
      ? (
          (await mentor.get("/api/requests/mine")).requests as { id: string; version: number }[]
        ).find((r) => r.id === caseId)!.version
      : ((await who.get(`/api/cases/${caseId}`)).version as number);
  const step = async (who: ApiUser, event: object) => {
    const version = await versionFor(who);
    await who.post(`/api/cases/${caseId}/events`, { version, event });
  };
  const meeting = async (kind: string, inDays: number, held: boolean) => {
    const startsAt = new Date(Date.now() + inDays * 86_400_000);
    const { id } = await lead.post(`/api/cases/${caseId}/meetings`, {
      kind,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      place: "Mariehemskolan, rum 12",
    });
    if (held)
      await lead.post(
        `/api/cases/${caseId}/meetings/${id}`,
        { version: 1, status: "held" },
        "PATCH",
      );
  };
  await step(mentor, { type: "submit" });
  await step(lead, { type: "accept" });
  await step(lead, {
    type: "appoint_coordinators",
    leadUserId: lead.id,
    documentingUserId: documenting.id,
  });
  await step(lead, { type: "record_first_contact" });
  await step(lead, { type: "appoint_spokesperson", name: "Moster Lena", relation: "moster" });
  await meeting("pre_meeting", 0, true);
  await meeting("network_meeting_1", 0, true);
  // The principal appoints the contact person from within the network.
  await lead.post(`/api/cases/${caseId}/members`, {
    role: "participant",
    userId: principal.id,
    unitId: school,
  });
  await step(principal, { type: "appoint_contact_person", userId: nurse.id, unitId: eht });
  await meeting("network_meeting_2", 0, true);
  await meeting("follow_up", 14, false);
  const { revision } = await lead.post(`/api/cases/${caseId}/plan/draft`, {});
  const action = (
    id: string,
    description: string,
    unitId: string,
    name: string,
    userId: string,
    person: string,
  ) => ({
    id,
    description,
    responsibleUnit: { unitId, name },
    responsiblePerson: { userId, name: person },
    startDate: "2026-01-12",
    endDate: "2027-06-12",
    followUpDate: "2027-03-02",
  });
  const content = {
    needs: "Trygghet i skolan och bättre sömn.",
    goals: [
      {
        id: "g1",
        text: "Vara i skolan fyra dagar i veckan.",
        childWords: "Jag vill orka gå till skolan.",
        actions: [
          action(
            "a1",
            "Samtal med skolsköterskan varje vecka",
            eht,
            "Elevhälsan Mariehem",
            nurse.id,
            "Skolsköterskan",
          ),
        ],
      },
    ],
    measuresByOthers: [],
    noMeasuresByOthers: true,
    leadUnit: { unitId: eht, name: "Elevhälsan Mariehem" },
    childView: "Jag vill ha en lugn plats.",
    guardiansView: "Vi vill veta vem vi ska ringa.",
    internalNotes: "Intern anteckning",
  };
  const saved = await lead.post(`/api/cases/${caseId}/plan/draft`, { revision, content }, "PATCH");
  await lead.post(`/api/cases/${caseId}/plan/draft/propose`, { revision: saved.revision });
  return { lead, caseId, guardianIds, revision: saved.revision as number, content, eht };
}

const pageWidth = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth");

describe("the family view on a phone", () => {
  const kring = useKring();

  it("lets the guardian agree to the plan, see who does what and when, and write before the meeting", async () => {
    const page = await kring.openPage(PHONE);
    await logIn(page, "vardnadshavare");
    const [child] = (await (await page.request.get("/api/family/children")).json()).children;
    const world = await networkMeeting2WithProposedPlan(new URL(page.url()).origin, child.id);

    await page.getByRole("button", { name: "Öppna menyn" }).click();
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Planen" })
      .click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe(`Vår plan: ${child.givenName}`);
    const proposal = page.getByRole("region", { name: "En ny plan väntar på ert godkännande" });
    await proposal.getByText("Samtal med skolsköterskan varje vecka").waitFor();
    expect(await page.getByText("Intern anteckning").count()).toBe(0);
    await expectAccessible(page, "the family's proposal");
    await proposal.getByRole("button", { name: "Jag godkänner planen" }).click();
    await page
      .getByRole("status")
      .getByText(/^(Tack! Planen är godkänd\.|Du har godkänt planen\.)$/)
      .waitFor();
    // With joint custody the other guardian agrees too (here at the meeting, through the network).
    if (world.guardianIds.length > 1) {
      const parties = world.guardianIds.map((guardianId) => ({ kind: "guardian", guardianId }));
      await world.lead.post(`/api/cases/${world.caseId}/plan/draft/agreements`, {
        revision: world.revision,
        parties,
      });
    }
    await page.reload();
    await page.getByText(/^Version 1, godkänd /).waitFor();
    await page
      .getByRole("region", { name: "Nästa möte" })
      .getByText("Mariehemskolan, rum 12")
      .waitFor();
    await page
      .getByRole("region", { name: "Vem ni kan kontakta" })
      .getByText("Kontaktperson: följer planen och kallar till möten")
      .waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "the family's agreed plan");

    await page
      .getByRole("textbox", { name: "Din kommentar" })
      .fill("Det har gått bättre med sömnen.");
    await page.getByRole("button", { name: "Skicka" }).click();
    await page.getByRole("status").getByText("Tack! Din kommentar är skickad.").waitFor();
    await page.getByText("Det har gått bättre med sömnen.").waitFor();
    await page.screenshot({ path: "e2e/artifacts/phone-family-plan.png", fullPage: true });

    const childPage = await kring.openPage(PHONE);
    await logIn(childPage, "barn");
    await childPage.goto("/family");
    await expect.poll(() => mainHeading(childPage), HEADING_WAIT).toBe("Min plan");
    await childPage.getByRole("heading", { name: "”Jag vill orka gå till skolan.”" }).waitFor();
    await childPage
      .getByText("Skolsköterskan: Samtal med skolsköterskan varje vecka", { exact: false })
      .waitFor();
    expect(await pageWidth(childPage)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(childPage, "the child's own plan");

    // A revision with a new action: the guardian asked to agree sees what is new, in words,
    // and the new action marked in the plan (#17.12).
    const { revision: started } = await world.lead.post(
      `/api/cases/${world.caseId}/plan/draft`,
      {},
    );
    // A person without an account (userId null) may be named responsible.
    const revised: any = structuredClone(world.content);
    revised.goals[0]!.actions.push({
      ...revised.goals[0]!.actions[0]!,
      id: "a2",
      description: "Läxhjälp två eftermiddagar i veckan",
      responsiblePerson: { userId: null, name: "Max Fritid" },
      responsibleUnit: { unitId: world.eht, name: "Elevhälsan Mariehem" },
    });
    revised.internalNotes = "Ändrad intern anteckning";
    const saved2 = await world.lead.post(
      `/api/cases/${world.caseId}/plan/draft`,
      { revision: started, content: revised },
      "PATCH",
    );
    await world.lead.post(`/api/cases/${world.caseId}/plan/draft/propose`, {
      revision: saved2.revision,
    });
    await page.reload();
    const changes = page.getByRole("region", {
      name: "Det här är nytt eller ändrat sedan förra planen",
    });
    await changes
      .getByText(
        "Ny insats: Läxhjälp två eftermiddagar i veckan, ansvarig Max Fritid (Elevhälsan Mariehem)",
        { exact: false },
      )
      .waitFor();
    expect(await changes.getByText(/intern/i).count()).toBe(0);
    const proposal2 = page.getByRole("region", { name: "En ny plan väntar på ert godkännande" });
    expect(await proposal2.getByText("Nytt eller ändrat", { exact: true }).count()).toBe(1);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, "a revised plan with its changes marked");

    // Once the case is closed it is read-only for the family too: no comment form, and why.
    const { version } = await world.lead.get(`/api/cases/${world.caseId}`);
    await world.lead.post(`/api/cases/${world.caseId}/events`, {
      version,
      event: {
        type: "close",
        reason: "moved_away",
        reflection: { whatWorked: "Tät kontakt.", whatGotInTheWay: "Flytten." },
        // Closing needs an evaluation (ADR 0026); moving away needs no early-closure reason.
        evaluation: {
          goals: "partly",
          familyView: "Vi flyttar och tar med oss planen.",
          childView: "Jag vill ha det likadant i nya skolan.",
        },
      },
    });
    await page.reload();
    await page.getByText(/^Ärendet är avslutat\. Ni kan läsa planen/).waitFor();
    await page.getByText("Det har gått bättre med sömnen.").waitFor();
    expect(await page.getByRole("textbox", { name: "Din kommentar" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Skicka" }).count()).toBe(0);
    await expectAccessible(page, "the family's plan on a closed case");
  });
});
