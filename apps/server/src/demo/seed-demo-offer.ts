import { addDays, stockholmDate } from "@kring/domain/cases";
import { createEntry } from "../features/offer/offer-entry.service";
import { declineSuggestion, enrolChild } from "../features/offer/offer-participants.service";
import { suggestActivity } from "../features/offer/offer-suggestions.service";
import { createSession, recordAttendance } from "../features/offer/offer-sessions.service";
import { demoActor } from "./demo-actor";
import type { DemoContext } from "./seed-demo";

// Issue #22: Kringby's joint offer (insatskatalog), kept by the administrator and by the
// organisations themselves, and one leisure activity running with children enrolled on their
// guardians' consent, sessions and attendance. Everything goes through the services.

interface DemoEntry {
  by: string;
  unit: string;
  name: string;
  description: string;
  kind: "individual" | "group" | "universal";
  leisure?: boolean;
  ages: [number | null, number | null];
  needs: string[];
  area?: string;
  howToGet: string;
  contact: string;
}

/** The parent-support group plans choose from the offer (demo-plan-content.ts). */
export const DEMO_PARENT_GROUP = "Föräldrastödsgrupp ABC och Komet";
export const DEMO_HOMEWORK_CLUB = "Läxhjälp och mellanmål på Fritidsgården Mariehem";

const ENTRIES: DemoEntry[] = [
  {
    by: "fritid.mariehem",
    unit: "mariehem-leisure",
    name: DEMO_HOMEWORK_CLUB,
    description: "Gratis mellanmål och läxhjälp direkt efter skolan, tisdagar och torsdagar.",
    kind: "group",
    leisure: true,
    ages: [9, 15],
    needs: ["learning", "leisure", "school_attendance"],
    area: "Mariehem",
    howToGet: "Barnet kommer förbi; vårdnadshavare lämnar samtycke till fritidsledaren.",
    contact: "Fritidsgården Mariehem, 090-16 10 01",
  },
  {
    by: "fritid.ersboda",
    unit: "ersboda-leisure",
    name: "Fritidsgården Ersboda, öppen verksamhet",
    description: "Öppet kvällar med fritidsledare, fältare och aktiviteter som unga väljer.",
    kind: "universal",
    ages: [12, 18],
    needs: ["leisure", "social_skills", "crime_prevention"],
    area: "Ersboda",
    howToGet: "Öppet för alla, ingen anmälan.",
    contact: "Fritidsgården Ersboda, 090-16 10 02",
  },
  {
    by: "admin",
    unit: "administration",
    name: "Simskola för nyanlända barn",
    description: "Kommunens simskola i små grupper, med tolk vid behov.",
    kind: "group",
    ages: [6, 12],
    needs: ["physical_activity", "language"],
    howToGet: "Anmälan via skolans mentor eller badhusets kassa.",
    contact: "Kringbybadet, 090-16 20 00",
  },
  {
    by: "admin",
    unit: "ifo",
    name: DEMO_PARENT_GROUP,
    description: "Föräldrastöd i grupp: ABC för föräldrar till barn 3-12 år, Komet för 6-12 år.",
    kind: "group",
    ages: [3, 12],
    needs: ["parenting"],
    howToGet: "Föräldern anmäler sig själv, eller via föräldrarådgivaren.",
    contact: "Fia Föräldrarådgivare, Individ- och familjeomsorgen, 090-16 30 00",
  },
  {
    by: "admin",
    unit: "bup",
    name: "BUP-gruppbehandling vid oro och nedstämdhet",
    description: "KBT i grupp, åtta träffar, för barn med lindrig till måttlig ångest.",
    kind: "group",
    ages: [10, 17],
    needs: ["mental_health"],
    howToGet: "Remiss från elevhälsan eller vårdcentralen; bedömning på BUP först.",
    contact: "BUP Kringland, mottagningen, 090-17 00 00",
  },
  {
    by: "polis",
    unit: "police",
    name: "Polisens samtalsgrupp för unga",
    description: "Samtal i grupp om val, kamrater och konsekvenser, tillsammans med fältare.",
    kind: "group",
    ages: [13, 17],
    needs: ["crime_prevention", "social_skills"],
    howToGet: "Via socialtjänsten eller skolan, med vårdnadshavares samtycke.",
    contact: "Kommunpolisen Kringby, 114 14",
  },
  {
    by: "forening",
    unit: "club",
    name: "Kringby IF fotboll, prova-på",
    description: "Fotbollsträning två gånger i veckan; utrustning finns att låna, ingen avgift.",
    kind: "group",
    leisure: true,
    ages: [7, 15],
    needs: ["physical_activity", "leisure", "social_skills"],
    howToGet: "Kom till träningen eller ring tränaren; vårdnadshavare lämnar samtycke.",
    contact: "Frida Förening, Kringby IF, 070-555 12 34",
  },
  {
    by: "admin",
    unit: "administration",
    name: "Bibliotekets läsgrupp",
    description: "Läsgrupp med bibliotekarie efter skolan; läsa, prata och låna böcker.",
    kind: "group",
    ages: [8, 12],
    needs: ["language", "learning"],
    area: "Teg",
    howToGet: "Ingen anmälan, kom till Tegs bibliotek på onsdagar.",
    contact: "Tegs bibliotek, 090-16 40 00",
  },
  {
    by: "admin",
    unit: "central-eht",
    name: "Studieverkstad med speciallärare",
    description: "Individuellt stöd i studieteknik och planering, på skolan.",
    kind: "individual",
    ages: [10, 16],
    needs: ["learning", "neuropsychiatric"],
    howToGet: "Via elevhälsoteamet på elevens skola.",
    contact: "Central elevhälsa, 090-16 50 00",
  },
  {
    by: "foraldraradgivare",
    unit: "ifo",
    name: "Föräldrarådgivare på skolan",
    description: "Tidigt stöd till barn och föräldrar med fokus på skyddsfaktorer.",
    kind: "individual",
    ages: [6, 16],
    needs: ["parenting", "school_attendance"],
    howToGet: "Kontakta föräldrarådgivaren direkt, eller via mentorn.",
    contact: "Fia Föräldrarådgivare, 090-16 30 10",
  },
  {
    by: "admin",
    unit: "vc",
    name: "Samtalsstöd på vårdcentralen",
    description: "Korta samtalsbehandlingar med kurator för unga.",
    kind: "individual",
    ages: [13, 18],
    needs: ["mental_health"],
    howToGet: "Ring vårdcentralen eller sök via 1177.",
    contact: "Vårdcentralen Kringby, 090-17 10 00",
  },
  {
    by: "admin",
    unit: "administration",
    name: "Kulturskolans öppna ateljé",
    description: "Måla, spela och skapa direkt efter skolan, utan avgift.",
    kind: "universal",
    ages: [7, 16],
    needs: ["leisure"],
    howToGet: "Öppet för alla, ingen anmälan.",
    contact: "Kulturskolan Kringby, 090-16 60 00",
  },
];

export async function seedDemoOffer(ctx: DemoContext) {
  const { db, tenantId } = ctx;
  const areas = await db
    .selectFrom("area")
    .select(["id", "name"])
    .where("tenant_id", "=", tenantId)
    .execute();
  const ids = new Map<string, string>();
  for (const e of ENTRIES) {
    const actor = await demoActor(db, tenantId, e.by);
    const id = await createEntry(db, actor, {
      unitId: ctx.unitIds.get(e.unit)!,
      name: e.name,
      description: e.description,
      kind: e.kind,
      leisure: e.leisure ?? false,
      ageFrom: e.ages[0],
      ageTo: e.ages[1],
      needs: e.needs,
      areaId: e.area ? areas.find((a) => a.name === e.area)!.id : null,
      howToGet: e.howToGet,
      contact: e.contact,
    });
    ids.set(e.name, id);
  }
  await runHomeworkClub(ctx, ids.get(DEMO_HOMEWORK_CLUB)!);
  await declinedSuggestion(ctx, ids.get(DEMO_HOMEWORK_CLUB)!);
}

/**
 * Mariehem's principal suggested the homework club for a pupil from the staircase page; the
 * leisure leader declined it, as the pupil already goes to football on those afternoons. The
 * answer shows on the pupil's staircase page. The pupil is the first by personal number who does
 * not take part, so the browser walk of suggestions (which takes the last ones) stays apart.
 */
async function declinedSuggestion(ctx: DemoContext, entryId: string) {
  const { db, tenantId } = ctx;
  const pupil = await db
    .selectFrom("child as c")
    .innerJoin("child_unit as cu", "cu.child_id", "c.id")
    .select("c.id")
    .where("cu.unit_id", "=", ctx.unitIds.get("mariehem-school")!)
    .where("c.protected_identity", "=", false)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("offer_participant as p")
            .select("p.id")
            .whereRef("p.child_id", "=", "c.id")
            .where("p.entry_id", "=", entryId),
        ),
      ),
    )
    .orderBy("c.personal_number")
    .executeTakeFirstOrThrow();
  const principal = await demoActor(db, tenantId, "rektor.mariehem");
  const suggestionId = await suggestActivity(db, principal, pupil.id, {
    entryId,
    note: "Behöver lugn plats för läxorna efter skolan.",
    guardianAgreed: true,
  });
  const leader = await demoActor(db, tenantId, "fritid.mariehem");
  await declineSuggestion(db, leader, entryId, suggestionId, {
    reason: "other_activity",
    note: "Tränar fotboll i Kringby IF samma eftermiddagar.",
  });
}

/** Four Mariehem pupils take part, each with a guardian's written consent; three sessions held. */
async function runHomeworkClub(ctx: DemoContext, entryId: string) {
  const { db, tenantId } = ctx;
  const leader = await demoActor(db, tenantId, "fritid.mariehem");
  const pupils = await db
    .selectFrom("child_unit as cu")
    .innerJoin("child as c", "c.id", "cu.child_id")
    .select(["c.id"])
    .select((eb) =>
      eb
        .selectFrom("child_guardian as cg")
        .innerJoin("guardian as g", "g.id", "cg.guardian_id")
        .select((g) => g.fn.min("g.given_name").as("n"))
        .whereRef("cg.child_id", "=", "c.id")
        .as("guardian"),
    )
    .select(["c.family_name"])
    .where("cu.unit_id", "=", ctx.unitIds.get("mariehem-school")!)
    .where("cu.school_year", ">=", 3)
    .where("c.protected_identity", "=", false)
    .orderBy("c.birth_date")
    .limit(4)
    .execute();
  const today = stockholmDate(ctx.today);
  const participants: string[] = [];
  for (const p of pupils)
    participants.push(
      await enrolChild(db, leader, entryId, {
        childId: p.id,
        consentGivenBy: `${p.guardian ?? "Vårdnadshavare"} ${p.family_name} (vårdnadshavare)`,
        consentMethod: "written",
        consentOn: addDays(today, -30),
      }),
    );
  for (const [i, daysAgo] of [21, 14, 7].entries()) {
    const session = await createSession(db, leader, entryId, {
      heldOn: addDays(today, -daysAgo),
      startsAt: "14:30",
      endsAt: "16:30",
      place: "Fritidsgården Mariehem, stora rummet",
    });
    await recordAttendance(db, leader, entryId, session, {
      // One pupil misses the second session, as children do.
      attendance: participants.map((id, j) => ({
        participantId: id,
        present: !(i === 1 && j === 0),
      })),
    });
  }
}
