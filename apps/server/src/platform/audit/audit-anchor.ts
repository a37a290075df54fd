import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { chainAudit } from "./audit-chainer";

/**
 * A tenant's chain head at one moment, kept outside the database (a printout, another system, the
 * server's log). An entry's hash covers every entry before it, so a matching anchor proves the
 * chain up to that entry unchanged, even against someone who rewrites the chain and its head.
 */
export interface AuditAnchor {
  tenantId: string;
  seq: number;
  hash: string;
}

/**
 * Every tenant's head now, after chaining what was waiting: ids, numbers and hashes only, no
 * personal data.
 */
export async function readAnchors(db: Kysely<Database>): Promise<AuditAnchor[]> {
  await chainAudit(db);
  const heads = await db.selectFrom("audit_head").selectAll().orderBy("tenant_id").execute();
  return heads.map((h) => ({ tenantId: h.tenant_id, seq: h.seq, hash: h.hash }));
}

/**
 * One JSON line per tenant. The server's log lines carry the same `auditAnchor` object, so a file
 * of either (or the whole log) can be given to `kring audit verify --anchor`.
 */
export function formatAnchorLine(anchor: AuditAnchor, at: Date): string {
  return JSON.stringify({ time: at.toISOString(), msg: "audit anchor", auditAnchor: anchor });
}

/** Anchors found in a file of JSON lines; other lines (the rest of a log) are skipped. */
export function parseAnchors(text: string): AuditAnchor[] {
  const anchors: AuditAnchor[] = [];
  for (const line of text.split("\n")) {
    if (!line.includes("auditAnchor")) continue;
    let parsed: { auditAnchor?: Partial<AuditAnchor> };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      throw new Error(`Not an anchor line (JSON expected): ${line.slice(0, 80)}`);
    }
    const a = parsed.auditAnchor;
    if (
      typeof a?.tenantId !== "string" ||
      !Number.isSafeInteger(a.seq) ||
      typeof a.hash !== "string" ||
      !/^[0-9a-f]{64}$/.test(a.hash)
    ) {
      throw new Error(`Not an anchor (tenantId, seq, hash expected): ${line.slice(0, 80)}`);
    }
    anchors.push({ tenantId: a.tenantId, seq: a.seq as number, hash: a.hash });
  }
  return anchors;
}

export const ANCHOR_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * Writes every tenant's head to the log at start and then daily. Several servers on one database
 * each write theirs: the same head twice is harmless, so no coordination is needed.
 */
export function logAnchorsDaily(
  db: Kysely<Database>,
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
  intervalMs = ANCHOR_INTERVAL_MS,
): () => void {
  const write = async () => {
    try {
      for (const anchor of await readAnchors(db)) log.info({ auditAnchor: anchor }, "audit anchor");
    } catch (error) {
      log.error({ err: { message: (error as Error).message } }, "audit anchor not written");
    }
  };
  void write();
  const timer = setInterval(() => void write(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
