import type { Kysely } from "kysely";
import { createEvent, type EventAttributes } from "ics";
import { MEETING_KIND_LABELS, type MeetingKind } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";
import { whereaboutsVisible } from "../children/child-whereabouts";
import { guardCase } from "./case-guard";

/**
 * A calendar invitation (.ics) for one participant. It names no child: calendars are shared and
 * synced widely, so the invitation only says which kind of meeting and where to read more.
 */
export async function meetingInvitation(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
  memberId: string,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const meeting = await trx
      .selectFrom("meeting")
      .selectAll()
      .where("id", "=", meetingId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (!meeting) throw notFound("meeting");
    const invitee = await trx
      .selectFrom("meeting_invitee as i")
      .innerJoin("case_member as cm", "cm.id", "i.case_member_id")
      .leftJoin("app_user as u", "u.id", "cm.user_id")
      .select(["cm.person_name", "cm.email", "u.display_name", "u.email as user_email"])
      .where("i.meeting_id", "=", meetingId)
      .where("i.case_member_id", "=", memberId)
      .executeTakeFirst();
    if (!invitee) throw notFound("invitee");
    const child = await trx
      .selectFrom("child")
      .select(["id", "protected_identity"])
      .where("id", "=", guarded.row.child_id)
      .executeTakeFirstOrThrow();
    // A place can tell where a protected child lives or goes to school (ADR 0016).
    const showPlace = (await whereaboutsVisible(trx, actor, [child])).has(child.id);
    const title = `Kring: ${MEETING_KIND_LABELS[meeting.kind as MeetingKind].sv}`;
    const email = invitee.email ?? invitee.user_email;
    const event: EventAttributes = {
      uid: `${meeting.id}@kring`,
      start: meeting.starts_at.getTime(),
      end: meeting.ends_at.getTime(),
      title,
      description: `${title}. Dagordning och underlag finns i Kring.${meeting.video_link ? `\nVideolänk: ${meeting.video_link}` : ""}`,
      ...(meeting.place && showPlace ? { location: meeting.place } : {}),
      status: meeting.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
      productId: "kring/ics",
      ...(email
        ? {
            attendees: [
              { name: invitee.display_name ?? invitee.person_name ?? "", email, rsvp: true },
            ],
          }
        : {}),
    };
    const value = calendarFile(event, meeting.video_link);
    await recordAudit(trx, actor, {
      action: "meeting.invitation",
      entityType: "meeting",
      entityId: meetingId,
      childId: guarded.row.child_id,
      details: { memberId },
    });
    return value;
  });
}

/**
 * The .ics text. The ics package takes a URL property only in the shape it knows (a lower-case
 * DNS host: no IPv6 literal, no underscore); any other accepted video link still reaches the
 * invitee in the description, and the invitation is never refused for it.
 */
function calendarFile(event: EventAttributes, videoLink: string | null): string {
  if (videoLink) {
    const withUrl = createEvent({ ...event, url: videoLink });
    if (!withUrl.error && withUrl.value) return withUrl.value;
  }
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error("ics failed");
  return value;
}
