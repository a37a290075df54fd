import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import type { AuditAnchor } from "./audit-anchor";
import { UNCHAINED_BOUND_MS, chainAudit } from "./audit-chainer";
import { GENESIS_HASH, chainHash } from "./audit-hash";
import { matchesLoneSurrogateEntry } from "./audit-legacy";
import { PRUNED_ACTION } from "./audit-prune";

export type AuditProblemKind =
  /** The entry's fields no longer give its hash. */
  | "altered"
  /** An entry the head (or a later entry) says exists is not there. */
  | "missing"
  /** The entry does not point at the previous entry's hash. */
  | "broken_link"
  /** An entry after the head: written past the head, or the head was set back. */
  | "beyond_head"
  /** The tenant has no head: removed (the chain cannot be checked at its end). */
  | "head_missing"
  /** The head's hash is not the last entry's hash. */
  | "head_mismatch"
  /** The entry differs from the anchor kept elsewhere (or is gone): rewritten since. */
  | "anchor_mismatch"
  /** A checkpoint of a pruned start that no "audit.pruned" entry in the chain names. */
  | "checkpoint_unrecorded"
  /**
   * The entry waited longer than the bound for its place in the chain (the chainer was not
   * running): until verify chained it, it was not under the chain's protection.
   */
  | "unchained";

export interface AuditProblem {
  tenantId: string;
  seq: number;
  problem: AuditProblemKind;
}

export interface AuditVerification {
  tenants: number;
  events: number;
  problems: AuditProblem[];
}

const PAGE = 2000;

/**
 * Chains what is waiting, then walks every tenant's chain in order and reports altered rows,
 * missing links, a head that does not match the chain, any difference from the given anchors,
 * and entries that waited longer than the bound to be chained.
 */
export async function verifyAuditLog(
  db: Kysely<Database>,
  anchors: AuditAnchor[] = [],
  opts: { now?: Date } = {},
): Promise<AuditVerification> {
  const bound = new Date((opts.now ?? new Date()).getTime() - UNCHAINED_BOUND_MS);
  const late = await db
    .selectFrom("audit_event")
    .select("entry_id")
    .where("hash", "is", null)
    .where("at", "<", bound)
    .execute();
  await chainAudit(db);
  const unchained: AuditProblem[] = [];
  for (let i = 0; i < late.length; i += 1000) {
    const ids = late.slice(i, i + 1000).map((e) => e.entry_id);
    for (const e of await db
      .selectFrom("audit_event")
      .select(["tenant_id", "seq"])
      .where("entry_id", "in", ids)
      .execute())
      unchained.push({ tenantId: e.tenant_id, seq: Number(e.seq), problem: "unchained" });
  }
  // One snapshot for heads and chains, so entries chained meanwhile by a server's chainer are
  // not taken for entries written past the head.
  const walk = (trx: Kysely<Database>) => verifyChains(trx, anchors, unchained);
  return db.isTransaction
    ? walk(db)
    : db.transaction().setIsolationLevel("repeatable read").execute(walk);
}

async function verifyChains(
  db: Kysely<Database>,
  anchors: AuditAnchor[],
  unchained: AuditProblem[],
): Promise<AuditVerification> {
  const heads = new Map(
    (await db.selectFrom("audit_head").selectAll().execute()).map((h) => [h.tenant_id, h]),
  );
  // Every tenant has a chain from its creation on; a chain without a head is a finding too.
  const tenantIds = new Set([
    ...heads.keys(),
    ...(await db.selectFrom("tenant").select("id").execute()).map((t) => t.id),
    ...(await db.selectFrom("audit_event").select("tenant_id").distinct().execute()).map(
      (e) => e.tenant_id,
    ),
    ...anchors.map((a) => a.tenantId),
  ]);
  // A pruned start (retention, ADR 0037): the walk starts after it, from its last entry's hash.
  const checkpoints = new Map(
    (await db.selectFrom("audit_checkpoint").selectAll().execute()).map((c) => [c.tenant_id, c]),
  );
  const problems: AuditProblem[] = [...unchained];
  let events = 0;
  for (const tenantId of [...tenantIds].sort()) {
    const head = heads.get(tenantId);
    const checkpoint = checkpoints.get(tenantId);
    // Anchors taken before the pruning point at entries that are gone; the checkpoint, vouched
    // for by the rest of the chain, stands for them.
    const tenantAnchors = anchors.filter(
      (a) => a.tenantId === tenantId && (!checkpoint || a.seq >= checkpoint.seq),
    );
    const walk = await walkChain(db, tenantId, head?.seq ?? Infinity, tenantAnchors, checkpoint);
    if (checkpoint && !walk.checkpointRecorded)
      problems.push({ tenantId, seq: checkpoint.seq, problem: "checkpoint_unrecorded" });
    events += walk.events;
    problems.push(...walk.problems);
    for (const anchor of tenantAnchors) {
      if (walk.hashAt.get(anchor.seq) !== anchor.hash) {
        problems.push({ tenantId, seq: anchor.seq, problem: "anchor_mismatch" });
      }
    }
    if (!head) {
      problems.push({ tenantId, seq: walk.lastSeq, problem: "head_missing" });
      continue;
    }
    // Entries deleted from the end of the chain: the head still remembers them.
    for (let s = walk.lastSeq + 1; s <= head.seq; s++) {
      problems.push({ tenantId, seq: s, problem: "missing" });
    }
    if (head.seq <= walk.lastSeq && walk.hashAt.get(head.seq) !== head.hash) {
      problems.push({ tenantId, seq: head.seq, problem: "head_mismatch" });
    }
  }
  problems.sort((a, b) =>
    a.tenantId !== b.tenantId ? (a.tenantId < b.tenantId ? -1 : 1) : a.seq - b.seq,
  );
  return { tenants: tenantIds.size, events, problems };
}

async function walkChain(
  db: Kysely<Database>,
  tenantId: string,
  headSeq: number,
  anchors: AuditAnchor[],
  checkpoint?: { seq: number; hash: string },
) {
  const problems: AuditProblem[] = [];
  const kept = new Set([headSeq, ...anchors.map((a) => a.seq)]);
  const start = checkpoint ?? { seq: 0, hash: GENESIS_HASH };
  const hashAt = new Map<number, string>([[start.seq, start.hash]]);
  let events = 0;
  let expectedSeq = start.seq + 1;
  let prevHash = start.hash;
  let checkpointRecorded = false;
  for (;;) {
    const rows = await db
      .selectFrom("audit_event")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("seq", ">=", expectedSeq)
      .orderBy("seq")
      .limit(PAGE)
      .execute();
    for (const found of rows) {
      // Walked by seq: chained entries only, which have all three (a check constraint).
      const row = { ...found, seq: found.seq!, prev_hash: found.prev_hash!, hash: found.hash! };
      events++;
      for (let s = expectedSeq; s < row.seq; s++)
        problems.push({ tenantId, seq: s, problem: "missing" });
      if (row.prev_hash !== prevHash && row.seq === expectedSeq) {
        problems.push({ tenantId, seq: row.seq, problem: "broken_link" });
      }
      const fields = {
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
      };
      if (checkpoint && row.action === PRUNED_ACTION) {
        const d = row.details as { throughSeq?: unknown; hash?: unknown };
        if (d.throughSeq === checkpoint.seq && d.hash === checkpoint.hash)
          checkpointRecorded = true;
      }
      if (chainHash(fields) !== row.hash && !matchesLoneSurrogateEntry(fields, row.hash)) {
        problems.push({ tenantId, seq: row.seq, problem: "altered" });
      }
      if (row.seq > headSeq) problems.push({ tenantId, seq: row.seq, problem: "beyond_head" });
      if (kept.has(row.seq)) hashAt.set(row.seq, row.hash);
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
    }
    if (rows.length < PAGE) break;
  }
  return { events, problems, hashAt, lastSeq: expectedSeq - 1, checkpointRecorded };
}
