import type { Transaction } from "kysely";
import type { Database } from "../db/schema";
import { chainTenant } from "./audit-chainer";
import { canonicalJson, canonicalText } from "./audit-hash";

/** Whoever acts: a user, or the system itself (named) on its own behalf. */
export interface AuditActor {
  tenantId: string;
  userId: string | null;
  system?: string;
}

export interface AuditEntry {
  /** Dotted verb, e.g. "child.read", "case.create", "auth.login". */
  action: string;
  entityType: string;
  entityId?: string | null;
  childId?: string | null;
  /** Why: the stated purpose or reason, required for emergency access. */
  reason?: string | null;
  /** Never personal data beyond ids; what changed, counts, filters. */
  details?: Record<string, unknown>;
}

/**
 * Appends to the tenant's audit log. Takes a Transaction on purpose: the audit row commits or
 * rolls back together with the read or change it records. The entry is written unchained and
 * without a lock; the chainer gives it its place in the hash chain shortly after (ADR 0043).
 */
export async function recordAudit(
  trx: Transaction<Database>,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  await recordAudits(trx, actor, [entry]);
}

/**
 * Appends several entries in order in one statement: a list that names hundreds of children
 * (one entry each) costs one insert, not hundreds.
 */
export async function recordAudits(
  trx: Transaction<Database>,
  actor: AuditActor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const tenantId = actor.tenantId;
  // Stored in canonical form (well-formed text, plain JSON), so the row reads back exactly as
  // the chainer will hash it, whatever text came in.
  const text = (value: string | null | undefined) => (value == null ? null : canonicalText(value));
  const at = new Date();
  const rows = entries.map((entry) => ({
    tenant_id: tenantId,
    at,
    actor_user_id: actor.userId,
    action: canonicalText(entry.action),
    entity_type: canonicalText(entry.entityType),
    entity_id: text(entry.entityId),
    child_id: entry.childId ?? null,
    reason: text(entry.reason),
    details: JSON.stringify(
      canonicalJson({
        ...(entry.details ?? {}),
        ...(actor.system ? { system: actor.system } : {}),
      }),
    ),
  }));
  // In slices, to stay under the database's limit of parameters per statement.
  for (let i = 0; i < rows.length; i += 1000)
    await trx
      .insertInto("audit_event")
      .values(rows.slice(i, i + 1000))
      .execute();
  // PGlite serves one connection at a time: nothing runs beside this transaction, so chaining
  // here costs no waiting, and the chain is whole whenever the transaction commits.
  if (!trx.getExecutor().adapter.supportsMultipleConnections) await chainTenant(trx, tenantId);
}
