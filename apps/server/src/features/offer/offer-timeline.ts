import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";

/**
 * The child's leisure participation for the outcomes timeline, beside school attendance. The
 * caller has checked that the reader may see the child's outcomes and audits the read.
 */
export async function leisureOf(db: Kysely<Database>, tenantId: string, childId: string) {
  const rows = await db
    .selectFrom("offer_participant as p")
    .innerJoin("offer_entry as e", "e.id", "p.entry_id")
    .select(["p.id", "e.name", "p.consent_on", "p.enrolled_at", "p.ended_on"])
    .where("p.tenant_id", "=", tenantId)
    .where("p.child_id", "=", childId)
    .orderBy("p.enrolled_at")
    .execute();
  const marks = rows.length
    ? await db
        .selectFrom("offer_attendance as a")
        .innerJoin("offer_session as s", "s.id", "a.session_id")
        .select(["a.participant_id", "s.held_on", "a.present"])
        .where(
          "a.participant_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("s.held_on")
        .execute()
    : [];
  return rows.map((r) => ({
    entryName: r.name,
    from: r.consent_on,
    to: r.ended_on,
    sessions: marks
      .filter((m) => m.participant_id === r.id)
      .map((m) => ({ heldOn: m.held_on, present: m.present })),
  }));
}
