// A case that ends takes its planned meetings with it: they are cancelled, not left standing in
// everyone's "Kommande möten". The invitees are told through their worklist (cancelled-meeting
// notices) and the meeting's calendar invitation, which now says CANCELLED.
import type { Transaction } from "kysely";
import { MEETING_KIND_LABELS, type MeetingKind } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import type { CaseRow } from "./case-guard";
import { recordCaseEvent } from "./case-state.repository";
import { noticeInvitees } from "./meeting-notices";

/** Cancels every planned meeting of the case; returns how many. */
export async function cancelPlannedMeetings(
  trx: Transaction<Database>,
  actor: Actor,
  row: CaseRow,
  version: number,
): Promise<number> {
  const cancelled = await trx
    .updateTable("meeting")
    .set((eb) => ({
      status: "cancelled",
      version: eb("version", "+", 1),
      // A calendar replaces the meeting only when the cancellation's SEQUENCE is higher.
      sequence: eb("sequence", "+", 1),
      cancel_reason: "Ärendet är avslutat.",
      cancelled_at: new Date(),
      cancelled_by: actor.userId,
    }))
    .where("tenant_id", "=", actor.tenantId)
    .where("case_id", "=", row.id)
    .where("status", "=", "planned")
    .returning(["id", "kind", "starts_at"])
    .execute();
  for (const m of cancelled) {
    await noticeInvitees(trx, actor, m.id, "cancelled", m.starts_at);
    await recordCaseEvent(
      trx,
      actor,
      row.id,
      version,
      "meeting_cancelled",
      `${MEETING_KIND_LABELS[m.kind as MeetingKind].sv} inställt`,
    );
    await recordAudit(trx, actor, {
      action: "meeting.cancel",
      entityType: "meeting",
      entityId: m.id,
      childId: row.child_id,
      details: { caseId: row.id, kind: m.kind, because: "case_closed" },
    });
  }
  return cancelled.length;
}
