import { type Kysely, sql } from "kysely";
import type { OfferEntrySummary } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { needTags } from "./offer-needs";
import { keptUnitIds, mayKeep, requireOfferReader } from "./offer.policy";

export interface OfferFilter {
  need?: string;
  age?: number;
  areaId?: string;
  kind?: "individual" | "group" | "universal";
  leisure?: "true" | "false";
  q?: string;
}

/** The entries with their unit, organisation, area and how many take part now. */
export function entryQuery(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom("offer_entry as e")
    .innerJoin("unit as u", "u.id", "e.unit_id")
    .innerJoin("organisation as o", "o.id", "u.organisation_id")
    .leftJoin("area as a", "a.id", "e.area_id")
    .selectAll("e")
    .select(["u.name as unit_name", "o.name as organisation_name", "a.name as area_name"])
    .select((eb) =>
      eb
        .selectFrom("offer_participant as p")
        .select(eb.fn.countAll<string>().as("n"))
        .whereRef("p.entry_id", "=", "e.id")
        .where("p.ended_on", "is", null)
        .as("participant_count"),
    )
    .where("e.tenant_id", "=", tenantId);
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof entryQuery>["execute"]>>[number];

export function toSummary(actor: Actor, e: EntryRow): OfferEntrySummary {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    kind: e.kind,
    leisure: e.leisure,
    unitId: e.unit_id,
    unitName: e.unit_name,
    organisationName: e.organisation_name,
    ageFrom: e.age_from,
    ageTo: e.age_to,
    needs: e.needs as string[],
    areaId: e.area_id,
    areaName: e.area_name,
    howToGet: e.how_to_get,
    contact: e.contact,
    active: e.active,
    mayEdit: mayKeep(actor, e.unit_id),
    participantCount: Number(e.participant_count ?? 0),
  };
}

/**
 * "Insatser och aktiviteter": the offer by need, age and area for every professional. An entry
 * for the whole municipality (no area) matches every area. Inactive entries only for keepers.
 */
export async function searchOffer(db: Kysely<Database>, actor: Actor, f: OfferFilter) {
  requireOfferReader(actor);
  let q = entryQuery(db, actor.tenantId);
  if (f.need) q = q.where(sql<boolean>`e.needs @> ${JSON.stringify([f.need])}::jsonb`);
  if (f.age !== undefined)
    q = q
      .where((eb) => eb.or([eb("e.age_from", "is", null), eb("e.age_from", "<=", f.age!)]))
      .where((eb) => eb.or([eb("e.age_to", "is", null), eb("e.age_to", ">=", f.age!)]));
  if (f.areaId)
    q = q.where((eb) => eb.or([eb("e.area_id", "is", null), eb("e.area_id", "=", f.areaId!)]));
  if (f.kind) q = q.where("e.kind", "=", f.kind);
  if (f.leisure) q = q.where("e.leisure", "=", f.leisure === "true");
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb("e.name", "ilike", like),
        eb("e.description", "ilike", like),
        eb("u.name", "ilike", like),
      ]),
    );
  }
  const rows = await q.orderBy("e.name").execute();
  const entries = rows
    .filter((e) => e.active || mayKeep(actor, e.unit_id))
    .map((e) => toSummary(actor, e));
  const areas = await db
    .selectFrom("area")
    .select(["id", "name"])
    .where("tenant_id", "=", actor.tenantId)
    .orderBy("name")
    .execute();
  const kept = keptUnitIds(actor);
  let units = db
    .selectFrom("unit")
    .select(["id", "name"])
    .where("tenant_id", "=", actor.tenantId)
    .orderBy("name");
  if (kept !== null)
    units = kept.length ? units.where("id", "in", kept) : units.where(sql<boolean>`false`);
  return {
    entries,
    needs: await needTags(db, actor.tenantId),
    areas,
    unitsToKeep: await units.execute(),
  };
}
