import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/db/schema";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { AppError, notFound } from "../../platform/http/errors";
import { rowsPdf } from "../extract/extract-pdf";
import { readCaseRows } from "./case-graph";
import { NOTICE_MS, publishPreview, readPreview } from "./retention.service";
import { RULE_DEFINITIONS, type RetentionRule, readRules, refuseAmount } from "./rules";
import { tar } from "./tar";

// The administrator's side of retention: the rules, tonight's preview, legal holds, the archive
// copy and the record of what went.

/** The next nightly run: today's (or tomorrow's) NIGHTLY_HOUR in Stockholm, roughly as UTC. */
export function nextRun(now: Date, hour: number): Date {
  const stockholmHour = Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Stockholm",
      hour: "2-digit",
      hourCycle: "h23",
    }).format(now),
  );
  const next = new Date(now);
  next.setUTCMinutes(0, 0, 0);
  next.setUTCHours(now.getUTCHours() + ((hour - stockholmHour + 24) % 24 || 24));
  return next;
}

const isCaseRule = (rule: string) => rule === "closed_case" || rule === "declined_request";

export async function retentionOverview(
  db: Kysely<Database>,
  actor: Actor,
  now: Date,
  nightlyHour: number,
) {
  requireRole(actor, "administrator");
  // Publishing here is what makes the preview "available": the night after removes only groups
  // published at least NOTICE_MS before it.
  await publishPreview(db, actor.tenantId, now);
  const rules = await readRules(db, actor.tenantId);
  const run = nextRun(now, nightlyHour);
  const preview = await readPreview(db, actor.tenantId);
  const holds = await db
    .selectFrom("legal_hold")
    .select(["case_id", "reason", "placed_at"])
    .where("tenant_id", "=", actor.tenantId)
    .orderBy("placed_at", "desc")
    .execute();
  const records = await db
    .selectFrom("retention_record")
    .select(["ran_at", "rule", "description", "removed"])
    .where("tenant_id", "=", actor.tenantId)
    .orderBy("ran_at", "desc")
    .limit(200)
    .execute();
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: "retention.preview",
      entityType: "retention",
      details: { groups: preview.length },
    }),
  );
  return {
    rules: rules.map((r) => ({
      ...r,
      defaultAmount: RULE_DEFINITIONS[r.rule].defaultAmount,
      label: { sv: RULE_DEFINITIONS[r.rule].sv, en: RULE_DEFINITIONS[r.rule].en },
    })),
    nextRun: run.toISOString(),
    preview: preview.map((p) => ({
      rule: p.rule,
      description: p.description,
      itemCount: p.itemCount,
      publishedAt: p.publishedAt.toISOString(),
      dueFrom: p.dueFrom.toISOString(),
      tonight: p.dueFrom <= run,
      caseId: isCaseRule(p.rule) ? p.itemKey : null,
    })),
    holds: holds.map((h) => ({
      caseId: h.case_id,
      reason: h.reason,
      placedAt: new Date(h.placed_at).toISOString(),
    })),
    records: records.map((r) => ({
      ranAt: new Date(r.ran_at).toISOString(),
      rule: r.rule as RetentionRule,
      description: r.description,
      removed: r.removed as Record<string, number>,
    })),
  };
}

export async function setRule(
  db: Kysely<Database>,
  actor: Actor,
  rule: RetentionRule,
  amount: number,
  now: Date,
) {
  requireRole(actor, "administrator");
  const refused = refuseAmount(rule, amount);
  if (refused) throw new AppError(400, "retention_amount", refused.sv, refused.en);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("retention_rule")
      .values({ tenant_id: actor.tenantId, rule, amount, updated_by: actor.userId })
      .onConflict((oc) =>
        oc
          .columns(["tenant_id", "rule"])
          .doUpdateSet({ amount, updated_by: actor.userId, updated_at: sql`now()` }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: "retention.rule_set",
      entityType: "retention_rule",
      entityId: rule,
      details: { amount },
    });
  });
  // A shorter rule shows its new groups in the preview at once; they still wait NOTICE_MS.
  await publishPreview(db, actor.tenantId, now);
}

async function caseOf(db: Kysely<Database>, actor: Actor, caseId: string) {
  const row = await db
    .selectFrom("cases")
    .select(["id", "child_id", "stage", "closed_at"])
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!row) throw notFound("case");
  return row;
}

export async function placeHold(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  reason: string,
  now: Date,
) {
  requireRole(actor, "administrator");
  const c = await caseOf(db, actor, caseId);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("legal_hold")
      .values({ case_id: caseId, tenant_id: actor.tenantId, reason, placed_by: actor.userId })
      .onConflict((oc) => oc.column("case_id").doUpdateSet({ reason }))
      .execute();
    await recordAudit(trx, actor, {
      action: "legal_hold.place",
      entityType: "case",
      entityId: caseId,
      childId: c.child_id,
    });
  });
  await publishPreview(db, actor.tenantId, now);
}

export async function liftHold(db: Kysely<Database>, actor: Actor, caseId: string, now: Date) {
  requireRole(actor, "administrator");
  const c = await caseOf(db, actor, caseId);
  await db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom("legal_hold")
      .where("case_id", "=", caseId)
      .where("tenant_id", "=", actor.tenantId)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw notFound("legal hold");
    await recordAudit(trx, actor, {
      action: "legal_hold.lift",
      entityType: "case",
      entityId: caseId,
      childId: c.child_id,
    });
  });
  await publishPreview(db, actor.tenantId, now);
}

const README = (at: string, count: number) => `Kring: arkivkopia före gallring
================================

Framtagen ${at}. ${count} ärenden som enligt kommunens gallringsregler tas bort av Kring.

Innehåll
- README.txt: den här filen.
- arenden/<n>/arende.json: ärendets alla uppgifter, en lista per tabell (JSON, UTF-8).
  Nycklarna är databasens kolumner; tider i UTC (ISO 8601). Bilagors innehåll finns inte med,
  bara deras storlek ("bytes").
- arenden/<n>/arende.pdf: samma uppgifter som PDF/A för läsning och långtidsarkivering.

Formatet är "kring-case-archive/1". Hantera kopian som sekretessbelagd handling.

English: an archive copy taken before retention. One folder per case with case.json (all rows
of the case per table) and case.pdf (the same as PDF/A).
`;

/** The archive copy of every case in the published preview: JSON and PDF per case, in a tar. */
export async function archiveCopy(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "administrator");
  const preview = (await readPreview(db, actor.tenantId)).filter((p) => isCaseRule(p.rule));
  const files: { name: string; data: Buffer | string }[] = [];
  const read: { caseId: string; childId: string | null }[] = [];
  let n = 0;
  for (const p of preview) {
    n++;
    const rows = await readCaseRows(db, p.itemKey);
    read.push({
      caseId: p.itemKey,
      childId: (rows.cases?.[0]?.child_id as string | undefined) ?? null,
    });
    const doc = {
      format: "kring-case-archive/1",
      caseId: p.itemKey,
      description: p.description,
      tables: rows,
    };
    files.push({ name: `arenden/${n}/arende.json`, data: JSON.stringify(doc, null, 2) });
    const pdf = await rowsPdf(
      `Arkivkopia: ${p.description}`,
      [`Ärende ${p.itemKey}. Alla uppgifter i ärendet per tabell.`],
      [
        {
          title: "Ärendets uppgifter",
          parts: Object.entries(rows)
            .filter(([, r]) => r.length > 0)
            .map(([table, r]) => ({ title: table, rows: r })),
        },
      ],
    );
    files.push({ name: `arenden/${n}/arende.pdf`, data: pdf });
  }
  const at = new Date().toISOString();
  files.unshift({ name: "README.txt", data: README(at, preview.length) });
  // Each case read for the copy is audited with its child, as any read of a case is.
  await db.transaction().execute(async (trx) => {
    for (const r of read)
      await recordAudit(trx, actor, {
        action: "retention.archive",
        entityType: "case",
        entityId: r.caseId,
        childId: r.childId,
      });
  });
  return tar(files);
}

export { NOTICE_MS };
