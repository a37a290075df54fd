import { sql } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { saveConcernGuide } from "../features/concern-guide/concern-guide.service";
import { DEFAULT_CONCERN_GUIDE } from "../features/concern-guide/concern-guide-defaults";
import { recordLaterSharing } from "../features/early-support/early-support-sharing";
import { createEarlySupport } from "../features/early-support/early-support.service";
import { DEMO_CASES } from "./demo-cases.data";
import { demoActor } from "./demo-actor";
import type { DemoContext } from "./seed-demo";

// Issue 22: the parent advisor's early support (one follow-up due this week), a Mariehem child
// with social services and student health around them but no plan, for the Barnets bästa lead's
// overview, and Kringby's own texts of "När du känner oro".

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoEarlySupport(ctx: DemoContext) {
  const { db, tenantId, unitIds } = ctx;
  const today = stockholmDate(ctx.today);
  // Two pupils of Mariehemskolan without a case, in the order of their serials.
  const pupils = await db
    .selectFrom("child as ch")
    .innerJoin("child_unit as cu", "cu.child_id", "ch.id")
    .select("ch.id")
    .where("ch.tenant_id", "=", tenantId)
    .where("cu.unit_id", "=", unitIds.get("mariehem-school")!)
    .where("ch.protected_identity", "=", false)
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom("cases").select("id").whereRef("cases.child_id", "=", "ch.id")),
      ),
    )
    .orderBy(sql`substring(ch.personal_number from 9 for 3)`)
    .limit(2)
    .execute();
  const [first, second] = pupils.map((p) => p.id) as [string, string];
  const advisor = await demoActor(db, tenantId, "foraldraradgivare");
  const nurse = await demoActor(db, tenantId, "skolskoterska.mariehem");
  const consent = (givenBy: string) => ({
    givenBy,
    method: "oral" as const,
    on: addDays(today, -20),
  });
  await createEarlySupport(db, advisor, {
    childId: first,
    unitId: unitIds.get("ifo")!,
    consent: consent("Mamma och pappa, vid första samtalet"),
    about: "Föräldrarna känner sig osäkra på hur de ska sätta gränser kring skärm och sömn.",
    protectiveFactors: ["Spelar fotboll i Kringby IF", "Nära relation till mormor"],
    riskFactors: ["Sena kvällar", "Trött i skolan"],
    agreed: "Föräldrasamtal varannan vecka. Mamma provar fasta läggtider.",
    followUpOn: addDays(today, 2),
    note: "Första samtalet med båda föräldrarna. De vill ha stöd och ville att det skrivs in.",
  });
  await createEarlySupport(db, advisor, {
    childId: second,
    unitId: unitIds.get("ifo")!,
    consent: consent("Pappa"),
    about: "Pappa vill ha råd om hur han kan stötta barnet efter separationen.",
    protectiveFactors: ["Trivs på fritidsgården"],
    riskFactors: [],
    agreed: "Två samtal till, sedan stämmer vi av.",
    followUpOn: addDays(today, 21),
    note: "",
  });
  // The school nurse sees the same child for headaches: two units around the child, no plan.
  await createEarlySupport(db, nurse, {
    childId: first,
    unitId: unitIds.get("mariehem-eht")!,
    consent: consent("Mamma, i telefon"),
    about: "Återkommande huvudvärk och magont på morgnarna.",
    protectiveFactors: ["Bra kontakt med mentorn"],
    riskFactors: ["Frånvaro på måndagar"],
    agreed: "Hälsosamtal och kontakt med vårdnadshavare om sömnen.",
    followUpOn: addDays(today, 10),
    note: "",
  });
  await sharedWithCase(ctx);
  const admin = await demoActor(db, tenantId, "admin");
  await saveConcernGuide(db, admin, {
    ...DEFAULT_CONCERN_GUIDE,
    contacts:
      "Socialtjänstens mottagning i Kringby: 0123-45 60 00, vardagar 8–17.\nOrosanmälan via e-tjänsten på kringby.example/orosanmalan.\nEfter kontorstid: socialjouren via 112.",
  });
}

/** What the Ersboda school nurse's early support was about (the browser walk finds it by this). */
export const DEMO_SHARED_EARLY_SUPPORT = "Svårt att sova och orkar inte med skoldagen.";

/**
 * Ersboda's school nurse gave early support before the school raised the request that is now
 * the case with coordinators appointed; the family agreed afterwards that the case's network may
 * read it, which the nurse recorded. The coordinators see it under "Tidigt stöd före ärendet".
 */
async function sharedWithCase(ctx: DemoContext) {
  const { db, tenantId, unitIds } = ctx;
  const spec = DEMO_CASES.find((c) => c.stage === "coordinators_appointed")!;
  const children = await db
    .selectFrom("child")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .orderBy(sql`substring(personal_number from 9 for 3)`)
    .execute();
  const childId = children[spec.childIndex]!.id;
  const theCase = await db
    .selectFrom("cases")
    .select(["id", "requested_at"])
    .where("child_id", "=", childId)
    .where("stage", "=", "coordinators_appointed")
    .executeTakeFirstOrThrow();
  const nurse = await demoActor(db, tenantId, `skolskoterska.${spec.area}`);
  const before = stockholmDate(new Date(theCase.requested_at.getTime() - 30 * 86_400_000));
  const id = await createEarlySupport(db, nurse, {
    childId,
    unitId: unitIds.get(`${spec.area}-eht`)!,
    consent: { givenBy: "Mamma, vid hälsosamtalet", method: "oral", on: before },
    about: DEMO_SHARED_EARLY_SUPPORT,
    protectiveFactors: ["Trygg med sin mentor", "Tycker om att rita"],
    riskFactors: ["Sover dåligt", "Magont på morgnarna"],
    agreed: "Hälsosamtal varannan vecka och kvällsrutiner hemma.",
    followUpOn: null,
    note: "Mamma berättar att det blivit svårare sedan hösten. Vi kom överens om att skolan gör en förfrågan om samverkan.",
  });
  // The request was raised by the mentor before early support could be linked from the form:
  // the link is written as the request route writes it, and the family's word recorded after.
  await db
    .updateTable("early_support_contact")
    .set({
      status: "request_raised",
      case_id: theCase.id,
      closed_reason: "Förfrågan om samverkan gjord",
      closed_by: nurse.userId,
      closed_at: theCase.requested_at,
    })
    .where("id", "=", id)
    .execute();
  // Dated as given: a month before the request (as seed-demo-cases dates the requests).
  await sql`update early_support_contact set created_at = ${`${before}T09:00:00Z`}::timestamptz
    where id = ${id}`.execute(db);
  await sql`update early_support_note set noted_on = ${before}::date where contact_id = ${id}`.execute(
    db,
  );
  await recordLaterSharing(db, nurse, id, {
    agreedBy: "Mamma och pappa, vid samtal efter förfrågan",
  });
}
