import { sql } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { saveConcernGuide } from "../features/concern-guide/concern-guide.service";
import { DEFAULT_CONCERN_GUIDE } from "../features/concern-guide/concern-guide-defaults";
import { createEarlySupport } from "../features/early-support/early-support.service";
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
  const admin = await demoActor(db, tenantId, "admin");
  await saveConcernGuide(db, admin, {
    ...DEFAULT_CONCERN_GUIDE,
    contacts:
      "Socialtjänstens mottagning i Kringby: 0123-45 60 00, vardagar 8–17.\nOrosanmälan via e-tjänsten på kringby.example/orosanmalan.\nEfter kontorstid: socialjouren via 112.",
  });
}
