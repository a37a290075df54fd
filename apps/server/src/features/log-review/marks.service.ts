import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";
import { REVIEW_ROLES } from "./logs.service";

/**
 * The reviewer marks an entry (or the finding that starts at it) as reviewed, with a comment.
 * Marking again replaces the comment; every marking is audited with the comment, so the log
 * keeps the whole history of the review.
 */
export async function markReviewed(
  db: Kysely<Database>,
  actor: Actor,
  seq: number,
  comment: string,
) {
  requireRole(actor, ...REVIEW_ROLES);
  return db.transaction().execute(async (trx) => {
    const entry = await trx
      .selectFrom("audit_event")
      .select(["seq", "child_id"])
      .where("tenant_id", "=", actor.tenantId)
      .where("seq", "=", seq)
      .executeTakeFirst();
    if (!entry) throw notFound("audit entry");
    const markedAt = new Date();
    await trx
      .insertInto("log_review_mark")
      .values({
        tenant_id: actor.tenantId,
        seq,
        comment,
        marked_by: actor.userId,
        marked_at: markedAt,
      })
      .onConflict((oc) =>
        oc.columns(["tenant_id", "seq"]).doUpdateSet({
          comment,
          marked_by: actor.userId,
          marked_at: markedAt,
        }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: "log_review.mark",
      entityType: "audit_event",
      entityId: String(seq),
      childId: entry.child_id,
      reason: comment,
    });
    const me = await trx
      .selectFrom("app_user")
      .select("display_name")
      .where("id", "=", actor.userId)
      .executeTakeFirstOrThrow();
    return { comment, markedBy: me.display_name, markedAt: markedAt.toISOString() };
  });
}
