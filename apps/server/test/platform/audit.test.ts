import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/platform/audit/audit";
import { chainAudit } from "../../src/platform/audit/audit-chainer";
import { verifyAuditLog } from "../../src/platform/audit/audit-verify";
import { createTestApp, createTestTenant, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function appendThree(tenantId: string) {
  for (const action of ["a.one", "a.two", "a.three"]) {
    await t.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { tenantId, userId: null, system: "test" },
        {
          action,
          entityType: "thing",
          details: { z: 1, a: [2, { c: 3, b: 4 }] },
        },
      ),
    );
  }
  // On PostgreSQL the entries wait for the chainer (ADR 0043); chain them now.
  await chainAudit(t.db);
}

const problemsOf = async (tenantId: string) =>
  (await verifyAuditLog(t.db)).problems.filter((p) => p.tenantId === tenantId);

describe("audit log", () => {
  it("chains entries per tenant and verifies them intact", async () => {
    const tenant = await createTestTenant(t.db);
    await appendThree(tenant.tenantId);
    const rows = await t.db
      .selectFrom("audit_event")
      .select(["seq", "prev_hash", "hash"])
      .where("tenant_id", "=", tenant.tenantId)
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(await problemsOf(tenant.tenantId)).toEqual([]);
  });

  it("refuses updates and deletes", async () => {
    const tenant = await createTestTenant(t.db);
    await expect(
      t.db
        .updateTable("audit_event")
        .set({ action: "x" })
        .where("tenant_id", "=", tenant.tenantId)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.deleteFrom("audit_event").where("tenant_id", "=", tenant.tenantId).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it("detects a row changed by hand in the database", async () => {
    const tenant = await createTestTenant(t.db);
    await appendThree(tenant.tenantId);
    await sql`alter table audit_event disable trigger audit_event_no_change`.execute(t.db);
    await sql`update audit_event set reason = 'tampered' where tenant_id = ${tenant.tenantId} and seq = 3`.execute(
      t.db,
    );
    await sql`alter table audit_event enable trigger audit_event_no_change`.execute(t.db);
    expect(await problemsOf(tenant.tenantId)).toEqual([
      { tenantId: tenant.tenantId, seq: 3, problem: "altered" },
    ]);
  });

  it("detects a deleted row in the middle and at the end", async () => {
    const tenant = await createTestTenant(t.db);
    await appendThree(tenant.tenantId);
    await sql`alter table audit_event disable trigger audit_event_no_change`.execute(t.db);
    await sql`delete from audit_event where tenant_id = ${tenant.tenantId} and seq in (2, 4)`.execute(
      t.db,
    );
    await sql`alter table audit_event enable trigger audit_event_no_change`.execute(t.db);
    expect(await problemsOf(tenant.tenantId)).toEqual([
      { tenantId: tenant.tenantId, seq: 2, problem: "missing" },
      { tenantId: tenant.tenantId, seq: 4, problem: "missing" },
    ]);
  });

  it("rolls the audit entry back with a failed change", async () => {
    const tenant = await createTestTenant(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await recordAudit(
          trx,
          { tenantId: tenant.tenantId, userId: null },
          { action: "x", entityType: "y" },
        );
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    const count = await t.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("tenant_id", "=", tenant.tenantId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1); // only tenant.create
  });
});
