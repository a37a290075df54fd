import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { GENESIS_HASH, chainHash } from "./audit-hash";

export interface AuditProblem {
  tenantId: string;
  seq: number;
  problem: "altered" | "missing" | "broken_link";
}

export interface AuditVerification {
  tenants: number;
  events: number;
  problems: AuditProblem[];
}

const PAGE = 2000;

/** Walks every tenant's chain in order and reports altered rows and missing links. */
export async function verifyAuditLog(db: Kysely<Database>): Promise<AuditVerification> {
  const heads = await db.selectFrom("audit_head").selectAll().orderBy("tenant_id").execute();
  const problems: AuditProblem[] = [];
  let events = 0;
  for (const head of heads) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const rows = await db
        .selectFrom("audit_event")
        .selectAll()
        .where("tenant_id", "=", head.tenant_id)
        .where("seq", ">=", expectedSeq)
        .orderBy("seq")
        .limit(PAGE)
        .execute();
      for (const row of rows) {
        events++;
        for (let s = expectedSeq; s < row.seq; s++) {
          problems.push({ tenantId: head.tenant_id, seq: s, problem: "missing" });
        }
        if (row.prev_hash !== prevHash && row.seq === expectedSeq) {
          problems.push({ tenantId: head.tenant_id, seq: row.seq, problem: "broken_link" });
        }
        const recomputed = chainHash({
          tenantId: row.tenant_id,
          seq: row.seq,
          at: row.at,
          actorUserId: row.actor_user_id,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          childId: row.child_id,
          reason: row.reason,
          details: row.details,
          prevHash: row.prev_hash,
        });
        if (recomputed !== row.hash) {
          problems.push({ tenantId: head.tenant_id, seq: row.seq, problem: "altered" });
        }
        prevHash = row.hash;
        expectedSeq = row.seq + 1;
      }
      if (rows.length < PAGE) break;
    }
    // Rows deleted from the end of the chain: the head still remembers them.
    for (let s = expectedSeq; s <= head.seq; s++) {
      problems.push({ tenantId: head.tenant_id, seq: s, problem: "missing" });
    }
  }
  return { tenants: heads.length, events, problems };
}
