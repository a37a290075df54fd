import { ACTIVE_STAGES } from "@kring/domain/cases";
import { recordAudit } from "../platform/audit/audit";
import { getCase } from "../features/cases/cases.service";
import { grantEmergencyAccess } from "../features/cases/emergency.service";
import { demoActor } from "./demo-actor";
import type { DemoContext } from "./seed-demo";

/**
 * Something for the demo's log reviewer (`logggranskare`) to look at, one finding per rule:
 * an emergency access with a read under it, reads of a protected-identity child, a mentor who
 * opened 25 pupils' records within minutes, a teacher who read a child of another school, and a
 * refused attempt. The reads are written as their routes write them (the routes themselves
 * would refuse some of them today, which is the point of a review).
 */
export async function seedDemoLogReview(ctx: DemoContext) {
  const { db, tenantId, unitIds } = ctx;
  const as = (username: string) => demoActor(db, tenantId, username);
  const read = (userId: string, childId: string, action = "child.read") =>
    db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { tenantId, userId },
        {
          action,
          entityType: "child",
          entityId: childId,
          childId,
        },
      ),
    );
  const pupils = (unitKey: string) =>
    db
      .selectFrom("child_unit as cu")
      .innerJoin("child as ch", "ch.id", "cu.child_id")
      .select(["ch.id", "ch.protected_identity"])
      .where("cu.unit_id", "=", unitIds.get(unitKey)!)
      .orderBy("ch.personal_number")
      .execute();

  // Emergency access: the principal in Holmsund to a running case in Mariehem, and a read under it.
  const principal = await as("rektor.holmsund");
  const running = await db
    .selectFrom("cases")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("stage", "in", [...ACTIVE_STAGES])
    .where("raised_by_unit_id", "=", unitIds.get("mariehem-school")!)
    .orderBy("requested_at")
    .executeTakeFirst();
  if (running) {
    await grantEmergencyAccess(db, principal, running.id, {
      category: "urgent_protection",
      reason: "Polisen ringde om barnet en kväll; behövde veta vilka som är kontaktpersoner.",
    });
    await getCase(db, principal, running.id);
  }

  // The school nurse in Mariehem opens a protected-identity pupil's record twice.
  const nurse = await as("skolskoterska.mariehem");
  const mariehem = await pupils("mariehem-school");
  const hidden = mariehem.find((c) => c.protected_identity) ?? mariehem[0];
  if (hidden) for (let i = 0; i < 2; i++) await read(nurse.userId, hidden.id);

  // A mentor opens 25 different pupils' records within minutes (all the area's schools).
  const mentor = await as("mentor2.ersboda");
  const everyone = [
    ...(await pupils("ersboda-school")),
    ...mariehem,
    ...(await pupils("holmsund-school")),
    ...(await pupils("teg-school")),
  ];
  for (const child of everyone.slice(0, 25)) await read(mentor.userId, child.id);

  // A teacher in Teg reads a Mariehem pupil: no network, no unit, no emergency.
  const teg = await as("mentor.teg");
  if (mariehem[1]) await read(teg.userId, mariehem[1].id);

  // A refused attempt, as the refusal hook writes it.
  const leisure = await as("fritid.mariehem");
  if (running)
    await db.transaction().execute(async (trx) => {
      const { child_id } = await trx
        .selectFrom("cases")
        .select("child_id")
        .where("id", "=", running.id)
        .executeTakeFirstOrThrow();
      await recordAudit(trx, leisure, {
        action: "access.refused",
        entityType: "route",
        entityId: running.id,
        childId: child_id,
        details: { method: "GET", route: "/api/cases/:id", code: "forbidden" },
      });
    });
}
