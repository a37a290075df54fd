import { type Expression, type SqlBool, type Transaction, sql } from "kysely";
import type { Database } from "../../platform/db/schema";
import { accessBasisSql } from "./access-basis";
import type { ReviewPeriod } from "./review-period";

type Trx = Transaction<Database>;

/** What an entry says beyond ids, for the reviewer: the emergency category, the refused route. */
export function noteOf(details: unknown): string | null {
  const d = (details ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
  const route = text(d.method) && text(d.route) ? `${text(d.method)} ${text(d.route)}` : null;
  const parts = [text(d.category), route, text(d.code)].filter((v): v is string => v !== null);
  return parts.length ? parts.join(" ") : null;
}

export const markOf = (r: {
  mark_comment: string | null;
  mark_by: string | null;
  mark_at: Date | null;
}) =>
  r.mark_comment !== null
    ? { comment: r.mark_comment, markedBy: r.mark_by ?? "", markedAt: r.mark_at!.toISOString() }
    : null;

/**
 * Entries of the tenant in the period that match `where` (on `audit_event as e`), oldest first,
 * with who, which child, on which basis and the reviewer's mark. `limit` bounds the answer; one
 * more is read to tell whether it was cut.
 */
export async function logEntries(
  trx: Trx,
  tenantId: string,
  period: ReviewPeriod,
  where: Expression<SqlBool>,
  limit: number,
) {
  const rows = await trx
    .selectFrom("audit_event as e")
    .leftJoin("app_user as u", "u.id", "e.actor_user_id")
    .leftJoin("child as ch", "ch.id", "e.child_id")
    .leftJoin("log_review_mark as mk", (j) =>
      j.onRef("mk.tenant_id", "=", "e.tenant_id").onRef("mk.seq", "=", "e.seq"),
    )
    .leftJoin("app_user as mu", "mu.id", "mk.marked_by")
    .select([
      "e.seq",
      "e.at",
      "e.action",
      "e.entity_type",
      "e.child_id",
      "e.reason",
      "e.details",
      "u.display_name as actor_name",
      "u.username as actor_username",
      sql<string | null>`ch.given_name || ' ' || ch.family_name`.as("child_name"),
      accessBasisSql.as("basis"),
      "mk.comment as mark_comment",
      "mu.display_name as mark_by",
      "mk.marked_at as mark_at",
    ])
    .where("e.tenant_id", "=", tenantId)
    .where("e.at", ">=", period.start)
    .where("e.at", "<", period.end)
    .where(where)
    .orderBy("e.at")
    .orderBy("e.seq")
    .limit(limit + 1)
    .execute();
  return {
    truncated: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({
      seq: Number(r.seq),
      at: r.at.toISOString(),
      actorName: r.actor_name,
      actorUsername: r.actor_username,
      action: r.action,
      entityType: r.entity_type,
      childId: r.child_id,
      childName: r.child_name,
      basis: r.basis as never,
      reason: r.reason,
      note: noteOf(r.details),
      mark: markOf(r),
    })),
  };
}
export type LogEntryRow = Awaited<ReturnType<typeof logEntries>>["rows"][number];
