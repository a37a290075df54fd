import { type Kysely, sql } from "kysely";
import { addDays } from "@kring/domain/attendance";
import type { Actor } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import { recordAuditPerChild } from "../../../platform/audit/audit-children";
import type { Database } from "../../../platform/db/schema";
import { badRequest, forbidden } from "../../../platform/http/errors";
import { accessConditions, guardPupil } from "../attendance-access";
import { whereaboutsVisible } from "../../children/child-whereabouts";

/** The notices of the last week of data: yesterday's forgotten call still shows. */
export const NOTICE_DAYS = 7;

/**
 * The guardian must be told the same day that a pupil was absent without valid reason
 * (Skollagen 7 kap. 17 §): the mentor's list of such days for their own pupils, with the
 * guardians to call and whether someone already has.
 */
export async function sameDayNotices(db: Kysely<Database>, actor: Actor) {
  if (actor.kind !== "professional") throw forbidden();
  return db.transaction().execute(async (trx) => {
    const mentorOf = accessConditions(actor, sql<string>`d.child_id`).mentor;
    const latest = await trx
      .selectFrom("attendance_day as d")
      .select((eb) => eb.fn.max("d.date").as("date"))
      .where("d.tenant_id", "=", actor.tenantId)
      .where(mentorOf)
      .executeTakeFirst();
    if (!latest?.date) return [];
    const rows = await trx
      .selectFrom("attendance_day as d")
      .innerJoin("child as c", "c.id", "d.child_id")
      .leftJoin("attendance_notice as n", (j) =>
        j.onRef("n.child_id", "=", "d.child_id").onRef("n.date", "=", "d.date"),
      )
      .select([
        "d.child_id",
        "d.date",
        "d.invalid_minutes",
        "c.given_name",
        "c.family_name",
        "c.protected_identity",
        "n.notified_at",
        "n.note",
      ])
      .where("d.tenant_id", "=", actor.tenantId)
      .where("d.invalid_minutes", ">", 0)
      .where("d.date", ">", addDays(latest.date, -NOTICE_DAYS))
      .where(mentorOf)
      .orderBy("d.date", "desc")
      .orderBy("c.family_name")
      .execute();
    const childIds = [...new Set(rows.map((r) => r.child_id))];
    const guardians = childIds.length
      ? await trx
          .selectFrom("child_guardian as cg")
          .innerJoin("guardian as g", "g.id", "cg.guardian_id")
          .select([
            "cg.child_id",
            "g.given_name",
            "g.family_name",
            "g.phone",
            "g.protected_identity",
          ])
          .where("cg.tenant_id", "=", actor.tenantId)
          .where("cg.child_id", "in", childIds)
          // Skollagen 7:17 speaks of the vårdnadshavare: those with custody (ADR 0044).
          .where("cg.custody", "=", true)
          .execute()
      : [];
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "attendance.notices_read",
        entityType: "attendance_notice",
        details: { pupils: childIds.length },
      },
      childIds,
    );
    // Protected identity (the child's or the guardian's own): the phone number only for the
    // child's network and intake, as in the child record (ADR 0016).
    const seesProtected = await whereaboutsVisible(
      trx,
      actor,
      childIds.map((id) => ({ id, protected_identity: true })),
    );
    return rows.map((r) => ({
      childId: r.child_id,
      childName: `${r.given_name} ${r.family_name}`,
      date: r.date,
      invalidMinutes: r.invalid_minutes,
      notifiedAt: r.notified_at?.toISOString() ?? null,
      note: r.note,
      guardians: guardians
        .filter((g) => g.child_id === r.child_id)
        .map((g) => ({
          name: `${g.given_name} ${g.family_name}`,
          phone:
            (g.protected_identity || r.protected_identity) && !seesProtected.has(r.child_id)
              ? null
              : g.phone,
        })),
    }));
  });
}

export async function markNotified(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  date: string,
  note?: string,
) {
  await db.transaction().execute(async (trx) => {
    if ((await guardPupil(trx, actor, childId)) !== "mentor") throw forbidden();
    const day = await trx
      .selectFrom("attendance_day")
      .select("invalid_minutes")
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .where("date", "=", date)
      .executeTakeFirst();
    if (!day || day.invalid_minutes === 0) {
      throw badRequest(
        "no_unexcused_absence",
        "Eleven har ingen ogiltig frånvaro den dagen.",
        "The pupil has no unexcused absence that day.",
      );
    }
    await trx
      .insertInto("attendance_notice")
      .values({
        tenant_id: actor.tenantId,
        child_id: childId,
        date,
        notified_at: new Date(),
        notified_by: actor.userId,
        note: note || null,
      })
      .onConflict((oc) => oc.columns(["tenant_id", "child_id", "date"]).doNothing())
      .execute();
    await recordAudit(trx, actor, {
      action: "attendance.notice_given",
      entityType: "attendance_notice",
      childId,
      details: { date, withNote: Boolean(note) },
    });
  });
}
