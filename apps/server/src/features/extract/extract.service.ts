import { sql, type Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { type AuditActor, recordAudit } from "../../platform/audit/audit";
import { notFound } from "../../platform/http/errors";
import {
  COVERED,
  type Ref,
  SECRET_COLUMNS,
  SECTION_TITLES,
  SOURCE_TITLES,
  TABLE_TITLES,
  type Section,
  type Source,
} from "./extract-coverage";
import { chainAudit } from "../../platform/audit/audit-chainer";

// The register extract (registerutdrag, GDPR art. 15, issue #21.3): everything Kring holds about
// one child, guardian or professional, as sections by kind of data, each part saying where it came
// from. Produced by an administrator on request; the request is audited.

export type ExtractKind = "child" | "guardian" | "professional";

export interface ExtractPart {
  /** What the table holds, in plain Swedish. */
  title: string;
  table: string;
  column: string;
  source: Source;
  sourceText: string;
  /** "acted": only what the person did and when, not the other people's data. */
  mode: "about" | "acted";
  rows: Record<string, unknown>[];
}

export interface Extract {
  format: "kring-register-extract/1";
  subject: { kind: ExtractKind; id: string; name: string };
  producedAt: string;
  sections: { section: Section; title: string; parts: ExtractPart[] }[];
}

const ACTED_KEEP =
  /^(id|case_id|plan_id|meeting_id|action|entity_type|role|relation|kind|status|date|held_on|.*_at|.*_on)$/;

function present(row: Record<string, unknown>, table: string, mode: "about" | "acted") {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (SECRET_COLUMNS.has(k) || SECRET_COLUMNS.has(`${table}.${k}`) || k === "tenant_id") continue;
    if (mode === "acted" && !ACTED_KEEP.test(k)) continue;
    out[k] = v instanceof Uint8Array ? { bytes: v.byteLength } : v;
  }
  return out;
}

async function subjectIds(db: Kysely<Database>, tenantId: string, kind: ExtractKind, id: string) {
  if (kind === "child") {
    const row = await db
      .selectFrom("child")
      .select(["given_name", "family_name", "user_id"])
      .where("tenant_id", "=", tenantId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw notFound("child");
    return { name: `${row.given_name} ${row.family_name}`, ids: { child: id, user: row.user_id } };
  }
  if (kind === "guardian") {
    const row = await db
      .selectFrom("guardian")
      .select(["given_name", "family_name", "user_id"])
      .where("tenant_id", "=", tenantId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw notFound("guardian");
    return {
      name: `${row.given_name} ${row.family_name}`,
      ids: { guardian: id, user: row.user_id },
    };
  }
  const row = await db
    .selectFrom("app_user")
    .select(["display_name", "kind"])
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row || row.kind !== "professional") throw notFound("user");
  return { name: row.display_name, ids: { user: id } };
}

/** An administrator's request in the web app or the API. */
export function registerExtract(
  db: Kysely<Database>,
  actor: Actor,
  kind: ExtractKind,
  id: string,
  format: "json" | "pdf",
): Promise<Extract> {
  requireRole(actor, "administrator");
  return buildExtract(db, actor, kind, id, format);
}

/** The tenant a person belongs to, for the command line (ids are unique across tenants). */
export async function tenantOfSubject(db: Kysely<Database>, kind: ExtractKind, id: string) {
  const table = kind === "child" ? "child" : kind === "guardian" ? "guardian" : "app_user";
  const row = await db
    .selectFrom(table)
    .select("tenant_id")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.tenant_id ?? null;
}

/**
 * Builds the extract and records that it was made (who, about whom; never its contents). The
 * caller has checked that the actor may: an administrator, or the command line on the server.
 */
export async function buildExtract(
  db: Kysely<Database>,
  actor: AuditActor,
  kind: ExtractKind,
  id: string,
  format: "json" | "pdf",
): Promise<Extract> {
  const subject = await subjectIds(db, actor.tenantId, kind, id);
  // The log's entries with their places in the chain (ADR 0043).
  await chainAudit(db, { tenantId: actor.tenantId });
  const sections = new Map<Section, ExtractPart[]>();
  for (const cov of COVERED) {
    const refId = (subject.ids as Partial<Record<Ref, string | null>>)[cov.ref];
    if (!refId) continue;
    const result = await sql<Record<string, unknown>>`
      select * from ${sql.table(cov.table)}
      where tenant_id = ${actor.tenantId} and ${sql.ref(cov.column)} = ${refId}
      ${cov.table === "audit_event" ? sql`order by seq, entry_id` : sql``}`.execute(db);
    if (result.rows.length === 0) continue;
    const parts = sections.get(cov.section) ?? [];
    parts.push({
      title: TABLE_TITLES[cov.table] ?? cov.table,
      table: cov.table,
      column: cov.column,
      source: cov.source,
      sourceText: SOURCE_TITLES[cov.source].sv,
      mode: cov.mode,
      rows: result.rows.map((r) => present(r, cov.table, cov.mode)),
    });
    sections.set(cov.section, parts);
  }
  await db.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: "register_extract.create",
      entityType: kind === "professional" ? "user" : kind,
      entityId: id,
      childId: kind === "child" ? id : null,
      details: { format },
    }),
  );
  return {
    format: "kring-register-extract/1",
    subject: { kind, id, name: subject.name },
    producedAt: new Date().toISOString(),
    sections: (Object.keys(SECTION_TITLES) as Section[])
      .filter((s) => sections.has(s))
      .map((s) => ({ section: s, title: SECTION_TITLES[s].sv, parts: sections.get(s)! })),
  };
}
