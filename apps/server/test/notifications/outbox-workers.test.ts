import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "../../src/platform/db/connect";
import { enqueueMail, workOutbox } from "../../src/features/notifications/outbox";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { type TestApp, createTestApp, createTestTenant } from "../support/test-app";

// Two servers working one outbox on PostgreSQL: each message is claimed by exactly one of them
// (FOR UPDATE SKIP LOCKED), so every message arrives once. PGlite is one process by design
// (ADR 0001): there the same code runs, and is tested, in notifications.test.ts.

const MAIL_DIR = path.join(os.tmpdir(), `kring-test-mail-${process.pid}`);
const onPostgres = !!process.env.DATABASE_URL;
let t: TestApp;
let second: DatabaseHandle;
let sink: SmtpSink;

beforeAll(async () => {
  if (!onPostgres) return;
  t = await createTestApp();
  second = await connectDatabase({
    databaseUrl: (t.handle as { url?: string }).url!,
    dataDir: "",
  });
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink?.close();
  await second?.close();
  await t?.close();
});

describe.skipIf(!onPostgres)("two workers on one PostgreSQL", () => {
  it("never send the same message twice", async () => {
    const tenant = await createTestTenant(t.db);
    await t.db
      .insertInto("tenant_settings")
      .values({
        tenant_id: tenant.tenantId,
        deadline_rules: "{}",
        smtp_host: "127.0.0.1",
        smtp_port: sink.port,
        smtp_security: "none",
        mail_from: "kring@kommun.test",
      })
      .execute();
    const N = 60;
    for (let i = 0; i < N; i++)
      await enqueueMail(t.db, {
        tenantId: tenant.tenantId,
        userId: null,
        dedupeKey: `bulk:${i}`,
        to: `person${i}@kommun.test`,
        subject: `Kring: meddelande ${i}`,
        text: "Prov.",
      });
    // The same key twice is queued once.
    expect(
      await enqueueMail(t.db, {
        tenantId: tenant.tenantId,
        userId: null,
        dedupeKey: "bulk:0",
        to: "person0@kommun.test",
        subject: "Kring: meddelande 0",
        text: "Prov.",
      }),
    ).toBe(false);
    const [a, b] = await Promise.all([
      workOutbox(t.db, MAIL_DIR, undefined, 3),
      workOutbox(second.db, MAIL_DIR, undefined, 3),
    ]);
    expect(a.failed + b.failed).toBe(0);
    expect(a.sent + b.sent).toBe(N);
    // Both worked: the claims interleaved rather than one server doing everything.
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    const subjects = sink.received.map((m) => m.subject);
    expect(subjects).toHaveLength(N);
    expect(new Set(subjects).size).toBe(N);
    const ids = sink.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(N);
    const left = await t.db
      .selectFrom("mail_outbox")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("tenant_id", "=", tenant.tenantId)
      .where("status", "<>", "sent")
      .executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(0);
  });
});
