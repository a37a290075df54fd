import type { Transaction } from "kysely";
import type { Database } from "../db/schema";
import { type AuditActor, recordAudit } from "./audit";
import { chainTenant } from "./audit-chainer";

export const PRUNED_ACTION = "audit.pruned";

/**
 * Removes a tenant's audit entries 1..throughSeq (retention, ADR 0037) so that the rest still
 * verifies: the removed prefix is summed up by the hash of its last entry, which covers every
 * entry before it. That hash is kept twice: in `audit_checkpoint` (where the walk of the rest
 * starts) and in a new chain entry "audit.pruned", so the head and any later anchor vouch for the
 * checkpoint; moving the checkpoint on by hand is found by `kring audit verify`.
 */
export async function pruneAuditThrough(
  trx: Transaction<Database>,
  actor: AuditActor,
  throughSeq: number,
): Promise<number> {
  const tenantId = actor.tenantId;
  const last = await trx
    .selectFrom("audit_event")
    .select(["seq", "hash"])
    .where("tenant_id", "=", tenantId)
    .where("seq", "=", throughSeq)
    .executeTakeFirst();
  const hash = last?.hash;
  if (!hash) return 0;
  const before = await trx
    .selectFrom("audit_checkpoint")
    .select("seq")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  if (before && before.seq >= throughSeq) return 0;
  const entries = throughSeq - (before?.seq ?? 0);
  await recordAudit(trx, actor, {
    action: PRUNED_ACTION,
    entityType: "audit",
    details: { throughSeq, hash, entries },
  });
  // Chained now, in this transaction: the checkpoint is vouched for by the chain from the moment
  // it exists, not only once a chainer has come by.
  await chainTenant(trx, tenantId);
  await trx
    .insertInto("audit_checkpoint")
    .values({ tenant_id: tenantId, seq: throughSeq, hash, pruned_at: new Date() })
    .onConflict((oc) =>
      oc.column("tenant_id").doUpdateSet({ seq: throughSeq, hash, pruned_at: new Date() }),
    )
    .execute();
  const result = await trx
    .deleteFrom("audit_event")
    .where("tenant_id", "=", tenantId)
    .where("seq", "<=", throughSeq)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
