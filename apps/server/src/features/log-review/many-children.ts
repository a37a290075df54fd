import { REVIEW_ACTIONS } from "@kring/domain/audit";
import { type Transaction, sql } from "kysely";
import type { Database } from "../../platform/db/schema";
import type { ReviewPeriod } from "./review-period";
import type { ReviewRules } from "./review-settings";

type Trx = Transaction<Database>;
const reviewActions = sql.join(REVIEW_ACTIONS.map((a) => sql.lit(a)));

/**
 * A person reading more than `threshold` different children within any `windowMinutes`
 * (a sliding window, not clock hours). Two steps keep it cheap on a large log: SQL counts
 * different children per person in fixed buckets of the window's length; any window overlaps at
 * most two neighbouring buckets, so only where two neighbours together exceed the threshold can
 * a window do so. Those stretches are then read entry by entry and slid over exactly.
 * Each burst is one finding, at the entry where the count first went over.
 */
export async function manyChildrenFindings(
  trx: Trx,
  tenantId: string,
  period: ReviewPeriod,
  rule: ReviewRules["manyChildren"],
) {
  const bucketMs = rule.windowMinutes * 60_000;
  const buckets = await trx
    .selectFrom(
      sql<{ actor_user_id: string; bucket: number; n: number }>`(
        select e.actor_user_id,
          floor(extract(epoch from e.at) * 1000 / ${bucketMs})::bigint as bucket,
          count(distinct e.child_id) as n
        from audit_event e
        where e.tenant_id = ${tenantId} and e.at >= ${period.start} and e.at < ${period.end}
          and e.child_id is not null and e.actor_user_id is not null
          and e.action <> 'access.refused' and e.action not in (${reviewActions})
        group by 1, 2)`.as("b"),
    )
    .selectAll("b")
    .execute();
  const counts = new Map<string, Map<number, number>>();
  for (const b of buckets) {
    const per = counts.get(b.actor_user_id) ?? new Map<number, number>();
    per.set(Number(b.bucket), Number(b.n));
    counts.set(b.actor_user_id, per);
  }
  const found: { seq: number; count: number; note: string }[] = [];
  for (const [userId, per] of counts) {
    // Stretches of buckets to read exactly, merged where they touch.
    const stretches: [number, number][] = [];
    for (const [k, n] of [...per].sort((a, b) => a[0] - b[0])) {
      if (n + (per.get(k + 1) ?? 0) <= rule.threshold) continue;
      const last = stretches[stretches.length - 1];
      if (last && last[1] >= k) last[1] = k + 2;
      else stretches.push([k, k + 2]);
    }
    for (const [from, to] of stretches)
      found.push(...(await slide(trx, tenantId, userId, from * bucketMs, to * bucketMs, rule)));
  }
  return found;
}

async function slide(
  trx: Trx,
  tenantId: string,
  userId: string,
  fromMs: number,
  toMs: number,
  rule: ReviewRules["manyChildren"],
) {
  const rows = await trx
    .selectFrom("audit_event as e")
    .select(["e.seq", "e.at", "e.child_id"])
    .where("e.tenant_id", "=", tenantId)
    .where("e.actor_user_id", "=", userId)
    .where("e.at", ">=", new Date(fromMs))
    .where("e.at", "<", new Date(toMs))
    .where("e.child_id", "is not", null)
    .where("e.action", "<>", "access.refused")
    .where("e.action", "not in", [...REVIEW_ACTIONS])
    .orderBy("e.at")
    .orderBy("e.seq")
    .execute();
  const windowMs = rule.windowMinutes * 60_000;
  const inWindow = new Map<string, number>();
  const found: { seq: number; count: number; note: string }[] = [];
  let open: { seq: number; count: number; note: string } | null = null;
  let first = 0;
  for (const row of rows) {
    const at = row.at.getTime();
    while (rows[first]!.at.getTime() < at - windowMs) {
      const gone = rows[first++]!.child_id!;
      const left = inWindow.get(gone)! - 1;
      if (left) inWindow.set(gone, left);
      else inWindow.delete(gone);
    }
    inWindow.set(row.child_id!, (inWindow.get(row.child_id!) ?? 0) + 1);
    if (inWindow.size > rule.threshold) {
      if (!open) {
        open = { seq: Number(row.seq), count: inWindow.size, note: `${rule.windowMinutes} min` };
        found.push(open);
      } else open.count = Math.max(open.count, inWindow.size);
    } else open = null;
  }
  return found;
}
