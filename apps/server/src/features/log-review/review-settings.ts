import type { LogReviewSettings } from "@kring/contracts";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";

export type ReviewSettings = z.infer<typeof LogReviewSettings>;
export type ReviewRules = ReviewSettings["rules"];

/**
 * The rules every tenant starts with: all on; "many children" is more than 20 different
 * children within an hour (issue #21), far beyond a day's work with one class or case load.
 */
export const DEFAULT_RULES: ReviewRules = {
  emergency: true,
  protectedIdentity: true,
  manyChildren: { enabled: true, threshold: 20, windowMinutes: 60 },
  outsideUnits: true,
  refused: true,
};
export const DEFAULT_CHILD_AGE = 13;

/** The tenant's settings, a stored rule set merged over the defaults (a rule added later is on). */
export async function reviewSettings(db: Kysely<Database>, tenantId: string) {
  const row = await db
    .selectFrom("log_review_settings")
    .select(["rules", "child_sees_reads_from_age"])
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  const stored = (row?.rules ?? {}) as Partial<ReviewRules>;
  return {
    rules: {
      ...DEFAULT_RULES,
      ...stored,
      manyChildren: { ...DEFAULT_RULES.manyChildren, ...(stored.manyChildren ?? {}) },
    },
    childSeesReadsFromAge: row?.child_sees_reads_from_age ?? DEFAULT_CHILD_AGE,
  } satisfies ReviewSettings;
}

export async function getReviewSettings(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "log_reviewer", "administrator");
  return reviewSettings(db, actor.tenantId);
}

/** The administrator tunes the rules; the change is audited with the new values. */
export async function updateReviewSettings(
  db: Kysely<Database>,
  actor: Actor,
  patch: Partial<ReviewSettings>,
) {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    const current = await reviewSettings(trx, actor.tenantId);
    const next = { ...current, ...patch };
    await trx
      .insertInto("log_review_settings")
      .values({
        tenant_id: actor.tenantId,
        rules: JSON.stringify(next.rules),
        child_sees_reads_from_age: next.childSeesReadsFromAge,
      })
      .onConflict((oc) =>
        oc.column("tenant_id").doUpdateSet({
          rules: JSON.stringify(next.rules),
          child_sees_reads_from_age: next.childSeesReadsFromAge,
        }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: "log_review.settings_update",
      entityType: "log_review_settings",
      details: { ...next },
    });
    return next;
  });
}
