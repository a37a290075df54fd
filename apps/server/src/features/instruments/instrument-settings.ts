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
  ORS_DEFAULT_CLINICAL_CUTOFF,
  ORS_DEFAULT_RELIABLE_CHANGE,
  SRS_DEFAULT_ALERT_BELOW,
} from "@kring/domain/instruments";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";

export const DEFAULT_THRESHOLDS: z.infer<typeof InstrumentThresholds> = {
  orsClinicalCutoff: ORS_DEFAULT_CLINICAL_CUTOFF,
  orsReliableChange: ORS_DEFAULT_RELIABLE_CHANGE,
  srsAlertBelow: SRS_DEFAULT_ALERT_BELOW,
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

export async function readInstrumentSettings(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "administrator");
  return instrumentSettingsOf(db, actor.tenantId);
}

export async function updateInstrumentSettings(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof UpdateInstrumentSettings>,
) {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    const current = await instrumentSettingsOf(trx, actor.tenantId);
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
    return next;
  });
}
