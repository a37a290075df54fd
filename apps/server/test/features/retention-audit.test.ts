import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/platform/audit/audit";
import { chainAudit } from "../../src/platform/audit/audit-chainer";
import { verifyAuditLog } from "../../src/platform/audit/audit-verify";
import type { Database } from "../../src/platform/db/schema";
import { createTestApp, type TestApp } from "../support/test-app";
import { HOUR, previewThenRun, retentionWorld } from "./retention-world";

// The audit log's own retention: entries older than ten years go, and the hash chain still proves
// that nothing else changed. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.

let t: TestApp;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-retention-"));
const deps = { uploadDir };
beforeAll(async () => {
  t = await createTestApp({ UPLOAD_DIR: uploadDir });
});
afterAll(() => t.close());
const world = () => retentionWorld(t);

describe("retention of the audit log", () => {
  it("prunes audit entries after ten years and the chain still verifies, and finds tampering", async () => {
    const w = await world();
    for (let i = 0; i < 5; i++)
      await t.db
        .transaction()
        .execute((trx) =>
          recordAudit(
            trx,
            { tenantId: w.tenant.tenantId, userId: null, system: "test" },
            { action: "thing.read", entityType: "thing", details: { i } },
          ),
        );
    const before = await t.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("tenant_id", "=", w.tenant.tenantId)
      .executeTakeFirstOrThrow();
    expect(Number(before.n)).toBeGreaterThan(5);
    // Ten years and a day from now, everything written today is due.
    const future = new Date(Date.now() + (10 * 366 + 1) * 24 * HOUR);
    const run = await previewThenRun(t.db, deps, w.tenant.tenantId, future);
    expect(run.byRule.audit_entries).toBe(1);
    // The run's own entry waits for the chainer on PostgreSQL (ADR 0043).
    await chainAudit(t.db);
    const left = await t.db
      .selectFrom("audit_event")
      .select(["seq", "action"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .orderBy("seq")
      .execute();
    expect(left.map((e) => e.action)).toEqual(["audit.pruned", "retention.applied"]);
    const mine = (r: Awaited<ReturnType<typeof verifyAuditLog>>) =>
      r.problems.filter((p) => p.tenantId === w.tenant.tenantId);
    expect(mine(await verifyAuditLog(t.db))).toEqual([]);
    // Deleting past the checkpoint is still refused by the database.
    await expect(
      sql`delete from audit_event where tenant_id = ${w.tenant.tenantId}`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    // Tampering with what is left, or moving the checkpoint by hand, is found.
    const tampered = await inRollback(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`update audit_event set reason = 'x' where tenant_id = ${w.tenant.tenantId} and seq = ${left[1]!.seq}`.execute(
        trx,
      );
      await sql`update audit_checkpoint set seq = seq + 1 where tenant_id = ${w.tenant.tenantId}`.execute(
        trx,
      );
      await sql`set local session_replication_role = origin`.execute(trx);
      return mine(await verifyAuditLog(trx))
        .map((p) => p.problem)
        .sort();
    });
    expect(tampered).toEqual(expect.arrayContaining(["altered", "checkpoint_unrecorded"]));
  });
});

class Rollback extends Error {}
async function inRollback<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  let out: T | undefined;
  await t.db
    .transaction()
    .execute(async (trx) => {
      out = await work(trx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return out as T;
}
