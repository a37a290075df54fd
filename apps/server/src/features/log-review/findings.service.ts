import type { Finding } from "@kring/contracts";
import { REVIEW_ACTIONS } from "@kring/domain/audit";
import { type Kysely, type RawBuilder, type Transaction, sql } from "kysely";
import type { z } from "zod";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { noBasisInPeriodSql } from "./access-basis";
import { manyChildrenFindings } from "./many-children";
import { REVIEW_ROLES } from "./logs.service";
import { type ReviewPeriod, reviewPeriod } from "./review-period";
import { type ReviewRules, reviewSettings } from "./review-settings";
import { chainAudit } from "../../platform/audit/audit-chainer";

type Trx = Transaction<Database>;
export type FindingRow = z.infer<typeof Finding> & { childId: string | null };
export const FINDINGS_LIMIT = 1000;

const reviewActions = sql.join(REVIEW_ACTIONS.map((a) => sql.lit(a)));

/**
 * Entries of professionals about children in the period, grouped per person and child: the
 * first entry (where a mark is kept), how many, and the names. `extra` narrows it (SQL on
 * `audit_event as e` and `child as ch`), `outer` filters the pairs (`p`).
 */
async function pairs(
  trx: Trx,
  tenantId: string,
  period: ReviewPeriod,
  extra: RawBuilder<unknown>,
  outer: RawBuilder<boolean> = sql<boolean>`true`,
) {
  return trx
    .selectFrom(
      sql<{ actor_user_id: string; child_id: string; seq: number; at: Date; n: number }>`(
        select e.actor_user_id, e.child_id, min(e.seq) as seq, min(e.at) as at, count(*) as n
        from audit_event e
        join app_user u on u.id = e.actor_user_id and u.kind = 'professional'
        join child ch on ch.id = e.child_id
        where e.tenant_id = ${tenantId} and e.at >= ${period.start} and e.at < ${period.end}
          and e.child_id is not null and e.action <> 'access.refused'
          and e.action not in (${reviewActions}) and ${extra}
        group by e.actor_user_id, e.child_id)`.as("p"),
    )
    .selectAll("p")
    .where(outer)
    .execute();
}

async function ruleRows(trx: Trx, tenantId: string, period: ReviewPeriod, rules: ReviewRules) {
  const found: { rule: FindingRow["rule"]; seq: number; count: number; note?: string | null }[] =
    [];
  if (rules.emergency) {
    const grants = await trx
      .selectFrom("audit_event as e")
      .select([
        "e.seq",
        sql<string | null>`e.details->>'category'`.as("category"),
        sql<number>`(select count(*) from audit_event r
          where r.tenant_id = e.tenant_id and r.actor_user_id = e.actor_user_id
            and r.child_id = e.child_id and r.seq > e.seq
            and r.at <= e.at + make_interval(hours => coalesce((e.details->>'hours')::int, 4)))`.as(
          "reads",
        ),
      ])
      .where("e.tenant_id", "=", tenantId)
      .where("e.action", "=", "case.emergency_access")
      .where("e.at", ">=", period.start)
      .where("e.at", "<", period.end)
      .execute();
    for (const g of grants)
      found.push({
        rule: "emergency",
        seq: Number(g.seq),
        count: Number(g.reads),
        note: g.category,
      });
  }
  if (rules.protectedIdentity)
    for (const p of await pairs(trx, tenantId, period, sql`ch.protected_identity`))
      found.push({ rule: "protected_identity", seq: Number(p.seq), count: Number(p.n) });
  if (rules.outsideUnits)
    for (const p of await pairs(
      trx,
      tenantId,
      period,
      sql`true`,
      noBasisInPeriodSql(period.start, period.end),
    ))
      found.push({ rule: "outside_units", seq: Number(p.seq), count: Number(p.n) });
  if (rules.refused) {
    const refused = await trx
      .selectFrom("audit_event as e")
      .select("e.seq")
      .where("e.tenant_id", "=", tenantId)
      .where("e.action", "=", "access.refused")
      .where("e.at", ">=", period.start)
      .where("e.at", "<", period.end)
      .limit(FINDINGS_LIMIT + 1)
      .execute();
    for (const r of refused) found.push({ rule: "refused", seq: Number(r.seq), count: 1 });
  }
  if (rules.manyChildren.enabled)
    found.push(
      ...(await manyChildrenFindings(trx, tenantId, period, rules.manyChildren)).map((f) => ({
        rule: "many_children" as const,
        ...f,
      })),
    );
  return found;
}

/** The accesses worth a look in the period, by the tenant's rules, newest first. */
export async function findings(
  db: Kysely<Database>,
  actor: Actor,
  input: { from: string; to: string },
  limit = FINDINGS_LIMIT,
) {
  requireRole(actor, ...REVIEW_ROLES);
  const period = reviewPeriod(input);
  // Entries are named by their place in the chain: place what is still waiting (ADR 0043).
  await chainAudit(db, { tenantId: actor.tenantId });
  const { rules } = await reviewSettings(db, actor.tenantId);
  return db.transaction().execute(async (trx) => {
    const found = await ruleRows(trx, actor.tenantId, period, rules);
    const seqs = [...new Set(found.map((f) => f.seq))];
    const entries = new Map<number, Awaited<ReturnType<typeof entriesOf>>[number]>();
    for (let i = 0; i < seqs.length; i += 1000)
      for (const e of await entriesOf(trx, actor.tenantId, seqs.slice(i, i + 1000)))
        entries.set(Number(e.seq), e);
    const rows: FindingRow[] = found
      .map((f) => {
        const e = entries.get(f.seq)!;
        return {
          rule: f.rule,
          seq: f.seq,
          at: e.at.toISOString(),
          actorName: e.actor_name,
          actorUsername: e.actor_username,
          childId: e.child_id,
          childName: e.child_name,
          count: f.count,
          note: f.note ?? refusedNote(e.details),
          mark:
            e.mark_comment !== null
              ? {
                  comment: e.mark_comment,
                  markedBy: e.mark_by ?? "",
                  markedAt: e.mark_at!.toISOString(),
                }
              : null,
        };
      })
      .sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq);
    const shown = rows.slice(0, limit);
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "log_review.findings",
        entityType: "audit_log",
        details: { from: input.from, to: input.to, findings: shown.length },
      },
      shown.map((r) => r.childId),
    );
    return { findings: shown, truncated: rows.length > limit };
  });
}

function refusedNote(details: unknown): string | null {
  const d = (details ?? {}) as Record<string, unknown>;
  if (typeof d.route !== "string") return null;
  return [d.method, d.route, d.code].filter((v) => typeof v === "string").join(" ");
}

function entriesOf(trx: Trx, tenantId: string, seqs: number[]) {
  return trx
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
      "e.child_id",
      "e.details",
      "u.display_name as actor_name",
      "u.username as actor_username",
      sql<string | null>`ch.given_name || ' ' || ch.family_name`.as("child_name"),
      "mk.comment as mark_comment",
      "mu.display_name as mark_by",
      "mk.marked_at as mark_at",
    ])
    .where("e.tenant_id", "=", tenantId)
    .where("e.seq", "in", seqs)
    .execute();
}
