import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";

const nameOf = (c: { given_name: string; family_name: string }) =>
  `${c.given_name} ${c.family_name}`;
const yearOf = (birthDate: string) => Number(birthDate.slice(0, 4));

/** An entry's current participants, sessions with attendance, and open suggestions. */
export async function readActivity(
  db: Kysely<Database>,
  tenantId: string,
  entryId: string,
  withSuggestions: boolean,
) {
  const participants = await db
    .selectFrom("offer_participant as p")
    .innerJoin("child as c", "c.id", "p.child_id")
    .select(["p.id", "p.child_id", "p.consent_given_by", "p.consent_method", "p.consent_on"])
    .select(["c.given_name", "c.family_name", "c.birth_date"])
    .where("p.tenant_id", "=", tenantId)
    .where("p.entry_id", "=", entryId)
    .where("p.ended_on", "is", null)
    .orderBy("c.given_name")
    .orderBy("c.family_name")
    .execute();
  const sessions = await db
    .selectFrom("offer_session")
    .select(["id", "held_on", "starts_at", "ends_at", "place"])
    .where("tenant_id", "=", tenantId)
    .where("entry_id", "=", entryId)
    .orderBy("held_on", "desc")
    .orderBy("starts_at", "desc")
    .execute();
  const marks = sessions.length
    ? await db
        .selectFrom("offer_attendance")
        .select(["session_id", "participant_id", "present"])
        .where(
          "session_id",
          "in",
          sessions.map((s) => s.id),
        )
        .execute()
    : [];
  const suggestions = withSuggestions
    ? await db
        .selectFrom("offer_suggestion as s")
        .innerJoin("child as c", "c.id", "s.child_id")
        .leftJoin("app_user as u", "u.id", "s.suggested_by")
        .select(["s.id", "s.child_id", "s.note", "s.suggested_at", "u.display_name"])
        .select(["c.given_name", "c.family_name", "c.birth_date"])
        .where("s.tenant_id", "=", tenantId)
        .where("s.entry_id", "=", entryId)
        .where("s.handled_at", "is", null)
        .orderBy("s.suggested_at")
        .execute()
    : [];
  return {
    participants: participants.map((p) => ({
      id: p.id,
      childId: p.child_id,
      name: nameOf(p),
      birthYear: yearOf(p.birth_date),
      consentGivenBy: p.consent_given_by,
      consentMethod: p.consent_method,
      consentOn: p.consent_on,
    })),
    sessions: sessions.map((s) => {
      const own = marks.filter((m) => m.session_id === s.id);
      return {
        id: s.id,
        heldOn: s.held_on,
        startsAt: s.starts_at,
        endsAt: s.ends_at,
        place: s.place,
        present: own.filter((m) => m.present).length,
        absent: own.filter((m) => !m.present).length,
        attendance: own.map((m) => ({ participantId: m.participant_id, present: m.present })),
      };
    }),
    suggestions: suggestions.map((s) => ({
      id: s.id,
      childId: s.child_id,
      name: nameOf(s),
      birthYear: yearOf(s.birth_date),
      note: s.note,
      suggestedAt: s.suggested_at.toISOString(),
      suggestedBy: s.display_name,
    })),
  };
}
