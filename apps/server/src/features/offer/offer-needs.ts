import type { Kysely, Transaction } from "kysely";
import { DEFAULT_NEED_TAGS } from "@kring/domain/offer";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";
import { keepsAll } from "./offer.policy";

export interface NeedTag {
  code: string;
  sv: string;
  en: string;
}

/** The tenant's need tags; the defaults until an administrator has set the list. */
export async function needTags(db: Kysely<Database>, tenantId: string): Promise<NeedTag[]> {
  const rows = await db
    .selectFrom("offer_need_tag")
    .select(["code", "label_sv as sv", "label_en as en"])
    .where("tenant_id", "=", tenantId)
    .orderBy("position")
    .execute();
  return rows.length ? rows : DEFAULT_NEED_TAGS;
}

/** Replaces the list; entries keep the codes they hold (a removed code is simply not offered). */
export async function setNeedTags(db: Kysely<Database>, actor: Actor, tags: NeedTag[]) {
  if (!keepsAll(actor)) throw forbidden();
  return db.transaction().execute(async (trx: Transaction<Database>) => {
    await trx.deleteFrom("offer_need_tag").where("tenant_id", "=", actor.tenantId).execute();
    const unique = [...new Map(tags.map((t) => [t.code, t])).values()];
    if (unique.length)
      await trx
        .insertInto("offer_need_tag")
        .values(
          unique.map((t, i) => ({
            tenant_id: actor.tenantId,
            code: t.code,
            label_sv: t.sv,
            label_en: t.en,
            position: i,
          })),
        )
        .execute();
    await recordAudit(trx, actor, {
      action: "offer.needs_set",
      entityType: "offer_need_tag",
      details: { count: unique.length },
    });
    return { tags: unique };
  });
}
