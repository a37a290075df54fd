import type { Kysely } from "kysely";
import type { SuggestActivityRequest } from "@kring/contracts";
import type { z } from "zod";
import { type Actor, careUnitIds } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { badRequest, conflict } from "../../platform/http/errors";
import { guardPupil } from "../attendance/attendance-access";
import { requireOfferReader } from "./offer.policy";

/**
 * From a pupil's staircase page: whoever works on the pupil's attendance suggests an activity of
 * the offer, once the guardian has agreed to be contacted by it (the schema requires saying so).
 * The activity's staff learn the child's name and the note, never the attendance behind it.
 */
export async function suggestActivity(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  b: z.infer<typeof SuggestActivityRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const basis = await guardPupil(trx, actor, childId);
    const entry = await trx
      .selectFrom("offer_entry")
      .select(["id", "leisure", "kind", "active"])
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", b.entryId)
      .executeTakeFirst();
    if (!entry || !entry.active || (!entry.leisure && entry.kind !== "group"))
      throw badRequest(
        "unknown_reference",
        "Aktiviteten finns inte eller tar inte emot deltagare.",
        "The activity does not exist or takes no participants.",
      );
    const open = await trx
      .selectFrom("offer_suggestion")
      .select("id")
      .where("entry_id", "=", b.entryId)
      .where("child_id", "=", childId)
      .where("handled_at", "is", null)
      .executeTakeFirst();
    if (open)
      throw conflict(
        "Aktiviteten är redan föreslagen för eleven.",
        "The activity is already suggested.",
      );
    const row = await trx
      .insertInto("offer_suggestion")
      .values({
        tenant_id: actor.tenantId,
        entry_id: b.entryId,
        child_id: childId,
        note: b.note,
        suggested_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "offer.suggest",
      entityType: "offer_suggestion",
      entityId: row.id,
      childId,
      details: { entryId: b.entryId, basis },
    });
    return row.id;
  });
}

/** The open suggestions for the activities of the units the actor works at. */
export async function openSuggestions(db: Kysely<Database>, actor: Actor) {
  requireOfferReader(actor);
  const units = careUnitIds(actor);
  return db.transaction().execute(async (trx) => {
    const rows = units.length
      ? await trx
          .selectFrom("offer_suggestion as s")
          .innerJoin("offer_entry as e", "e.id", "s.entry_id")
          .innerJoin("child as c", "c.id", "s.child_id")
          .select(["s.id", "s.entry_id", "e.name as entry_name", "s.child_id", "s.note"])
          .select(["s.suggested_at", "c.given_name", "c.family_name", "c.birth_date"])
          .where("s.tenant_id", "=", actor.tenantId)
          .where("s.handled_at", "is", null)
          .where("e.unit_id", "in", units)
          .orderBy("s.suggested_at")
          .execute()
      : [];
    await recordAuditPerChild(
      trx,
      actor,
      { action: "offer.suggestions_read", entityType: "offer_suggestion" },
      rows.map((r) => r.child_id),
    );
    return {
      suggestions: rows.map((r) => ({
        id: r.id,
        entryId: r.entry_id,
        entryName: r.entry_name,
        childId: r.child_id,
        name: `${r.given_name} ${r.family_name}`,
        birthYear: Number(r.birth_date.slice(0, 4)),
        note: r.note,
        suggestedAt: r.suggested_at.toISOString(),
      })),
    };
  });
}

/**
 * The pupil's suggestions, open and answered, for whoever sees the pupil's attendance (the
 * staircase page): the team learns whether the activity enrolled the child or why it declined.
 */
export async function pupilSuggestions(db: Kysely<Database>, actor: Actor, childId: string) {
  return db.transaction().execute(async (trx) => {
    const basis = await guardPupil(trx, actor, childId);
    const rows = await trx
      .selectFrom("offer_suggestion as s")
      .innerJoin("offer_entry as e", "e.id", "s.entry_id")
      .leftJoin("app_user as u", "u.id", "s.suggested_by")
      .select(["s.id", "s.entry_id", "e.name as entry_name", "s.note", "s.suggested_at"])
      .select(["u.display_name", "s.outcome", "s.handled_at", "s.decline_reason", "s.decline_note"])
      .where("s.tenant_id", "=", actor.tenantId)
      .where("s.child_id", "=", childId)
      .orderBy("s.suggested_at", "desc")
      .execute();
    await recordAudit(trx, actor, {
      action: "offer.pupil_suggestions_read",
      entityType: "offer_suggestion",
      childId,
      details: { basis, n: rows.length },
    });
    return {
      suggestions: rows.map((r) => ({
        id: r.id,
        entryId: r.entry_id,
        entryName: r.entry_name,
        note: r.note,
        suggestedAt: r.suggested_at.toISOString(),
        suggestedBy: r.display_name,
        outcome: r.outcome,
        handledAt: r.handled_at?.toISOString() ?? null,
        declineReason: r.decline_reason,
        declineNote: r.decline_note,
      })),
    };
  });
}
