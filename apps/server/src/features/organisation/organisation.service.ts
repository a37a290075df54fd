import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  CreateAreaRequest,
  CreateOrganisationRequest,
  CreateUnitRequest,
  UpdateUnitRequest,
} from "@kring/contracts";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, notFound } from "../../platform/http/errors";
import { belongsToTenant } from "./organisation.repository";

const unknownReference = () =>
  badRequest(
    "unknown_reference",
    "Organisationen eller området finns inte.",
    "The organisation or area does not exist.",
  );

/** A unit sits in an organisation of the tenant, and in an area of that same organisation. */
async function requirePlacement(
  db: Kysely<Database>,
  tenantId: string,
  organisationId: string,
  areaId: string | null,
) {
  if (!(await belongsToTenant(db, "organisation", tenantId, [organisationId]))) {
    throw unknownReference();
  }
  if (!areaId) return;
  const area = await db
    .selectFrom("area")
    .select("organisation_id")
    .where("id", "=", areaId)
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  if (!area) throw unknownReference();
  if (area.organisation_id !== organisationId) {
    throw badRequest(
      "area_not_in_organisation",
      "Området hör till en annan organisation.",
      "The area belongs to another organisation.",
    );
  }
}

export async function createOrganisation(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof CreateOrganisationRequest>,
) {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("organisation")
      .values({ tenant_id: actor.tenantId, name: input.name, kind: input.kind })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "organisation.create",
      entityType: "organisation",
      entityId: row.id,
    });
    return row.id;
  });
}

export async function createArea(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof CreateAreaRequest>,
) {
  requireRole(actor, "administrator");
  if (!(await belongsToTenant(db, "organisation", actor.tenantId, [input.organisationId]))) {
    throw unknownReference();
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("area")
      .values({
        tenant_id: actor.tenantId,
        organisation_id: input.organisationId,
        name: input.name,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: "area.create", entityType: "area", entityId: row.id });
    return row.id;
  });
}

export async function createUnit(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof CreateUnitRequest>,
) {
  requireRole(actor, "administrator");
  await requirePlacement(db, actor.tenantId, input.organisationId, input.areaId);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("unit")
      .values({
        tenant_id: actor.tenantId,
        organisation_id: input.organisationId,
        area_id: input.areaId,
        name: input.name,
        kind: input.kind,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: "unit.create", entityType: "unit", entityId: row.id });
    return row.id;
  });
}

export async function updateUnit(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpdateUnitRequest>,
) {
  requireRole(actor, "administrator");
  const current = await db
    .selectFrom("unit")
    .select(["organisation_id", "area_id"])
    .where("id", "=", id)
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirst();
  if (!current) throw notFound("unit");
  await requirePlacement(
    db,
    actor.tenantId,
    input.organisationId ?? current.organisation_id,
    input.areaId === undefined ? current.area_id : input.areaId,
  );
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("unit")
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.areaId !== undefined ? { area_id: input.areaId } : {}),
        ...(input.organisationId !== undefined ? { organisation_id: input.organisationId } : {}),
      })
      .where("id", "=", id)
      .where("tenant_id", "=", actor.tenantId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound("unit");
    await recordAudit(trx, actor, {
      action: "unit.update",
      entityType: "unit",
      entityId: id,
      details: { fields: Object.keys(input) },
    });
  });
}
