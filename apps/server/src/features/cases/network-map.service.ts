import type { Kysely } from "kysely";
import type { z } from "zod";
import type { NetworkMapEntryInput } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, forbidden, notFound } from "../../platform/http/errors";
import { guardCase, isCoordinator } from "./case-guard";

/** The network map (ecomap): the child at the centre, people in sectors by closeness (1 = closest). */
export async function getNetworkMap(db: Kysely<Database>, actor: Actor, caseId: string) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const [child, entries] = await Promise.all([
      trx
        .selectFrom("child")
        .select(["given_name"])
        .where("id", "=", guarded.row.child_id)
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom("network_map_entry")
        .selectAll()
        .where("case_id", "=", caseId)
        .orderBy("closeness")
        .orderBy("name")
        .execute(),
    ]);
    await recordAudit(trx, actor, {
      action: "network_map.read",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
    });
    return {
      childName: child.given_name,
      entries: entries.map((e) => ({
        id: e.id,
        network: e.network,
        sector: e.sector,
        name: e.name,
        relation: e.relation,
        closeness: e.closeness,
        unitId: e.unit_id,
      })),
    };
  });
}

export async function addNetworkMapEntry(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof NetworkMapEntryInput>,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    if (!isCoordinator(guarded)) throw forbidden();
    // A unit of this municipality, or none: checked here, not left to the foreign key.
    if (input.unitId) {
      const unit = await trx
        .selectFrom("unit")
        .select("id")
        .where("id", "=", input.unitId)
        .where("tenant_id", "=", actor.tenantId)
        .executeTakeFirst();
      if (!unit)
        throw badRequest("unknown_reference", "Enheten finns inte.", "The unit does not exist.");
    }
    const row = await trx
      .insertInto("network_map_entry")
      .values({
        tenant_id: actor.tenantId,
        case_id: caseId,
        network: input.network,
        sector: input.sector,
        name: input.name,
        relation: input.relation,
        closeness: input.closeness,
        unit_id: input.unitId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "network_map.add",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
    });
    return row.id;
  });
}

export async function removeNetworkMapEntry(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  entryId: string,
) {
  await db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    if (!isCoordinator(guarded)) throw forbidden();
    const result = await trx
      .deleteFrom("network_map_entry")
      .where("id", "=", entryId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound("entry");
    await recordAudit(trx, actor, {
      action: "network_map.remove",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
    });
  });
}
