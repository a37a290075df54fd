import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_HOMEWORK_CLUB } from "../apps/server/src/demo/seed-demo-offer";
import { expectAccessible } from "./support/axe";
import { HEADING_WAIT, logIn, mainHeading, useKring } from "./support/kring";

// Issue #22 ("Done means"): an administrator adds an entry to the joint offer and a coordinator
// picks it as a plan action; a leisure leader enrols a child with a guardian's consent and
// records a session.

const announced = (page: Page, text: string | RegExp) =>
  page.getByRole("status").getByText(text).waitFor();

/** Picks an option of a Mantine select (an input that opens a listbox). */
async function choose(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

describe("the joint offer", () => {
  const kring = useKring();

  it("lets an administrator add an entry that a coordinator picks as a plan action", async () => {
    const admin = await kring.openPage();
    await logIn(admin, "admin");
    await admin.getByRole("link", { name: "Insatser och aktiviteter" }).first().click();
    await expect.poll(() => mainHeading(admin), HEADING_WAIT).toBe("Insatser och aktiviteter");
    await admin.getByRole("button", { name: "Lägg till i utbudet" }).click();
    const form = admin.getByRole("group", { name: "Ny insats eller aktivitet" });
    await choose(
      admin,
      form.getByLabel(/^Verksamhet som erbjuder/),
      "Individ- och familjeomsorgen",
    );
    await form.getByRole("textbox", { name: /^Namn/ }).fill("Familjestöd i hemmet");
    await choose(admin, form.getByLabel("Form", { exact: true }), "Individuell");
    await form.getByLabel("Från ålder").fill("0");
    await form.getByLabel("Till ålder").fill("12");
    // A multi-select's input lies under its pills' box, which takes the click.
    await form.locator(".mantine-MultiSelect-input").click();
    await admin.getByRole("option", { name: "Föräldraskap", exact: true }).click();
    await admin.keyboard.press("Escape");
    await form.getByRole("textbox", { name: "Kontakt" }).fill("Familjeenheten, 090-16 30 20");
    await expectAccessible(admin, "adding an entry to the offer");
    await form.getByRole("button", { name: "Spara" }).click();
    await announced(admin, "Sparat.");
    // Found by need: the new entry and the parent-support group, not the swimming school.
    const search = admin.getByRole("region", { name: "Sök i utbudet" });
    await choose(admin, search.getByLabel("Behov", { exact: true }), "Föräldraskap");
    await admin.getByRole("link", { name: "Familjestöd i hemmet" }).waitFor();
    await admin.getByRole("link", { name: "Föräldrastödsgrupp ABC och Komet" }).waitFor();
    expect(await admin.getByRole("link", { name: "Simskola för nyanlända barn" }).count()).toBe(0);
    await expectAccessible(admin, "the offer searched by need");
    const entry = await kring
      .db()
      .selectFrom("offer_entry")
      .select("id")
      .where("name", "=", "Familjestöd i hemmet")
      .executeTakeFirstOrThrow();

    const coordinator = await kring.openPage();
    await logIn(coordinator, "samordnare");
    const res = await coordinator.request.get("/api/cases");
    const { cases } = (await res.json()) as { cases: { id: string; stage: string }[] };
    const caseId = cases.find((c) => c.stage === "network_meeting_1")!.id;
    await coordinator.goto(`/cases/${caseId}/plan`);
    await choose(
      coordinator,
      coordinator.getByLabel("Välj ur insatser och aktiviteter").first(),
      "Familjestöd i hemmet (Individ- och familjeomsorgen)",
    );
    expect(
      await coordinator.getByRole("textbox", { name: "Åtgärd", exact: true }).first().inputValue(),
    ).toBe("Familjestöd i hemmet");
    await expectAccessible(coordinator, "the plan editor with an action from the offer");
    await coordinator.getByRole("button", { name: "Spara utkastet" }).click();
    await announced(coordinator, "Utkastet är sparat.");
    const plan = await coordinator.request.get(`/api/cases/${caseId}/plan`);
    expect(JSON.stringify(await plan.json())).toContain(`"offerEntryId":"${entry.id}"`);

    // The keeper changes the entry and later stops offering it; plans that chose it keep it.
    await admin.getByRole("link", { name: "Familjestöd i hemmet" }).click();
    await expect.poll(() => mainHeading(admin), HEADING_WAIT).toBe("Familjestöd i hemmet");
    await admin.getByRole("button", { name: "Ändra uppgifterna" }).click();
    const change = admin.getByRole("group", { name: "Ändra" });
    await change.getByRole("textbox", { name: "Kontakt" }).fill("Familjeenheten, 090-16 30 99");
    await change.getByRole("checkbox", { name: "Erbjuds nu" }).uncheck();
    await expectAccessible(admin, "changing an entry of the offer");
    await change.getByRole("button", { name: "Spara" }).click();
    await announced(admin, "Sparat.");
    await admin.getByText("Erbjuds inte längre").waitFor();
    await admin.getByText("Familjeenheten, 090-16 30 99").waitFor();
    const changed = await kring
      .db()
      .selectFrom("offer_entry")
      .select(["active", "contact"])
      .where("id", "=", entry.id)
      .executeTakeFirstOrThrow();
    expect(changed).toEqual({ active: false, contact: "Familjeenheten, 090-16 30 99" });
  });

  it("lets a leisure leader enrol a child with consent and record a session", async () => {
    const child = await kring
      .db()
      .selectFrom("child as c")
      .innerJoin("child_unit as cu", "cu.child_id", "c.id")
      .innerJoin("unit as u", "u.id", "cu.unit_id")
      .select(["c.id", "c.personal_number", "c.given_name", "c.family_name"])
      .where("u.name", "=", "Mariehemskolan")
      .where("c.protected_identity", "=", false)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("offer_participant as p")
              .select("p.id")
              .whereRef("p.child_id", "=", "c.id"),
          ),
        ),
      )
      .orderBy("c.personal_number")
      .executeTakeFirstOrThrow();
    const name = `${child.given_name} ${child.family_name}`;
    const page = await kring.openPage();
    await logIn(page, "fritid.mariehem");
    await page.goto("/offer");
    await page.getByRole("link", { name: DEMO_HOMEWORK_CLUB }).click();
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe(DEMO_HOMEWORK_CLUB);
    await expectAccessible(page, "a leisure activity with participants and sessions");

    const enrol = page.getByRole("region", { name: "Anmäl ett barn" });
    await enrol.getByRole("textbox", { name: "Barnets personnummer" }).fill(child.personal_number);
    await enrol.getByRole("button", { name: "Hitta barnet" }).click();
    await enrol.getByText(new RegExp(`^${name}, född \\d{4}$`)).waitFor();
    await enrol
      .getByRole("textbox", { name: /^Vårdnadshavare som samtycker/ })
      .fill("Vårdnadshavaren (skriftlig blankett)");
    await expectAccessible(page, "enrolling a child with consent");
    await enrol.getByRole("button", { name: "Anmäl med samtycke" }).click();
    await announced(page, `${name} är anmäld.`);
    const participants = page.getByRole("region", { name: "Deltagare" });
    await participants
      .getByText(new RegExp(`^${name} \\(\\d{4}\\)\\. Samtycke: Vårdnadshavaren`))
      .waitFor();

    const sessions = page.getByRole("region", { name: "Tillfällen" });
    await sessions.getByRole("textbox", { name: "Plats" }).fill("Gympasalen");
    await sessions.getByRole("button", { name: "Lägg till tillfälle" }).click();
    await announced(page, "Tillfället är tillagt.");
    await sessions.getByText(/, Gympasalen$/).waitFor();
    // The newest session comes first; the new child is present, the others not marked present.
    const first = sessions.getByRole("group", { name: /^Närvaro / }).first();
    await first.getByRole("checkbox", { name: `${name}: Närvarande` }).check();
    await first.getByRole("button", { name: "Spara närvaro" }).click();
    await announced(page, "Närvaron är sparad.");
    await sessions.getByText("1 närvarande, 4 frånvarande").waitFor();
    await expectAccessible(page, "the session with attendance recorded");
  });

  it("lets a leisure leader enrol from a suggestion, decline one, and end a participation", async () => {
    const db = kring.db();
    const entry = await db
      .selectFrom("offer_entry")
      .select(["id", "tenant_id"])
      .where("name", "=", DEMO_HOMEWORK_CLUB)
      .executeTakeFirstOrThrow();
    // Two pupils of the school the attendance team suggested (as from the staircase page).
    const pupils = await db
      .selectFrom("child as c")
      .innerJoin("child_unit as cu", "cu.child_id", "c.id")
      .innerJoin("unit as u", "u.id", "cu.unit_id")
      .select(["c.id", "c.given_name", "c.family_name"])
      .where("u.name", "=", "Mariehemskolan")
      .where("c.protected_identity", "=", false)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("offer_participant as p")
              .select("p.id")
              .whereRef("p.child_id", "=", "c.id")
              .where("p.entry_id", "=", entry.id),
          ),
        ),
      )
      .orderBy("c.personal_number", "desc")
      .limit(2)
      .execute();
    expect(pupils).toHaveLength(2);
    await db
      .insertInto("offer_suggestion")
      .values(
        pupils.map((c) => ({
          tenant_id: entry.tenant_id,
          entry_id: entry.id,
          child_id: c.id,
          note: "Vårdnadshavaren vill bli kontaktad.",
        })),
      )
      .execute();
    const [taken, declined] = pupils.map((c) => `${c.given_name} ${c.family_name}`);
    const page = await kring.openPage();
    await logIn(page, "fritid.mariehem");
    await page.goto(`/offer/${entry.id}`);
    await expect.poll(() => mainHeading(page), HEADING_WAIT).toBe(DEMO_HOMEWORK_CLUB);

    await page.getByRole("button", { name: `Anmäl ${taken}` }).click();
    const enrol = page.getByRole("region", { name: `Anmäl ${taken} från förslaget` });
    await enrol.getByRole("textbox", { name: /^Vårdnadshavare som samtycker/ }).fill("Mamma");
    await expectAccessible(page, "enrolling a child from a suggestion");
    await enrol.getByRole("button", { name: "Anmäl med samtycke" }).click();
    await announced(page, `${taken} är anmäld.`);
    // Declining says why, for the attendance team that suggested it.
    await page.getByRole("button", { name: `Avböj förslaget för ${declined}` }).click();
    const decline = page.getByRole("form", { name: `Avböj förslaget för ${declined}` });
    await decline.getByRole("radio", { name: "Familjen tackade nej" }).check();
    await decline
      .getByRole("textbox", { name: /^Några ord till närvaroteamet/ })
      .fill("Pappa vill vänta till vårterminen.");
    await expectAccessible(page, "declining a suggestion with a reason");
    await decline.getByRole("button", { name: "Avböj förslaget", exact: true }).click();
    await announced(page, `Förslaget för ${declined} är avböjt.`);
    await expect.poll(() => page.getByText("Förslag från närvaroteamet").count()).toBe(0);
    const handled = await db
      .selectFrom("offer_suggestion")
      .select(["child_id", "outcome", "decline_reason", "decline_note"])
      .where("entry_id", "=", entry.id)
      .where(
        "child_id",
        "in",
        pupils.map((c) => c.id),
      )
      .execute();
    expect(Object.fromEntries(handled.map((h) => [h.child_id, h.outcome]))).toEqual({
      [pupils[0]!.id]: "enrolled",
      [pupils[1]!.id]: "declined",
    });
    expect(handled.find((h) => h.outcome === "declined")).toMatchObject({
      decline_reason: "family_declined",
      decline_note: "Pappa vill vänta till vårterminen.",
    });

    await page.getByRole("button", { name: `Avsluta deltagandet för ${taken}` }).click();
    const lastDay = page.getByRole("textbox", { name: `Sista dag för ${taken}` });
    await lastDay.fill("2026-12-01");
    await expectAccessible(page, "ending a participation");
    await page.getByRole("button", { name: "Avsluta deltagandet", exact: true }).click();
    await announced(page, `Deltagandet för ${taken} är avslutat.`);
    const ended = await db
      .selectFrom("offer_participant")
      .select("ended_on")
      .where("entry_id", "=", entry.id)
      .where("child_id", "=", pupils[0]!.id)
      .executeTakeFirstOrThrow();
    expect(String(ended.ended_on).slice(0, 10)).toBe("2026-12-01");

    // The school sees the answer on the pupil's staircase page, where it suggested the activity.
    const principal = await kring.openPage();
    await logIn(principal, "rektor.mariehem");
    await principal.goto(`/attendance/pupils/${pupils[1]!.id}`);
    const answers = principal.getByRole("region", { name: "Föreslå en aktivitet" });
    await answers.getByText("avböjd: familjen tackade nej.").waitFor(HEADING_WAIT);
    await answers.getByText("Pappa vill vänta till vårterminen.").waitFor();
    await expectAccessible(principal, "the answered suggestion on the staircase page");
  });

  it("lets an administrator add a need tag that the search then offers", async () => {
    const admin = await kring.openPage();
    await logIn(admin, "admin");
    await admin.goto("/offer");
    await expect.poll(() => mainHeading(admin), HEADING_WAIT).toBe("Insatser och aktiviteter");
    await admin.getByRole("button", { name: "Ändra behoven" }).click();
    const needs = admin.getByRole("region", { name: "Behov att söka på" });
    const before = await needs.getByRole("textbox", { name: /\(svenska\)/ }).count();
    await needs.getByRole("button", { name: "Lägg till ett behov" }).click();
    await needs
      .getByRole("textbox", { name: `Behov ${before + 1} (svenska)` })
      .fill("Läxhjälp och studiero");
    await expectAccessible(admin, "editing the need tags");
    await needs.getByRole("button", { name: "Spara behoven" }).click();
    await announced(admin, "Behoven är sparade.");
    const search = admin.getByRole("region", { name: "Sök i utbudet" });
    await choose(admin, search.getByLabel("Behov", { exact: true }), "Läxhjälp och studiero");
    const row = await kring
      .db()
      .selectFrom("offer_need_tag")
      .select(["code", "label_en"])
      .where("label_sv", "=", "Läxhjälp och studiero")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ code: "laxhjalp_och_studiero", label_en: "Läxhjälp och studiero" });
  });
});
