import type { Kysely } from "kysely";
import type { CreateSessionRequest, RecordAttendanceRequest } from "@kring/contracts";
import type { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit, recordAudits } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, notFound } from "../../platform/http/errors";
import { guardRun } from "./offer.policy";

export async function createSession(
  db: Kysely<Database>,
  actor: Actor,
  entryId: string,
  b: z.infer<typeof CreateSessionRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const entry = await guardRun(trx, actor, entryId);
    if (!entry.leisure)
      throw new AppError(
        409,
        "not_leisure",
        "Bara fritidsaktiviteter har tillfällen.",
        "Only leisure activities have sessions.",
      );
    const row = await trx
      .insertInto("offer_session")
      .values({
        tenant_id: actor.tenantId,
        entry_id: entryId,
        held_on: b.heldOn,
        starts_at: b.startsAt,
        ends_at: b.endsAt,
        place: b.place,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "offer.session_create",
      entityType: "offer_session",
      entityId: row.id,
      details: { entryId, heldOn: b.heldOn },
    });
    return row.id;
  });
}

/** Present or absent per participant; a second recording of the same session corrects it. */
export async function recordAttendance(
  db: Kysely<Database>,
  actor: Actor,
  entryId: string,
  sessionId: string,
  b: z.infer<typeof RecordAttendanceRequest>,
) {
  await db.transaction().execute(async (trx) => {
    await guardRun(trx, actor, entryId);
    const session = await trx
      .selectFrom("offer_session")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("entry_id", "=", entryId)
      .where("id", "=", sessionId)
      .executeTakeFirst();
    if (!session) throw notFound("session");
    const wanted = [...new Set(b.attendance.map((a) => a.participantId))];
    const participants = await trx
      .selectFrom("offer_participant")
      .select(["id", "child_id"])
      .where("entry_id", "=", entryId)
      .where("id", "in", wanted)
      .execute();
    if (participants.length !== wanted.length)
      throw badRequest(
        "unknown_reference",
        "En deltagare finns inte i aktiviteten.",
        "A participant is not in the activity.",
      );
    const childOf = new Map(participants.map((p) => [p.id, p.child_id]));
    for (const a of b.attendance) {
      const values = { present: a.present, recorded_by: actor.userId, recorded_at: new Date() };
      await trx
        .insertInto("offer_attendance")
        .values({
          session_id: sessionId,
          participant_id: a.participantId,
          tenant_id: actor.tenantId,
          child_id: childOf.get(a.participantId)!,
          ...values,
        })
        .onConflict((oc) => oc.columns(["session_id", "participant_id"]).doUpdateSet(values))
        .execute();
    }
    await recordAudits(
      trx,
      actor,
      participants.map((p) => ({
        action: "offer.attendance_record",
        entityType: "offer_session",
        entityId: sessionId,
        childId: p.child_id,
        details: { entryId },
      })),
    );
  });
}
