import type { Kysely, Transaction } from "kysely";
import { MEETING_KIND_LABELS, type MeetingKind } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";
import { whereaboutsVisible } from "../children/child-whereabouts";
import { guardCase } from "./case-guard";
import { type CalendarAddress, meetingIcs } from "./meeting-ics";

type Trx = Transaction<Database>;

/** Whom an invitation is for: a network member, or a guardian or the child (family invitee). */
export type MeetingParticipant =
  { kind: "member"; memberId: string } | { kind: "family"; familyInviteeId: string };

export interface InvitationMessage {
  /** REQUEST while the meeting stands, CANCEL once it is cancelled (same UID, higher SEQUENCE). */
  method: "REQUEST" | "CANCEL";
  ics: string;
  /** Where an e-mail with the invitation would go; null when Kring knows no address. */
  email: string | null;
  filename: string;
}

/**
 * Where an invitation goes decides what it may hold. "reader": downloaded by someone signed in
 * whose access was checked; `showPlace` is false for a child with protected identity unless the
 * reader may see where the child is (ADR 0016); without it, as for e-mail. "email": it travels
 * and is stored outside Kring, so a protected child's meeting has no place and a cancellation's
 * typed reason (free text, which may name people) stays in Kring.
 */
export type InvitationChannel = { kind: "reader"; showPlace?: boolean } | { kind: "email" };

/**
 * The calendar invitation (iTIP, RFC 5546) of one participant of one meeting, as it stands now:
 * the one function the download routes and e-mail use. It names no child: calendars are shared
 * and synced widely, so it says which kind of meeting it is and where to read more. The caller
 * has checked access.
 */
export async function invitationMessage(
  trx: Trx | Kysely<Database>,
  tenantId: string,
  meetingId: string,
  participant: MeetingParticipant,
  channel: InvitationChannel,
): Promise<InvitationMessage> {
  const meeting = await trx
    .selectFrom("meeting as m")
    .innerJoin("cases as c", "c.id", "m.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .leftJoin("app_user as u", "u.id", "m.created_by")
    .select([
      "m.id",
      "m.kind",
      "m.starts_at",
      "m.ends_at",
      "m.place",
      "m.video_link",
      "m.status",
      "m.sequence",
      "m.cancel_reason",
      "u.display_name as organizer_name",
      "u.email as organizer_email",
      "child.protected_identity",
    ])
    .where("m.id", "=", meetingId)
    .where("m.tenant_id", "=", tenantId)
    .executeTakeFirst();
  if (!meeting) throw notFound("meeting");
  const attendee = await attendeeOf(trx, meetingId, participant);
  const placeShown =
    (channel.kind === "reader" ? channel.showPlace : undefined) ?? !meeting.protected_identity;
  const reason = !meeting.cancel_reason
    ? ""
    : channel.kind === "reader"
      ? ` Skäl: ${meeting.cancel_reason}`
      : " Skälet finns i Kring.";
  const title = `Kring: ${MEETING_KIND_LABELS[meeting.kind as MeetingKind].sv}`;
  const cancelled = meeting.status === "cancelled";
  const description = [
    cancelled
      ? `${title} är inställt.${reason}`
      : `${title}. Dagordning och underlag finns i Kring.`,
    ...(meeting.place && !placeShown ? ["Platsen finns i Kring."] : []),
    ...(meeting.video_link ? [`Videolänk: ${meeting.video_link}`] : []),
  ].join("\n");
  const organizer: CalendarAddress = {
    name: meeting.organizer_name ?? "Kring",
    email: meeting.organizer_email,
    id: meeting.id,
  };
  const method = cancelled ? "CANCEL" : "REQUEST";
  return {
    method,
    email: attendee.email,
    filename: cancelled ? "kring-mote-installt.ics" : "kring-mote.ics",
    ics: meetingIcs({
      method,
      uid: `${meeting.id}@kring`,
      sequence: meeting.sequence,
      stamp: new Date(),
      start: meeting.starts_at,
      end: meeting.ends_at,
      summary: cancelled ? `Inställt: ${title}` : title,
      description,
      location: placeShown ? meeting.place : null,
      url: meeting.video_link,
      organizer,
      attendee,
    }),
  };
}

async function attendeeOf(
  trx: Trx | Kysely<Database>,
  meetingId: string,
  participant: MeetingParticipant,
): Promise<CalendarAddress> {
  if (participant.kind === "member") {
    const row = await trx
      .selectFrom("meeting_invitee as i")
      .innerJoin("case_member as cm", "cm.id", "i.case_member_id")
      .leftJoin("app_user as u", "u.id", "cm.user_id")
      .select(["cm.id", "cm.person_name", "cm.email", "u.display_name", "u.email as user_email"])
      .where("i.meeting_id", "=", meetingId)
      .where("i.case_member_id", "=", participant.memberId)
      .executeTakeFirst();
    if (!row) throw notFound("invitee");
    return {
      name: row.display_name ?? row.person_name ?? "",
      email: row.email ?? row.user_email,
      id: row.id,
    };
  }
  const row = await trx
    .selectFrom("meeting_family_invitee as f")
    .innerJoin("meeting as m", "m.id", "f.meeting_id")
    .innerJoin("cases as c", "c.id", "m.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .leftJoin("guardian as g", "g.id", "f.guardian_id")
    .leftJoin("app_user as gu", "gu.id", "g.user_id")
    .leftJoin("app_user as cu", "cu.id", "child.user_id")
    .select([
      "f.id",
      "f.party_kind",
      "g.given_name as g_given",
      "g.family_name as g_family",
      "g.email as g_email",
      "gu.email as gu_email",
      "cu.email as cu_email",
    ])
    .where("f.meeting_id", "=", meetingId)
    .where("f.id", "=", participant.familyInviteeId)
    .executeTakeFirst();
  if (!row) throw notFound("invitee");
  // The child's own invitation names no one: the calendar it lands in may not be the child's.
  if (row.party_kind === "child") return { name: "Barnet", email: row.cu_email, id: row.id };
  return {
    name: `${row.g_given ?? ""} ${row.g_family ?? ""}`.trim(),
    email: row.g_email ?? row.gu_email,
    id: row.id,
  };
}

/** A network member's or a family invitee's invitation, downloaded from the meeting page. */
export async function meetingInvitation(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
  participant: MeetingParticipant,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const inCase = await trx
      .selectFrom("meeting")
      .select("id")
      .where("id", "=", meetingId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (!inCase) throw notFound("meeting");
    const child = await trx
      .selectFrom("child")
      .select(["id", "protected_identity"])
      .where("id", "=", guarded.row.child_id)
      .executeTakeFirstOrThrow();
    // A place can tell where a protected child lives or goes to school (ADR 0016).
    const showPlace = (await whereaboutsVisible(trx, actor, [child])).has(child.id);
    const message = await invitationMessage(trx, actor.tenantId, meetingId, participant, {
      kind: "reader",
      showPlace,
    });
    await recordAudit(trx, actor, {
      action: "meeting.invitation",
      entityType: "meeting",
      entityId: meetingId,
      childId: guarded.row.child_id,
      details: participant,
    });
    return message;
  });
}
