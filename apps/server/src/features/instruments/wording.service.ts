// Licensed wording: an administrator loads the tenant's file; each upload replaces the wording of
// that instrument and language as a whole, so no form mixes two editions.
import type { Kysely } from "kysely";
import type { InstrumentWordingFile } from "@kring/contracts";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import type { InstrumentKind } from "../../platform/db/tables/instruments";

export async function loadWording(db: Kysely<Database>, actor: Actor, file: InstrumentWordingFile) {
  requireRole(actor, "administrator");
  const forms = Object.keys(file.forms).filter(
    (k) => (file.forms as Record<string, unknown>)[k] !== undefined,
  );
  return db.transaction().execute(async (trx) => {
    const values = {
      forms: JSON.stringify(file.forms),
      source: file.source,
      loaded_by: actor.userId,
      loaded_at: new Date(),
    };
    await trx
      .insertInto("instrument_wording")
      .values({
        tenant_id: actor.tenantId,
        instrument: file.instrument,
        language: file.language,
        ...values,
      })
      .onConflict((oc) => oc.columns(["tenant_id", "instrument", "language"]).doUpdateSet(values))
      .execute();
    await recordAudit(trx, actor, {
      action: "instrument.wording.load",
      entityType: "instrument_wording",
      details: { instrument: file.instrument, language: file.language, forms },
    });
    return { instrument: file.instrument, language: file.language, forms };
  });
}

/** What has been loaded, without the texts themselves. */
export async function wordingStatus(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "administrator");
  const rows = await db
    .selectFrom("instrument_wording as w")
    .innerJoin("app_user as u", "u.id", "w.loaded_by")
    .select(["w.instrument", "w.language", "w.source", "w.forms", "w.loaded_at", "u.display_name"])
    .where("w.tenant_id", "=", actor.tenantId)
    .orderBy("w.instrument")
    .orderBy("w.language")
    .execute();
  return rows.map((r) => ({
    instrument: r.instrument,
    language: r.language,
    source: r.source,
    forms: Object.keys(r.forms),
    loadedAt: r.loaded_at.toISOString(),
    loadedBy: r.display_name,
  }));
}

/** The stored forms of one instrument and language, or null while only placeholders exist. */
export async function storedWording(
  db: Kysely<Database>,
  tenantId: string,
  instrument: InstrumentKind,
  language: "sv" | "en",
): Promise<Record<string, unknown> | null> {
  const row = await db
    .selectFrom("instrument_wording")
    .select("forms")
    .where("tenant_id", "=", tenantId)
    .where("instrument", "=", instrument)
    .where("language", "=", language)
    .executeTakeFirst();
  return row?.forms ?? null;
}
