import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/db/schema";
import { type MeetingParticipant, invitationMessage } from "../cases/meeting-invitation";
import { enqueueMail } from "./outbox";

// Meeting invitations by e-mail (issue 19.5): each invitee of an upcoming meeting, and of one
// cancelled lately, gets the calendar invitation as it stands (features/cases/meeting-invitation,
// iTIP REQUEST or CANCEL) once per version of the meeting: the key holds the meeting's SEQUENCE,
// so a move or a cancellation sends again and nothing else does. The e-mail's words name no one;
// the .ics is the invitee's own, names no child and keeps typed reasons in Kring (channel "email").

const WORDS = {
  REQUEST: {
    subject: "Kring: kallelse till möte",
    text: "Du är kallad till ett möte. Kallelsen finns som kalenderfil i det här meddelandet; mer finns i Kring.\n",
  },
  CANCEL: {
    subject: "Kring: ett möte är inställt",
    text: "Ett möte du var kallad till är inställt. Kalenderfilen i det här meddelandet tar bort det ur din kalender.\n",
  },
};

export async function produceMeetingInvitations(db: Kysely<Database>) {
  const meetings = await db
    .selectFrom("meeting")
    .select(["id", "tenant_id", "sequence"])
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "planned"), eb("starts_at", ">", sql<Date>`now()`)]),
        eb.and([
          eb("status", "=", "cancelled"),
          eb("cancelled_at", ">", sql<Date>`now() - interval '2 days'`),
        ]),
      ]),
    )
    .execute();
  // What was already queued is not built again: most looks find nothing new.
  const queued = new Set(
    (
      await db
        .selectFrom("mail_outbox")
        .select("dedupe_key")
        .where("dedupe_key", "like", "meeting:%")
        .where("created_at", ">", sql<Date>`now() - interval '1 year'`)
        .execute()
    ).map((r) => r.dedupe_key),
  );
  let n = 0;
  for (const m of meetings) {
    const members = await db
      .selectFrom("meeting_invitee")
      .select("case_member_id")
      .where("meeting_id", "=", m.id)
      .execute();
    const family = await db
      .selectFrom("meeting_family_invitee")
      .select("id")
      .where("meeting_id", "=", m.id)
      .execute();
    const participants: [string, MeetingParticipant][] = [
      ...members.map((i): [string, MeetingParticipant] => [
        i.case_member_id,
        { kind: "member", memberId: i.case_member_id },
      ]),
      ...family.map((f): [string, MeetingParticipant] => [
        f.id,
        { kind: "family", familyInviteeId: f.id },
      ]),
    ];
    for (const [key, participant] of participants) {
      const dedupeKey = `meeting:${m.id}:${m.sequence}:${key}`;
      if (queued.has(dedupeKey)) continue;
      const message = await invitationMessage(db, m.tenant_id, m.id, participant, {
        kind: "email",
      });
      if (!message.email) continue;
      if (
        await enqueueMail(db, {
          tenantId: m.tenant_id,
          userId: null,
          dedupeKey,
          to: message.email,
          ...WORDS[message.method],
          attachments: [
            {
              filename: message.filename,
              contentType: `text/calendar; charset=utf-8; method=${message.method}`,
              content: message.ics,
            },
          ],
        })
      )
        n++;
    }
  }
  return n;
}
