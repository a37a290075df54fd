// The meetings a guardian (or the child) is invited to, with their own invitation to download:
// coming meetings, moved ones marked as moved, and cancelled ones with the reason, so that the
// family learns of a change where they look (issue 19.5).
import type { Kysely, Transaction } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";
import { invitationMessage } from "../cases/meeting-invitation";
import { type FamilyChild, guardFamilyChild } from "./family-access";
import { familyAudit } from "./family-actor";

type Trx = Transaction<Database>;

/** The family invitee rows that are the actor's own for this child. */
function ownInvitations(trx: Trx, actor: Actor, child: FamilyChild) {
  return trx
    .selectFrom("meeting_family_invitee as f")
    .innerJoin("meeting as m", "m.id", "f.meeting_id")
    .innerJoin("cases as c", "c.id", "m.case_id")
    .where("f.tenant_id", "=", actor.tenantId)
    .where("c.child_id", "=", child.id)
    .where((eb) =>
      actor.kind === "child"
        ? eb("f.party_kind", "=", "child")
        : eb("f.guardian_id", "=", child.guardian_id ?? "00000000-0000-0000-0000-000000000000"),
    );
}

/** From a day ago on: a meeting cancelled this morning still shows, as cancelled. */
export async function familyMeetings(trx: Trx, actor: Actor, child: FamilyChild) {
  const rows = await ownInvitations(trx, actor, child)
    .select([
      "m.id",
      "m.kind",
      "m.starts_at",
      "m.ends_at",
      "m.place",
      "m.video_link",
      "m.status",
      "m.cancel_reason",
      "m.moved_at",
    ])
    .where("m.status", "in", ["planned", "cancelled"])
    .where("m.starts_at", ">", new Date(Date.now() - 86_400_000))
    .orderBy("m.starts_at")
    .execute();
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    startsAt: m.starts_at.toISOString(),
    endsAt: m.ends_at.toISOString(),
    place: m.place,
    digital: !!m.video_link,
    status: m.status,
    cancelReason: m.cancel_reason,
    moved: m.moved_at !== null,
  }));
}

/** The guardian's (or the child's) own invitation: REQUEST, or CANCEL once cancelled. */
export async function familyInvitation(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  meetingId: string,
) {
  return db.transaction().execute(async (trx) => {
    const child = await guardFamilyChild(trx, actor, childId);
    const own = await ownInvitations(trx, actor, child)
      .select("f.id")
      .where("m.id", "=", meetingId)
      .executeTakeFirst();
    if (!own) throw notFound("invitation");
    // No reader of a protected child's place (ADR 0016) here: the family view shows it, the
    // file that may be forwarded does not.
    const message = await invitationMessage(
      trx,
      actor.tenantId,
      meetingId,
      { kind: "family", familyInviteeId: own.id },
      { kind: "reader" },
    );
    await familyAudit(trx, actor, "family.meeting_invitation", childId, { meetingId });
    return message;
  });
}
