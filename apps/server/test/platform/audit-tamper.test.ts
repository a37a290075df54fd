import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/platform/audit/audit";
import { chainAudit } from "../../src/platform/audit/audit-chainer";
import { readAnchors } from "../../src/platform/audit/audit-anchor";
import { chainHash } from "../../src/platform/audit/audit-hash";
import { verifyAuditLog } from "../../src/platform/audit/audit-verify";
import type { Database } from "../../src/platform/db/schema";
import { createTestApp, createTestTenant, type TestApp } from "../support/test-app";

// Each way of tampering with the audit log, done as someone with database access would, and what
// `kring audit verify` then reports. Triggers are switched off inside a transaction that is rolled
// back, so each case leaves the shared database as it was.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function chainOf(length: number) {
  const { tenantId } = await createTestTenant(t.db);
  for (let i = 1; i < length; i++) {
    await t.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { tenantId, userId: null, system: "test" },
        {
          action: "thing.change",
          entityType: "thing",
          details: { i },
        },
      ),
    );
  }
  // On PostgreSQL the entries wait for the chainer (ADR 0043); chain them now.
  await chainAudit(t.db);
  return tenantId;
}

class Rollback extends Error {}

/** Tampers with triggers off, verifies, and rolls everything back. */
async function tamper(
  tenantId: string,
  change: (trx: Kysely<Database>) => Promise<unknown>,
  anchors: Awaited<ReturnType<typeof readAnchors>> = [],
) {
  let problems: { seq: number; problem: string }[] = [];
  await t.db
    .transaction()
    .execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await change(trx);
      await sql`set local session_replication_role = origin`.execute(trx);
      const result = await verifyAuditLog(trx, anchors);
      problems = result.problems
        .filter((p) => p.tenantId === tenantId)
        .map(({ seq, problem }) => ({ seq, problem }));
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return problems;
}

describe("audit log under tampering", () => {
  it("keeps a chain intact whatever text it is given (lone surrogates, NUL, odd keys)", async () => {
    const tenantId = await chainOf(1);
    await t.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { tenantId, userId: null },
        {
          action: "child.emergency_access",
          entityType: "child\u0000",
          entityId: "\udc00id",
          reason: "akut \ud800 fara\u0000 👧 \ud83d",
          details: { "\ud800key": ["\udfff", { when: new Date(0), skip: undefined }] },
        },
      ),
    );
    await chainAudit(t.db);
    const row = await t.db
      .selectFrom("audit_event")
      .select(["reason", "details"])
      .where("tenant_id", "=", tenantId)
      .where("seq", "=", 2)
      .executeTakeFirstOrThrow();
    expect(row.reason).toBe("akut \ufffd fara\ufffd 👧 \ufffd");
    expect(row.details).toEqual({ "\ufffdkey": ["\ufffd", { when: "1970-01-01T00:00:00.000Z" }] });
    const { problems } = await verifyAuditLog(t.db);
    expect(problems.filter((p) => p.tenantId === tenantId)).toEqual([]);
  });

  it("hashes well-formed entries exactly as earlier releases did (old chains still verify)", () => {
    // Computed with the hashing of the first release.
    const hash = chainHash({
      tenantId: "6f1c1a64-0d0b-4a4e-9a57-2b6f6f0f4a11",
      seq: 7,
      at: new Date("2026-03-01T08:15:30.123Z"),
      actorUserId: null,
      action: "child.read",
      entityType: "child",
      entityId: "x",
      childId: null,
      reason: 'Akut: barnets säkerhet – 👧 "citat"\n',
      details: { z: 1, a: [2, { c: "å", b: 4.5 }], n: null },
      prevHash: "ab".repeat(32),
    });
    expect(hash).toBe("654684e0331b4b46a013f75ead1f627f6c3ee5589fccd8982b01566edf2150d6");
  });

  it("still verifies entries an earlier release wrote with a lone surrogate", async () => {
    const tenantId = await chainOf(1);
    // As the first release did: the hash over the text as given, the row as the driver stored it.
    const writeAsBefore = async (seq: number, hashedReason: string) => {
      const prev = await t.db
        .selectFrom("audit_head")
        .select("hash")
        .where("tenant_id", "=", tenantId)
        .executeTakeFirstOrThrow();
      const at = new Date();
      const hash = createHash("sha256")
        .update(
          JSON.stringify([
            tenantId,
            seq,
            at.toISOString(),
            null,
            "child.emergency_access",
            "child",
            null,
            null,
            hashedReason,
            {},
            prev.hash,
          ]),
        )
        .digest("hex");
      await t.db
        .insertInto("audit_event")
        .values({
          tenant_id: tenantId,
          seq,
          at,
          actor_user_id: null,
          action: "child.emergency_access",
          entity_type: "child",
          entity_id: null,
          child_id: null,
          reason: hashedReason.replace(/[\ud800-\udfff]/g, "\ufffd"),
          details: "{}",
          prev_hash: prev.hash,
          hash,
        })
        .execute();
      await t.db
        .updateTable("audit_head")
        .set({ seq, hash })
        .where("tenant_id", "=", tenantId)
        .execute();
    };
    await writeAsBefore(2, "akut \udbff fara");
    await writeAsBefore(3, "akut \ufffd och \ud800");
    const problemsOf = async () =>
      (await verifyAuditLog(t.db)).problems
        .filter((p) => p.tenantId === tenantId)
        .map(({ seq, problem }) => ({ seq, problem }));
    // Entry 3 has two U+FFFD: one was typed, one a surrogate; too many to try, so it stays "altered".
    expect(await problemsOf()).toEqual([{ seq: 3, problem: "altered" }]);
    const edited = await tamper(tenantId, (trx) =>
      trx
        .updateTable("audit_event")
        .set({ reason: "akut \ufffd nej" })
        .where("tenant_id", "=", tenantId)
        .where("seq", "=", 2)
        .execute(),
    );
    expect(edited).toEqual([
      { seq: 2, problem: "altered" },
      { seq: 3, problem: "altered" },
    ]);
  });

  it("finds an edited row", async () => {
    const tenantId = await chainOf(3);
    const problems = await tamper(tenantId, (trx) =>
      trx
        .updateTable("audit_event")
        .set({ reason: "x" })
        .where("tenant_id", "=", tenantId)
        .where("seq", "=", 2)
        .execute(),
    );
    expect(problems).toEqual([{ seq: 2, problem: "altered" }]);
  });

  it("finds a deleted row, in the middle and at the end", async () => {
    const tenantId = await chainOf(4);
    const problems = await tamper(tenantId, (trx) =>
      trx
        .deleteFrom("audit_event")
        .where("tenant_id", "=", tenantId)
        .where("seq", "in", [2, 4])
        .execute(),
    );
    expect(problems).toEqual([
      { seq: 2, problem: "missing" },
      { seq: 4, problem: "missing" },
    ]);
  });

  it("finds a deleted head, also when the rows were deleted with it", async () => {
    const tenantId = await chainOf(3);
    const dropHead = (trx: Kysely<Database>) =>
      trx.deleteFrom("audit_head").where("tenant_id", "=", tenantId).execute();
    expect(await tamper(tenantId, dropHead)).toEqual([{ seq: 3, problem: "head_missing" }]);
    const dropAll = async (trx: Kysely<Database>) => {
      await trx.deleteFrom("audit_event").where("tenant_id", "=", tenantId).execute();
      await dropHead(trx);
    };
    expect(await tamper(tenantId, dropAll)).toEqual([{ seq: 0, problem: "head_missing" }]);
  });

  it("finds a head set back or pointing elsewhere", async () => {
    const tenantId = await chainOf(3);
    const setBack = (trx: Kysely<Database>) =>
      trx.updateTable("audit_head").set({ seq: 2 }).where("tenant_id", "=", tenantId).execute();
    expect(await tamper(tenantId, setBack)).toEqual([
      { seq: 2, problem: "head_mismatch" },
      { seq: 3, problem: "beyond_head" },
    ]);
  });

  it("refuses TRUNCATE, and finds a truncated log by its heads", async () => {
    const tenantId = await chainOf(2);
    await expect(sql`truncate audit_event`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_head`.execute(t.db)).rejects.toThrow(/forward/);
    await expect(
      t.db.deleteFrom("audit_head").where("tenant_id", "=", tenantId).execute(),
    ).rejects.toThrow(/forward/);
    const problems = await tamper(tenantId, (trx) => sql`truncate audit_event`.execute(trx));
    expect(problems).toEqual([
      { seq: 1, problem: "missing" },
      { seq: 2, problem: "missing" },
    ]);
  });

  it("finds a consistently rewritten tail only with an anchor kept elsewhere", async () => {
    const tenantId = await chainOf(4);
    const anchors = (await readAnchors(t.db)).filter((a) => a.tenantId === tenantId);
    expect(anchors).toEqual([{ tenantId, seq: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    const rewrite = async (trx: Kysely<Database>) => {
      // Entries 3 and 4 rewritten with recomputed hashes, and the head moved to match.
      const rows = await trx
        .selectFrom("audit_event")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("seq", ">=", 3)
        .orderBy("seq")
        .execute();
      let prevHash = (
        await trx
          .selectFrom("audit_event")
          .select("hash")
          .where("tenant_id", "=", tenantId)
          .where("seq", "=", 2)
          .executeTakeFirstOrThrow()
      ).hash!;
      for (const row of rows) {
        const fields = {
          tenantId,
          seq: row.seq!,
          at: row.at,
          actorUserId: row.actor_user_id,
          action: "thing.nothing",
          entityType: row.entity_type,
          entityId: row.entity_id,
          childId: row.child_id,
          reason: row.reason,
          details: row.details,
          prevHash,
        };
        const hash = chainHash(fields);
        await trx
          .updateTable("audit_event")
          .set({ action: fields.action, prev_hash: prevHash, hash })
          .where("tenant_id", "=", tenantId)
          .where("seq", "=", row.seq!)
          .execute();
        prevHash = hash;
      }
      await trx
        .updateTable("audit_head")
        .set({ hash: prevHash })
        .where("tenant_id", "=", tenantId)
        .execute();
    };
    expect(await tamper(tenantId, rewrite)).toEqual([]);
    expect(await tamper(tenantId, rewrite, anchors)).toEqual([
      { seq: 4, problem: "anchor_mismatch" },
    ]);
    // An anchor of an earlier entry proves only what came before it.
    expect(
      await tamper(tenantId, rewrite, [{ ...anchors[0]!, seq: 2, hash: "0".repeat(64) }]),
    ).toEqual([{ seq: 2, problem: "anchor_mismatch" }]);
  });
});
