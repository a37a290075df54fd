import type { Transaction } from "kysely";
import type { Database } from "../db/schema";
import { GENESIS_HASH, canonicalJson, canonicalText, chainHash } from "./audit-hash";

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
 * Appends to the tenant's hash chain. Takes a Transaction on purpose: the audit row commits
 * or rolls back together with the read or change it records.
 */
export async function recordAudit(
  trx: Transaction<Database>,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  await recordAudits(trx, actor, [entry]);
}

/**
 * Appends several entries in order, locking the head once and inserting them in one statement:
 * a list that names hundreds of children (one entry each) costs one round of the chain, not
 * hundreds. Each entry is hashed over the one before it exactly as `recordAudit` does.
 */
export async function recordAudits(
  trx: Transaction<Database>,
  actor: AuditActor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const tenantId = actor.tenantId;
  await trx
    .insertInto("audit_head")
    .values({ tenant_id: tenantId, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column("tenant_id").doNothing())
    .execute();
  const head = await trx
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .where("tenant_id", "=", tenantId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  // Stored in canonical form (well-formed text, plain JSON), so the row reads back as hashed
  // whatever text came in.
  const text = (value: string | null | undefined) => (value == null ? null : canonicalText(value));
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const rows = entries.map((entry) => {
    const fields = {
      tenantId,
      seq: ++seq,
      at: new Date(),
      actorUserId: actor.userId,
      action: canonicalText(entry.action),
      entityType: canonicalText(entry.entityType),
      entityId: text(entry.entityId),
      childId: entry.childId ?? null,
      reason: text(entry.reason),
      details: canonicalJson({
        ...(entry.details ?? {}),
        ...(actor.system ? { system: actor.system } : {}),
      }),
      prevHash,
    };
    const hash = chainHash(fields);
    prevHash = hash;
    return {
      tenant_id: tenantId,
      seq: fields.seq,
      at: fields.at,
      actor_user_id: fields.actorUserId,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      child_id: fields.childId,
      reason: fields.reason,
      details: JSON.stringify(fields.details),
      prev_hash: fields.prevHash,
      hash,
    };
  });
  // In slices, to stay under the database's limit of parameters per statement.
  for (let i = 0; i < rows.length; i += 1000)
    await trx
      .insertInto("audit_event")
      .values(rows.slice(i, i + 1000))
      .execute();
  await trx
    .updateTable("audit_head")
    .set({ seq, hash: prevHash })
    .where("tenant_id", "=", tenantId)
    .execute();
}
