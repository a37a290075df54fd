// Corrections of the minutes of a held meeting: each is a new, dated version beside the record
// as held, with who corrected it and why. Nothing of the old text is overwritten.
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { MinutesCorrectionRequest } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, forbidden } from "../../platform/http/errors";
import { guardCase, mayRunMeeting } from "./case-guard";
import { recordCaseEvent } from "./case-state.repository";
import { loadMeeting } from "./meeting-detail.repository";

export async function correctMinutes(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: z.infer<typeof MinutesCorrectionRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    const meeting = await loadMeeting(trx, guarded, meetingId);
    if (!mayRunMeeting(guarded, meeting.kind)) throw forbidden();
    if (meeting.status !== "held")
      throw new AppError(
        409,
        "meeting_not_held",
        "Bara protokollet från ett hållet möte rättas. Ett planerat möte ändras direkt.",
        "Only the minutes of a held meeting are corrected. A planned meeting is edited directly.",
      );
    const row = await trx
      .insertInto("meeting_minutes_correction")
      .values({
        tenant_id: actor.tenantId,
        meeting_id: meetingId,
        minutes: input.minutes,
        decisions: JSON.stringify(input.decisions),
        child_voice: input.childVoice,
        reason: input.reason,
        corrected_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "minutes_corrected",
      "Protokoll rättat",
    );
    await recordAudit(trx, actor, {
      action: "meeting.correct_minutes",
      entityType: "meeting",
      entityId: meetingId,
      childId: guarded.row.child_id,
      reason: input.reason,
      details: { caseId, correctionId: row.id },
    });
    return loadMeeting(trx, guarded, meetingId);
  });
}
