import type { Kysely } from "kysely";
import { OFFER_KEEPER_ROLES } from "@kring/domain/offer";
import { type Actor, careUnitIds, hasRole, unitIdsWithRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";

// Who does what with the joint offer (ADR 0042):
// - every professional finds and reads the offer (entries hold no one's personal data);
// - the administrator keeps every entry; a keeper (OFFER_KEEPER_ROLES) keeps their own unit's;
// - the offering unit's staff in a care role run its activities: they see the participants by
//   name, enrol children with a guardian's consent, hold sessions and record attendance;
// - everyone else sees a participant by name only where they may see the child anyway, and a
//   count otherwise. An administrator never sees a participant's name as administrator.

export function requireOfferReader(actor: Actor) {
  if (actor.kind !== "professional") throw forbidden();
}

export const keepsAll = (actor: Actor) => hasRole(actor, "administrator");

/** The units whose entries the actor may change; null: every unit (the administrator). */
export function keptUnitIds(actor: Actor): string[] | null {
  if (keepsAll(actor)) return null;
  return unitIdsWithRole(actor, ...OFFER_KEEPER_ROLES);
}

export function mayKeep(actor: Actor, unitId: string): boolean {
  const kept = keptUnitIds(actor);
  return kept === null || kept.includes(unitId);
}

export function mayRun(actor: Actor, unitId: string): boolean {
  return actor.kind === "professional" && careUnitIds(actor).includes(unitId);
}

export interface EntryRow {
  id: string;
  unit_id: string;
  name: string;
  kind: "individual" | "group" | "universal";
  leisure: boolean;
  active: boolean;
}

/** The entry in the actor's tenant, or 404. */
export async function loadEntry(db: Kysely<Database>, actor: Actor, entryId: string) {
  const row = await db
    .selectFrom("offer_entry")
    .select(["id", "unit_id", "name", "kind", "leisure", "active"])
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", entryId)
    .executeTakeFirst();
  if (!row) throw notFound("offer entry");
  return row;
}

/** Refuses unless the actor runs the entry's activity (its unit's staff). */
export async function guardRun(db: Kysely<Database>, actor: Actor, entryId: string) {
  requireOfferReader(actor);
  const entry = await loadEntry(db, actor, entryId);
  if (!mayRun(actor, entry.unit_id)) throw forbidden();
  return entry;
}
