import type { Kysely } from "kysely";
import type {
  CreateOfferEntryRequest,
  OfferEntryDetail,
  UpdateOfferEntryRequest,
} from "@kring/contracts";
import type { z } from "zod";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { badRequest, forbidden, notFound } from "../../platform/http/errors";
import { visibleChildIds } from "../children/children.policy";
import { readActivity } from "./offer-activity.repository";
import { entryQuery, toSummary } from "./offer-search.service";
import { loadEntry, mayKeep, mayRun, requireOfferReader } from "./offer.policy";

type Create = z.infer<typeof CreateOfferEntryRequest>;
type Update = z.infer<typeof UpdateOfferEntryRequest>;

async function checkPlace(db: Kysely<Database>, tenantId: string, areaId: string | null) {
  if (!areaId) return;
  const area = await db
    .selectFrom("area")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", areaId)
    .executeTakeFirst();
  if (!area) throw badRequest("unknown_reference", "Området finns inte.", "Unknown area.");
}

const columns = (b: Partial<Create> & { active?: boolean }) => ({
  ...(b.name !== undefined && { name: b.name }),
  ...(b.description !== undefined && { description: b.description }),
  ...(b.kind !== undefined && { kind: b.kind }),
  ...(b.leisure !== undefined && { leisure: b.leisure }),
  ...(b.ageFrom !== undefined && { age_from: b.ageFrom }),
  ...(b.ageTo !== undefined && { age_to: b.ageTo }),
  ...(b.needs !== undefined && { needs: JSON.stringify([...new Set(b.needs)]) }),
  ...(b.areaId !== undefined && { area_id: b.areaId }),
  ...(b.howToGet !== undefined && { how_to_get: b.howToGet }),
  ...(b.contact !== undefined && { contact: b.contact }),
  ...(b.active !== undefined && { active: b.active }),
});

export async function createEntry(db: Kysely<Database>, actor: Actor, body: Create) {
  requireOfferReader(actor);
  return db.transaction().execute(async (trx) => {
    // Refused before the unit is looked up: a non-keeper learns nothing about unit ids.
    if (!mayKeep(actor, body.unitId)) throw forbidden();
    const unit = await trx
      .selectFrom("unit")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", body.unitId)
      .executeTakeFirst();
    if (!unit) throw badRequest("unknown_reference", "Enheten finns inte.", "Unknown unit.");
    await checkPlace(trx, actor.tenantId, body.areaId);
    const row = await trx
      .insertInto("offer_entry")
      .values({
        tenant_id: actor.tenantId,
        unit_id: body.unitId,
        name: body.name,
        kind: body.kind,
        age_from: body.ageFrom,
        age_to: body.ageTo,
        needs: "[]",
        area_id: body.areaId,
        updated_by: actor.userId,
        ...columns(body),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "offer.create",
      entityType: "offer_entry",
      entityId: row.id,
      details: { unitId: body.unitId, kind: body.kind, leisure: body.leisure },
    });
    return row.id;
  });
}

export async function updateEntry(db: Kysely<Database>, actor: Actor, id: string, body: Update) {
  requireOfferReader(actor);
  await db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, actor, id);
    if (!mayKeep(actor, entry.unit_id)) throw forbidden();
    if (body.areaId !== undefined) await checkPlace(trx, actor.tenantId, body.areaId);
    const current = await trx
      .selectFrom("offer_entry")
      .select(["age_from", "age_to"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const from = body.ageFrom !== undefined ? body.ageFrom : current.age_from;
    const to = body.ageTo !== undefined ? body.ageTo : current.age_to;
    if (from !== null && to !== null && from > to)
      throw badRequest("age_range", "Lägsta ålder är högre än högsta.", "ageFrom exceeds ageTo.");
    await trx
      .updateTable("offer_entry")
      .set({ ...columns(body), updated_by: actor.userId, updated_at: new Date() })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "offer.update",
      entityType: "offer_entry",
      entityId: id,
      details: { fields: Object.keys(body).filter((k) => body[k as keyof Update] !== undefined) },
    });
  });
}

/**
 * One entry with its activity: participants by name for the unit's staff and for those who may
 * see the child; the rest as a count. Every named child is audited.
 */
export async function entryDetail(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<OfferEntryDetail> {
  requireOfferReader(actor);
  return db.transaction().execute(async (trx) => {
    const row = await entryQuery(trx, actor.tenantId).where("e.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("offer entry");
    const summary = toSummary(actor, row);
    if (!row.active && !summary.mayEdit) throw notFound("offer entry");
    const runs = mayRun(actor, row.unit_id);
    const activity = await readActivity(trx, actor.tenantId, id, runs);
    const seen = runs
      ? new Set(activity.participants.map((p) => p.childId))
      : // Outside the activity, a participant is named where the actor may see the child anyway.
        await visibleChildIds(
          trx,
          actor,
          activity.participants.map((p) => p.childId),
        );
    const participants = activity.participants.filter((p) => seen.has(p.childId));
    const named = [
      ...participants.map((p) => p.childId),
      ...activity.suggestions.map((s) => s.childId),
    ];
    await recordAuditPerChild(
      trx,
      actor,
      { action: "offer.read", entityType: "offer_entry", entityId: id, details: { runs } },
      named,
    );
    return {
      ...summary,
      mayRun: runs,
      participants,
      hiddenParticipants: activity.participants.length - participants.length,
      sessions: activity.sessions.map((s) => ({
        ...s,
        attendance: runs ? s.attendance : [],
      })),
      suggestions: runs ? activity.suggestions : [],
    };
  });
}
