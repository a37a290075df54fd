import type { Transaction } from "kysely";
import type { Database } from "../db/schema";
import { type AuditActor, type AuditEntry, recordAudit, recordAudits } from "./audit";

/**
 * A read that returns several children (a list, a worklist) is recorded once per child, each
 * entry with the child's id in its own column, so "who has read about this child?" is one query
 * on `audit_event.child_id`. An empty result is still recorded, once, without a child.
 */
export async function recordAuditPerChild(
  trx: Transaction<Database>,
  actor: AuditActor,
  entry: Omit<AuditEntry, "childId">,
  childIds: readonly (string | null | undefined)[],
): Promise<void> {
  const children = [...new Set(childIds.filter((id): id is string => !!id))];
  if (children.length === 0) return recordAudit(trx, actor, entry);
  await recordAudits(
    trx,
    actor,
    children.map((childId) => ({ ...entry, childId })),
  );
}
