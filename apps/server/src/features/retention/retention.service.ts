import fs from "node:fs";
import path from "node:path";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../platform/db/schema";
import type { AuditActor } from "../../platform/audit/audit";
import { recordAudit } from "../../platform/audit/audit";
import { chainTenant } from "../../platform/audit/audit-chainer";
import { pruneAuditThrough } from "../../platform/audit/audit-prune";
import { type Candidate, candidatesFor, nextDay, termRange } from "./candidates";
import { deleteCase } from "./case-graph";
import { type RetentionRule, type TenantRule, cutoff, readRules } from "./rules";

/**
 * Nothing is removed that has not been in the published preview this long: an administrator has
 * a working day to look at "what goes tonight", export an archive copy or place a legal hold.
 */
export const NOTICE_MS = 20 * 60 * 60_000;

async function currentCandidates(db: Kysely<Database>, tenantId: string, now: Date) {
  const rules = await readRules(db, tenantId);
  const all: Candidate[] = [];
  for (const rule of rules) all.push(...(await candidatesFor(db, tenantId, rule, now)));
  return { rules, all };
}

const keyOf = (c: { rule: string; itemKey: string }) => `${c.rule}\u0000${c.itemKey}`;

/**
 * Publishes what the rules would remove now: new groups from `now`, groups already published
 * keep their first publishing time, groups no longer due (a legal hold, a changed rule) leave.
 */
export async function publishPreview(db: Kysely<Database>, tenantId: string, now: Date) {
  const { all } = await currentCandidates(db, tenantId, now);
  await db.transaction().execute(async (trx) => {
    const stored = await trx
      .selectFrom("retention_candidate")
      .select(["rule", "item_key"])
      .where("tenant_id", "=", tenantId)
      .execute();
    const due = new Set(all.map(keyOf));
    for (const s of stored)
      if (!due.has(keyOf({ rule: s.rule, itemKey: s.item_key })))
        await trx
          .deleteFrom("retention_candidate")
          .where("tenant_id", "=", tenantId)
          .where("rule", "=", s.rule)
          .where("item_key", "=", s.item_key)
          .execute();
    for (const c of all)
      await trx
        .insertInto("retention_candidate")
        .values({
          tenant_id: tenantId,
          rule: c.rule,
          item_key: c.itemKey,
          description: c.description,
          item_count: c.itemCount,
          published_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(["tenant_id", "rule", "item_key"])
            .doUpdateSet({ description: c.description, item_count: c.itemCount }),
        )
        .execute();
  });
}

export interface PreviewItem {
  rule: RetentionRule;
  itemKey: string;
  description: string;
  itemCount: number;
  publishedAt: Date;
  /** Removed at the first nightly run from this instant on. */
  dueFrom: Date;
}

/** The published preview, each group with when it may go. */
export async function readPreview(db: Kysely<Database>, tenantId: string): Promise<PreviewItem[]> {
  const rows = await db
    .selectFrom("retention_candidate")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("rule")
    .orderBy("item_key")
    .execute();
  return rows.map((r) => ({
    rule: r.rule as RetentionRule,
    itemKey: r.item_key,
    description: r.description,
    itemCount: r.item_count,
    publishedAt: new Date(r.published_at),
    dueFrom: new Date(new Date(r.published_at).getTime() + NOTICE_MS),
  }));
}

export interface RetentionDeps {
  uploadDir: string;
}

/**
 * One tenant's retention run: removes each group that is due now and was published at least
 * NOTICE_MS ago, records what went (counts, no personal data), then publishes the next preview.
 */
export async function applyRetention(
  db: Kysely<Database>,
  tenantId: string,
  now: Date,
  deps: RetentionDeps,
) {
  const { rules, all } = await currentCandidates(db, tenantId, now);
  const published = new Map((await readPreview(db, tenantId)).map((p) => [keyOf(p), p] as const));
  const ready = all.filter((c) => {
    const p = published.get(keyOf(c));
    return p !== undefined && p.dueFrom <= now;
  });
  const actor: AuditActor = { tenantId, userId: null, system: "retention" };
  const ruleOf = new Map(rules.map((r) => [r.rule, r]));
  const removedFiles: string[] = [];
  const summary: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for (const c of ready) {
      const removed = await removeGroup(trx, tenantId, ruleOf.get(c.rule)!, c, now, removedFiles);
      await trx
        .insertInto("retention_record")
        .values({
          tenant_id: tenantId,
          ran_at: now,
          rule: c.rule,
          // A case is recorded by its closing date only: its id would lead back to the child in
          // the audit log.
          item_key:
            c.rule === "closed_case" || c.rule === "declined_request" ? "ärende" : c.itemKey,
          description: c.description,
          removed: JSON.stringify(removed),
        })
        .execute();
      await trx
        .deleteFrom("retention_candidate")
        .where("tenant_id", "=", tenantId)
        .where("rule", "=", c.rule)
        .where("item_key", "=", c.itemKey)
        .execute();
      summary[c.rule] = (summary[c.rule] ?? 0) + 1;
    }
    if (ready.length > 0)
      await recordAudit(trx, actor, {
        action: "retention.applied",
        entityType: "retention",
        details: { groups: summary },
      });
  });
  // Files after the commit: a rolled-back run keeps its files.
  for (const f of removedFiles) fs.rmSync(path.join(deps.uploadDir, f), { force: true });
  await publishPreview(db, tenantId, now);
  return { groups: ready.length, byRule: summary };
}

async function removeGroup(
  trx: Transaction<Database>,
  tenantId: string,
  rule: TenantRule,
  c: Candidate,
  now: Date,
  removedFiles: string[],
): Promise<Record<string, number>> {
  const count = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0);
  const before = cutoff(rule, now);
  switch (c.rule) {
    case "closed_case":
    case "declined_request": {
      // Checked again inside the run's transaction: a hold placed after the preview wins.
      const held = await trx
        .selectFrom("legal_hold")
        .select("case_id")
        .where("case_id", "=", c.itemKey)
        .executeTakeFirst();
      if (held) return { held: 1 };
      return deleteCase(trx, c.itemKey);
    }
    case "attendance_lessons": {
      const [from, to] = termRange(c.itemKey);
      const lessons =
        await sql`delete from attendance_lesson where tenant_id = ${tenantId} and date between ${from} and ${to}`.execute(
          trx,
        );
      const days =
        await sql`delete from attendance_day where tenant_id = ${tenantId} and date between ${from} and ${to}`.execute(
          trx,
        );
      return { attendance_lesson: count(lessons), attendance_day: count(days) };
    }
    case "expired_sessions": {
      const end = new Date(`${nextDay(c.itemKey)}T00:00:00Z`);
      const r =
        await sql`delete from user_session where tenant_id = ${tenantId} and last_seen_at < ${end < before ? end : before}`.execute(
          trx,
        );
      return { user_session: count(r) };
    }
    case "import_files": {
      const end = new Date(`${nextDay(c.itemKey)}T00:00:00Z`);
      const until = end < before ? end : before;
      const uploads = await trx
        .deleteFrom("attendance_upload")
        .where("tenant_id", "=", tenantId)
        .where("saved_at", "<", until)
        .returning("file")
        .execute();
      removedFiles.push(...uploads.map((u) => u.file));
      const jobs =
        await sql`delete from attendance_import_job where tenant_id = ${tenantId} and status <> 'running' and updated_at < ${until}`.execute(
          trx,
        );
      return { attendance_upload: uploads.length, attendance_import_job: count(jobs) };
    }
    case "closed_early_support": {
      const end = new Date(`${nextDay(c.itemKey)}T00:00:00Z`);
      const until = end < before ? end : before;
      const closed = sql`select id from early_support_contact where tenant_id = ${tenantId}
        and status <> 'open' and closed_at < ${until}`;
      const notes =
        await sql`delete from early_support_note where contact_id in (${closed})`.execute(trx);
      const contacts = await sql`delete from early_support_contact where id in (${closed})`.execute(
        trx,
      );
      const asks =
        await sql`delete from plan_start_ask where tenant_id = ${tenantId} and done_at < ${until}`.execute(
          trx,
        );
      return {
        early_support_note: count(notes),
        early_support_contact: count(contacts),
        plan_start_ask: count(asks),
      };
    }
    case "audit_entries": {
      const end = new Date(`${nextDay(c.itemKey)}T00:00:00Z`);
      // Entries still waiting for their places have none to prune through (ADR 0043).
      await chainTenant(trx, tenantId);
      const last = await trx
        .selectFrom("audit_event")
        .select((eb) => eb.fn.max("seq").as("seq"))
        .where("tenant_id", "=", tenantId)
        .where("at", "<", end < before ? end : before)
        .executeTakeFirst();
      if (last?.seq == null) return { audit_event: 0 };
      const n = await pruneAuditThrough(
        trx,
        { tenantId, userId: null, system: "retention" },
        Number(last.seq),
      );
      return { audit_event: n };
    }
    case "leisure_participation": {
      const end = new Date(`${nextDay(c.itemKey)}T00:00:00Z`);
      const until = end < before ? end : before;
      const untilDay = until.toISOString().slice(0, 10);
      const ended = sql`select id from offer_participant where tenant_id = ${tenantId} and ended_on < ${untilDay}`;
      const marks =
        await sql`delete from offer_attendance where participant_id in (${ended})`.execute(trx);
      const people =
        await sql`delete from offer_participant where tenant_id = ${tenantId} and ended_on < ${untilDay}`.execute(
          trx,
        );
      const suggestions =
        await sql`delete from offer_suggestion where tenant_id = ${tenantId} and handled_at < ${until}`.execute(
          trx,
        );
      return {
        offer_attendance: count(marks),
        offer_participant: count(people),
        offer_suggestion: count(suggestions),
      };
    }
  }
}
