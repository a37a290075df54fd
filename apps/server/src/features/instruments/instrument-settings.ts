// The tenant's measurement schedule and cut-offs: its own choices over the published defaults.
import type { Kysely } from "kysely";
import type { z } from "zod";
import {
  InstrumentScheduleRules,
  InstrumentThresholds,
  type UpdateInstrumentSettings,
} from "@kring/contracts";
import {
  DEFAULT_INSTRUMENT_SCHEDULE,
  CORS_DEFAULT_CLINICAL_CUTOFF,
  ORS_DEFAULT_CLINICAL_CUTOFF,
  ORS_YOUTH_DEFAULT_CLINICAL_CUTOFF,
  ORS_DEFAULT_RELIABLE_CHANGE,
  SDQ_DEFAULT_TOTAL_IMPROVEMENT,
  SRS_DEFAULT_ALERT_BELOW,
} from "@kring/domain/instruments";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { conflict } from "../../platform/http/errors";

export const DEFAULT_THRESHOLDS: z.infer<typeof InstrumentThresholds> = {
  orsClinicalCutoff: ORS_DEFAULT_CLINICAL_CUTOFF,
  orsYouthClinicalCutoff: ORS_YOUTH_DEFAULT_CLINICAL_CUTOFF,
  corsClinicalCutoff: CORS_DEFAULT_CLINICAL_CUTOFF,
  orsReliableChange: ORS_DEFAULT_RELIABLE_CHANGE,
  srsAlertBelow: SRS_DEFAULT_ALERT_BELOW,
  sdqTotalImprovement: SDQ_DEFAULT_TOTAL_IMPROVEMENT,
};

/** Stored overrides are re-checked on read; a broken row falls back to the defaults. */
export async function instrumentSettingsOf(db: Kysely<Database>, tenantId: string) {
  const row = await db
    .selectFrom("instrument_settings")
    .select(["schedule", "thresholds"])
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  const schedule = InstrumentScheduleRules.safeParse({
    ...DEFAULT_INSTRUMENT_SCHEDULE,
    ...row?.schedule,
  });
  const thresholds = InstrumentThresholds.safeParse({ ...DEFAULT_THRESHOLDS, ...row?.thresholds });
  return {
    schedule: schedule.success ? schedule.data : DEFAULT_INSTRUMENT_SCHEDULE,
    thresholds: thresholds.success ? thresholds.data : DEFAULT_THRESHOLDS,
  };
}

/** Who last saved the tenant's settings and when; the version a change is made from. */
async function savedStamp(db: Kysely<Database>, tenantId: string, lock = false) {
  let query = db
    .selectFrom("instrument_settings as s")
    .leftJoin("app_user as u", "u.id", "s.updated_by")
    .select(["s.updated_at", "u.display_name"])
    .where("s.tenant_id", "=", tenantId);
  if (lock) query = query.forUpdate("s");
  const row = await query.executeTakeFirst();
  return {
    updatedAt: row ? row.updated_at.toISOString() : null,
    updatedBy: row?.display_name ?? null,
  };
}

export async function readInstrumentSettings(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "administrator");
  const [settings, stamp] = await Promise.all([
    instrumentSettingsOf(db, actor.tenantId),
    savedStamp(db, actor.tenantId),
  ]);
  return { ...settings, ...stamp };
}

export async function updateInstrumentSettings(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof UpdateInstrumentSettings>,
) {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    const stamp = await savedStamp(trx, actor.tenantId, true);
    const current = await instrumentSettingsOf(trx, actor.tenantId);
    // Two administrators editing at once: the later save must not silently undo the earlier.
    if (input.basedOn !== undefined && input.basedOn !== stamp.updatedAt) {
      throw conflict(
        "Någon annan har sparat inställningarna medan du ändrade dem. Se vad som ändrats och gör dina ändringar igen.",
        "Someone else saved the settings while you were changing them. See what changed and make your changes again.",
        { savedBy: stamp.updatedBy, savedAt: stamp.updatedAt, current },
      );
    }
    const next = {
      schedule: { ...current.schedule, ...input.schedule },
      thresholds: { ...current.thresholds, ...input.thresholds },
    };
    const values = {
      schedule: JSON.stringify(next.schedule),
      thresholds: JSON.stringify(next.thresholds),
      updated_by: actor.userId,
      updated_at: new Date(),
    };
    await trx
      .insertInto("instrument_settings")
      .values({ tenant_id: actor.tenantId, ...values })
      .onConflict((oc) => oc.column("tenant_id").doUpdateSet(values))
      .execute();
    await recordAudit(trx, actor, {
      action: "instrument.settings.update",
      entityType: "instrument_settings",
      entityId: actor.tenantId,
      details: {
        changed: [...Object.keys(input.schedule ?? {}), ...Object.keys(input.thresholds ?? {})],
      },
    });
    return { ...next, ...(await savedStamp(trx, actor.tenantId)) };
  });
}
