import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type {
  EarlySupportChange,
  EarlySupportClose,
  EarlySupportNoteInput,
  NewEarlySupport,
} from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, conflict, forbidden, notFound } from "../../platform/http/errors";
import { EARLY_SUPPORT_ROLES, teamContacts } from "./early-support.policy";

const uniqueTags = (tags: string[]) => JSON.stringify([...new Set(tags)]);

/** Records an early-support contact for a unit where the actor is in the early-support team. */
export async function createEarlySupport(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof NewEarlySupport>,
) {
  const membership = actor.memberships.find(
    (m) => m.unitId === input.unitId && EARLY_SUPPORT_ROLES.includes(m.role),
  );
  if (actor.kind !== "professional" || !membership) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const child = await trx
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", input.childId)
      .executeTakeFirst();
    if (!child)
      throw badRequest("unknown_child", "Barnet finns inte.", "The child does not exist.");
    const row = await trx
      .insertInto("early_support_contact")
      .values({
        tenant_id: actor.tenantId,
        child_id: input.childId,
        unit_id: input.unitId,
        recorded_by: actor.userId,
        recorded_role: membership.role,
        consent_given_by: input.consent.givenBy,
        consent_method: input.consent.method,
        consent_on: input.consent.on,
        about: input.about,
        protective_factors: uniqueTags(input.protectiveFactors),
        risk_factors: uniqueTags(input.riskFactors),
        agreed: input.agreed,
        follow_up_on: input.followUpOn,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (input.note)
      await insertNote(
        trx,
        actor,
        { id: row.id, childId: input.childId },
        stockholmDate(new Date()),
        input.note,
      );
    await recordAudit(trx, actor, {
      action: "early_support.create",
      entityType: "early_support",
      entityId: row.id,
      childId: input.childId,
      details: { consentMethod: input.consent.method, followUp: !!input.followUpOn },
    });
    return row.id;
  });
}

/** The contact, if the actor may change it (the team); refused when it is no longer open. */
export async function guardTeamContact(
  trx: Transaction<Database>,
  actor: Actor,
  id: string,
  { open = true } = {},
) {
  const row = await trx
    .selectFrom("early_support_contact as e")
    .selectAll("e")
    .where("e.id", "=", id)
    .where(teamContacts(actor))
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound("early-support contact");
  if (open && row.status !== "open")
    throw conflict(
      "Kontakten är avslutad och kan bara läsas.",
      "The contact is closed and read-only.",
    );
  return row;
}

async function insertNote(
  trx: Transaction<Database>,
  actor: Actor,
  contact: { id: string; childId: string },
  on: string,
  body: string,
) {
  await trx
    .insertInto("early_support_note")
    .values({
      tenant_id: actor.tenantId,
      contact_id: contact.id,
      child_id: contact.childId,
      noted_on: on,
      body,
      recorded_by: actor.userId,
    })
    .execute();
}

export async function changeEarlySupport(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: z.infer<typeof EarlySupportChange>,
) {
  await db.transaction().execute(async (trx) => {
    const row = await guardTeamContact(trx, actor, id);
    await trx
      .updateTable("early_support_contact")
      .set({
        ...(input.about !== undefined ? { about: input.about } : {}),
        ...(input.protectiveFactors
          ? { protective_factors: uniqueTags(input.protectiveFactors) }
          : {}),
        ...(input.riskFactors ? { risk_factors: uniqueTags(input.riskFactors) } : {}),
        ...(input.agreed !== undefined ? { agreed: input.agreed } : {}),
        ...(input.followUpOn !== undefined ? { follow_up_on: input.followUpOn } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "early_support.update",
      entityType: "early_support",
      entityId: id,
      childId: row.child_id,
      details: { fields: Object.keys(input) },
    });
  });
}

export async function addEarlySupportNote(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: z.infer<typeof EarlySupportNoteInput>,
) {
  await db.transaction().execute(async (trx) => {
    const row = await guardTeamContact(trx, actor, id);
    await insertNote(
      trx,
      actor,
      { id, childId: row.child_id },
      input.on ?? stockholmDate(new Date()),
      input.body,
    );
    await trx
      .updateTable("early_support_contact")
      .set({ updated_at: new Date() })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "early_support.note",
      entityType: "early_support",
      entityId: id,
      childId: row.child_id,
    });
  });
}

/** Closes the contact with a short reason: the support is done, or the family said no more. */
export async function closeEarlySupport(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: z.infer<typeof EarlySupportClose>,
) {
  await db.transaction().execute(async (trx) => {
    const row = await guardTeamContact(trx, actor, id);
    await trx
      .updateTable("early_support_contact")
      .set({
        status: "closed",
        closed_reason: input.reason,
        closed_by: actor.userId,
        closed_at: new Date(),
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "early_support.close",
      entityType: "early_support",
      entityId: id,
      childId: row.child_id,
    });
  });
}
