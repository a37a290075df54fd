import type { Kysely } from "kysely";
import type { DeclineSuggestionRequest, EnrolRequest } from "@kring/contracts";
import type { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, conflict, notFound } from "../../platform/http/errors";
import { guardRun, type EntryRow } from "./offer.policy";
import { stockholmDate } from "@kring/domain/cases";

type Enrol = z.infer<typeof EnrolRequest>;

/** Only group and leisure entries have participants; an individual or universal one does not. */
function requireParticipants(entry: EntryRow) {
  if (!entry.active)
    throw conflict("Insatsen erbjuds inte längre.", "The entry is no longer offered.");
  if (!entry.leisure && entry.kind !== "group")
    throw new AppError(
      409,
      "no_participants",
      "Bara gruppinsatser och fritidsaktiviteter har deltagare.",
      "Only group entries and leisure activities have participants.",
    );
}

/**
 * Enrols a child with a guardian's consent (who consented, how, when): the schema refuses an
 * enrolment without it. The staff of the offering unit enrol; the child may have come as a
 * suggestion from the attendance team, which is then marked as handled.
 */
export async function enrolChild(db: Kysely<Database>, actor: Actor, entryId: string, b: Enrol) {
  return db.transaction().execute(async (trx) => {
    const entry = await guardRun(trx, actor, entryId);
    requireParticipants(entry);
    const child = await trx
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", b.childId)
      .executeTakeFirst();
    if (!child) throw badRequest("unknown_reference", "Barnet finns inte.", "Unknown child.");
    const already = await trx
      .selectFrom("offer_participant")
      .select("id")
      .where("entry_id", "=", entryId)
      .where("child_id", "=", b.childId)
      .where("ended_on", "is", null)
      .executeTakeFirst();
    if (already)
      throw conflict("Barnet är redan anmält till aktiviteten.", "The child is already enrolled.");
    const row = await trx
      .insertInto("offer_participant")
      .values({
        tenant_id: actor.tenantId,
        entry_id: entryId,
        child_id: b.childId,
        consent_given_by: b.consentGivenBy,
        consent_method: b.consentMethod,
        consent_on: b.consentOn,
        enrolled_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (b.suggestionId) await handleSuggestion(trx, actor, entryId, b.suggestionId, "enrolled");
    await recordAudit(trx, actor, {
      action: "offer.enrol",
      entityType: "offer_participant",
      entityId: row.id,
      childId: b.childId,
      details: { entryId, consentMethod: b.consentMethod },
    });
    return row.id;
  });
}

/** The child stops taking part; the participation and its attendance stay on record. */
export async function endParticipation(
  db: Kysely<Database>,
  actor: Actor,
  entryId: string,
  participantId: string,
  endedOn?: string,
) {
  const today = stockholmDate(new Date());
  if (endedOn && endedOn > today)
    throw badRequest(
      "invalid_date",
      "Slutdatumet kan inte ligga i framtiden.",
      "The end date cannot be in the future.",
    );
  await db.transaction().execute(async (trx) => {
    await guardRun(trx, actor, entryId);
    const row = await trx
      .updateTable("offer_participant")
      .set({ ended_on: endedOn ?? today, ended_by: actor.userId })
      .where("tenant_id", "=", actor.tenantId)
      .where("entry_id", "=", entryId)
      .where("id", "=", participantId)
      .where("ended_on", "is", null)
      .returning("child_id")
      .executeTakeFirst();
    if (!row) throw notFound("participant");
    await recordAudit(trx, actor, {
      action: "offer.end_participation",
      entityType: "offer_participant",
      entityId: participantId,
      childId: row.child_id,
      details: { entryId },
    });
  });
}

type Decline = z.infer<typeof DeclineSuggestionRequest>;

/** Marks an open suggestion handled; used by enrolment and by declining (with its reason). */
async function handleSuggestion(
  trx: Kysely<Database>,
  actor: Actor,
  entryId: string,
  suggestionId: string,
  outcome: "enrolled" | "declined",
  decline?: Decline,
) {
  const row = await trx
    .updateTable("offer_suggestion")
    .set({
      handled_at: new Date(),
      handled_by: actor.userId,
      outcome,
      decline_reason: decline?.reason ?? null,
      decline_note: decline?.note ?? "",
    })
    .where("tenant_id", "=", actor.tenantId)
    .where("entry_id", "=", entryId)
    .where("id", "=", suggestionId)
    .where("handled_at", "is", null)
    .returning("child_id")
    .executeTakeFirst();
  if (!row) throw notFound("suggestion");
  return row.child_id;
}

/**
 * The activity's staff decline a suggestion with a reason from the list (and a few words if they
 * like), which the attendance team then sees on the pupil's staircase page. The audit keeps the
 * reason's code only: the free text may name the family.
 */
export async function declineSuggestion(
  db: Kysely<Database>,
  actor: Actor,
  entryId: string,
  suggestionId: string,
  decline: Decline,
) {
  await db.transaction().execute(async (trx) => {
    await guardRun(trx, actor, entryId);
    const childId = await handleSuggestion(trx, actor, entryId, suggestionId, "declined", decline);
    await recordAudit(trx, actor, {
      action: "offer.suggestion_declined",
      entityType: "offer_suggestion",
      entityId: suggestionId,
      childId,
      details: { entryId, reason: decline.reason },
    });
  });
}
