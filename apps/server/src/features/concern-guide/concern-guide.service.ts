import type { Kysely } from "kysely";
import { ConcernGuideTexts } from "@kring/contracts";
import { type Actor, careUnitIds, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";
import { DEFAULT_CONCERN_GUIDE } from "./concern-guide-defaults";

/** The guide for any professional (and the administrator who edits it); no personal data. */
export async function readConcernGuide(db: Kysely<Database>, actor: Actor) {
  if (actor.kind !== "professional") throw forbidden();
  if (careUnitIds(actor).length === 0 && !actor.memberships.some((m) => m.role === "administrator"))
    throw forbidden();
  const row = await db
    .selectFrom("concern_guide")
    .select("texts")
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirst();
  const saved = row ? ConcernGuideTexts.safeParse(row.texts) : null;
  return saved?.success
    ? { texts: saved.data, isDefault: false }
    : { texts: DEFAULT_CONCERN_GUIDE, isDefault: true };
}

/** The administrator sets the tenant's texts and contacts (audited: who changed which). */
export async function saveConcernGuide(
  db: Kysely<Database>,
  actor: Actor,
  texts: ConcernGuideTexts,
) {
  requireRole(actor, "administrator");
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("concern_guide")
      .values({
        tenant_id: actor.tenantId,
        texts: JSON.stringify(texts),
        updated_by: actor.userId,
        updated_at: new Date(),
      })
      .onConflict((oc) =>
        oc.column("tenant_id").doUpdateSet({
          texts: JSON.stringify(texts),
          updated_by: actor.userId,
          updated_at: new Date(),
        }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: "concern_guide.update",
      entityType: "concern_guide",
      entityId: actor.tenantId,
    });
  });
  return { texts, isDefault: false };
}
