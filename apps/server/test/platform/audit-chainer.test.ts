import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/platform/audit/audit";
import {
  UNCHAINED_BOUND_MS,
  chainAudit,
  chainTenant,
} from "../../src/platform/audit/audit-chainer";
import { verifyAuditLog } from "../../src/platform/audit/audit-verify";
import { createTestApp, createTestTenant, loginAs, type TestApp } from "../support/test-app";

// Requests append audit entries unchained and without a lock; one chainer at a time gives them
// their places (ADR 0043). PGlite chains inside the writing transaction, so unchained entries are
// made here by inserting them as a request on PostgreSQL does.

const onPostgres = !!process.env.DATABASE_URL;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A tenant whose chain holds its creation entry, chained. */
async function chainedTenant() {
  const tenant = await createTestTenant(t.db);
  await chainAudit(t.db, { tenantId: tenant.tenantId });
  return tenant;
}

/** Entries as a request on PostgreSQL writes them: no seq, no hashes yet. */
async function writeUnchained(tenantId: string, n: number, at = new Date()) {
  const rows = await t.db
    .insertInto("audit_event")
    .values(
      Array.from({ length: n }, (_, i) => ({
        tenant_id: tenantId,
        at,
        actor_user_id: null,
        action: "thing.read",
        entity_type: "thing",
        details: JSON.stringify({ i }),
      })),
    )
    .returning("entry_id")
    .execute();
  return rows.map((r) => r.entry_id);
}

const chainOf = (tenantId: string) =>
  t.db
    .selectFrom("audit_event")
    .select(["seq", "hash"])
    .where("tenant_id", "=", tenantId)
    .orderBy("seq")
    .execute();

const problemsOf = async (tenantId: string, now?: Date) =>
  (await verifyAuditLog(t.db, [], now ? { now } : {})).problems
    .filter((p) => p.tenantId === tenantId)
    .map(({ seq, problem }) => ({ seq, problem }));

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("the audit chainer", () => {
  it("gives an unchained entry its place once and lets nothing else change", async () => {
    const { tenantId } = await chainedTenant();
    const [entryId] = await writeUnchained(tenantId, 1);
    const entry = t.db.updateTable("audit_event").where("entry_id", "=", entryId!);
    await expect(entry.set({ action: "thing.change" }).execute()).rejects.toThrow(/append-only/);
    await expect(
      t.db.deleteFrom("audit_event").where("entry_id", "=", entryId!).execute(),
    ).rejects.toThrow(/append-only/);
    expect(await chainAudit(t.db, { tenantId })).toBe(1);
    expect(await chainOf(tenantId)).toEqual([
      { seq: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { seq: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    // Chained once: its place and hashes cannot be given again.
    await expect(
      entry.set({ seq: 9, prev_hash: "0".repeat(64), hash: "1".repeat(64) }).execute(),
    ).rejects.toThrow(/append-only/);
    expect(await problemsOf(tenantId)).toEqual([]);
  });

  it("reports entries left unchained longer than the bound, then chains them", async () => {
    const { tenantId } = await chainedTenant();
    await writeUnchained(tenantId, 2);
    const later = new Date(Date.now() + UNCHAINED_BOUND_MS + 60_000);
    expect(await problemsOf(tenantId, later)).toEqual([
      { seq: 2, problem: "unchained" },
      { seq: 3, problem: "unchained" },
    ]);
    // Verify chained them: they are under the chain's protection now.
    expect(await problemsOf(tenantId, later)).toEqual([]);
    // Within the bound an unchained entry is just waiting for the chainer.
    await writeUnchained(tenantId, 1);
    expect(await problemsOf(tenantId)).toEqual([]);
    expect((await chainOf(tenantId)).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
  });

  it("never gives one place twice or forks the chain when chainers run at once", async () => {
    const { tenantId } = await chainedTenant();
    await writeUnchained(tenantId, 60);
    const counts = await Promise.all([
      chainAudit(t.db, { tenantId }),
      chainAudit(t.db),
      chainAudit(t.db, { tenantId, skipLocked: true }),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
    expect((await chainOf(tenantId)).map((r) => r.seq)).toEqual(range(1, 61));
    const head = await t.db
      .selectFrom("audit_head")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .executeTakeFirstOrThrow();
    expect(head.seq).toBe(61);
    expect(await problemsOf(tenantId)).toEqual([]);
  });
});

describe.runIf(onPostgres)(
  "the audit chainer on PostgreSQL, with transactions side by side",
  () => {
    /** Backends of this database waiting for a lock right now. */
    const waitingForLocks = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db)
      ).rows[0]!.n;

    it("makes a second chainer wait for the first, and one that skips pass on", async () => {
      const { tenantId } = await chainedTenant();
      await writeUnchained(tenantId, 5);
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      let firstChained: number | null = null;
      const first = t.db.transaction().execute(async (trx) => {
        firstChained = await chainTenant(trx, tenantId);
        await held;
      });
      await expect.poll(() => firstChained).toBe(5);
      // The head is held: a chainer that skips passes on at once, chaining nothing.
      expect(await chainAudit(t.db, { tenantId, skipLocked: true })).toBe(0);
      const second = chainAudit(t.db, { tenantId });
      await expect.poll(waitingForLocks).toBeGreaterThan(0);
      release();
      await first;
      // It waited, then read the head the first left and found the entries chained.
      expect(await second).toBe(0);
      expect((await chainOf(tenantId)).map((r) => r.seq)).toEqual(range(1, 6));
      expect(await problemsOf(tenantId)).toEqual([]);
    });

    it("serves 100 readers at once while a transaction that wrote audit entries stays open", async () => {
      const tenant = await chainedTenant();
      const username = await tenant.addUser("samordnare", [["admin", "central_coordinator"]]);
      const client = await loginAs(t.app, username);
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      let holderPid = 0;
      let committed = false;
      const holder = t.db
        .transaction()
        .execute(async (trx) => {
          await recordAudit(
            trx,
            { tenantId: tenant.tenantId, userId: null, system: "test" },
            { action: "thing.change", entityType: "thing" },
          );
          holderPid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx))
            .rows[0]!.pid;
          await held;
        })
        .then(() => (committed = true));
      await expect.poll(() => holderPid).not.toBe(0);
      // Under a head locked per request, every one of these would wait for the open transaction.
      const answers = await Promise.all(
        Array.from({ length: 100 }, () => client.get("/api/cases")),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(100).fill(200));
      expect(committed).toBe(false);
      // The open transaction holds no lock on the head: it only inserted its entry.
      const headLocks = await sql<{ n: number }>`select count(*)::int as n from pg_locks
      where pid = ${holderPid} and relation = 'audit_head'::regclass`.execute(t.db);
      expect(headLocks.rows[0]!.n).toBe(0);
      const read = await t.db
        .selectFrom("audit_event")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("tenant_id", "=", tenant.tenantId)
        .where("action", "=", "case.list_mine")
        .executeTakeFirstOrThrow();
      expect(Number(read.n)).toBe(100);
      // Chaining meanwhile takes the readers' entries; the open one's comes when it commits.
      await chainAudit(t.db, { tenantId: tenant.tenantId });
      release();
      await holder;
      await chainAudit(t.db, { tenantId: tenant.tenantId });
      const chain = await chainOf(tenant.tenantId);
      expect(chain.map((r) => r.seq)).toEqual(range(1, chain.length));
      expect(chain.length).toBeGreaterThanOrEqual(103);
      expect(await problemsOf(tenant.tenantId)).toEqual([]);
    });
  },
);
