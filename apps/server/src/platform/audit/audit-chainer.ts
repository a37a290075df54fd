import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema";
import { GENESIS_HASH, chainHash } from "./audit-hash";

// Requests append audit entries unchained and without a lock; the chainer gives the committed
// ones their places in the tenant's hash chain shortly after (ADR 0043). Only the chainer takes
// the tenant's head for update, so requests never wait for one another over the audit log.

type Db = Kysely<Database>;
const BATCH = 1000;

/** How long an entry may wait for its place before `audit verify` reports it (`unchained`). */
export const UNCHAINED_BOUND_MS = 10 * 60 * 1000;

/** How often each server's chainer looks for unchained entries. */
export const CHAIN_INTERVAL_MS = 1000;

/**
 * Chains the tenant's committed unchained entries in the order they were written (entry_id),
 * inside `trx`. The head row, held for update until `trx` ends, is what keeps two chainers from
 * giving one place twice or forking the chain: the second waits, then reads the head the first
 * left and finds the entries already chained. With `skipLocked` it does not wait but returns
 * null at once when another chainer holds the head (that one is doing the work).
 */
export async function chainTenant(
  trx: Db,
  tenantId: string,
  opts: { skipLocked?: boolean } = {},
): Promise<number | null> {
  const lockHead = () => {
    const q = trx
      .selectFrom("audit_head")
      .select(["seq", "hash"])
      .where("tenant_id", "=", tenantId)
      .forUpdate();
    return (opts.skipLocked ? q.skipLocked() : q).executeTakeFirst();
  };
  let head = await lockHead();
  if (!head) {
    // Not there, or held by another chainer (skipped). The insert is only tried for a missing
    // head: against a head another chainer has just moved it would wait for that one.
    const held = await trx
      .selectFrom("audit_head")
      .select("tenant_id")
      .where("tenant_id", "=", tenantId)
      .executeTakeFirst();
    if (held) return null;
    await trx
      .insertInto("audit_head")
      .values({ tenant_id: tenantId, seq: 0, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column("tenant_id").doNothing())
      .execute();
    head = await lockHead();
    if (!head) return null;
  }
  let seq = Number(head.seq);
  let prevHash = head.hash;
  let chained = 0;
  for (;;) {
    // A statement after the lock: it sees every entry committed before the lock was granted,
    // including what an earlier chainer chained.
    const rows = await trx
      .selectFrom("audit_event")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("hash", "is", null)
      .orderBy("entry_id")
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    // Hashed over the row as it reads back, exactly as `audit verify` will read it.
    const placed = rows.map((row) => {
      const fields = {
        tenantId,
        seq: ++seq,
        at: row.at,
        actorUserId: row.actor_user_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        childId: row.child_id,
        reason: row.reason,
        details: row.details,
        prevHash,
      };
      const hash = chainHash(fields);
      const place = sql`(${row.entry_id}::bigint, ${fields.seq}::bigint, ${prevHash}, ${hash})`;
      prevHash = hash;
      return place;
    });
    const result = await sql`
      update audit_event e set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(placed)}) as v(entry_id, seq, prev_hash, hash)
      where e.entry_id = v.entry_id and e.hash is null`.execute(trx);
    // Cannot happen while the head is held; if it did, the chain would fork: stop, roll back.
    if (Number(result.numAffectedRows) !== rows.length)
      throw new Error("audit chain: entries were chained by another while the head was held");
    chained += rows.length;
    if (rows.length < BATCH) break;
  }
  if (chained > 0)
    await trx
      .updateTable("audit_head")
      .set({ seq, hash: prevHash })
      .where("tenant_id", "=", tenantId)
      .execute();
  return chained;
}

/**
 * Chains every committed unchained entry (of one tenant, or of all), each tenant in a
 * transaction of its own (or in `db` when it is one already). Reads that need the chain (verify,
 * anchors, register extracts, log review) call it first. Returns how many entries it chained.
 */
export async function chainAudit(
  db: Db,
  opts: { tenantId?: string; skipLocked?: boolean } = {},
): Promise<number> {
  let pending = db
    .selectFrom("audit_event")
    .select("tenant_id")
    .distinct()
    .where("hash", "is", null);
  if (opts.tenantId) pending = pending.where("tenant_id", "=", opts.tenantId);
  let chained = 0;
  for (const { tenant_id } of await pending.execute()) {
    const run = (trx: Db) => chainTenant(trx, tenant_id, opts);
    chained += (db.isTransaction ? await run(db) : await db.transaction().execute(run)) ?? 0;
  }
  return chained;
}

/**
 * Every server runs a chainer; for each tenant one of them wins the head (SKIP LOCKED) and the
 * others pass on. Returns a stop function that also chains what is left, for shutdown.
 */
export function chainAuditContinually(
  db: Db,
  log: { error(obj: object, msg: string): void },
  intervalMs = CHAIN_INTERVAL_MS,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const chain = (skipLocked: boolean) =>
    chainAudit(db, { skipLocked }).then(
      () => undefined,
      (error: unknown) =>
        log.error({ err: { message: (error as Error).message } }, "audit entries not chained"),
    );
  const timer = setInterval(() => {
    if (running) return;
    running = chain(true).finally(() => (running = null));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await chain(false);
  };
}
