import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { seedDemo } from "../../src/demo/seed-demo";
import { chainAudit } from "../../src/platform/audit/audit-chainer";
import { rowCounts } from "../../src/platform/backup/row-counts";
import { scratchDatabase } from "../../src/platform/backup/postgres-backup";
import { connectDatabase } from "../../src/platform/db/connect";
import { type KringServer, startServer } from "../support/kring-process";
import { createTestDatabase } from "../support/test-database";
import { runKring } from "./run-cli";

// Backup, wipe, restore: the same rows and an intact audit chain, on the database in use.
vi.setConfig({ testTimeout: 600_000 });

const onPostgres = !!process.env.DATABASE_URL;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kring-backup-"));
const servers: KringServer[] = [];
afterAll(async () => {
  for (const s of servers) s.child.kill("SIGKILL");
  fs.rmSync(work, { recursive: true, force: true });
});

async function countsIn(opts: { databaseUrl?: string; dataDir: string }) {
  const handle = await connectDatabase(opts);
  try {
    return await rowCounts(handle.db);
  } finally {
    await handle.close();
  }
}

const auditLine = (stdout: string) => /audit: (\d+) entries, (.*)/.exec(stdout)?.slice(1);

describe.skipIf(onPostgres)("backup and restore of the embedded database", () => {
  const dataDir = path.join(work, "data");
  const env = { DATA_DIR: dataDir, DATABASE_URL: "" };

  it("copies it while the server runs, and restores it after a wipe with the same rows", async () => {
    const server = await startServer(env, ["--demo"]);
    servers.push(server);
    const file = path.join(work, "kring.tar.gz");
    const backup = runKring(["backup", file], { env });
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(/^Backup written: .*kring\.tar\.gz \(\d+ bytes\)/);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    const before = await countsIn({ dataDir });
    expect(before.child).toBeGreaterThan(0);

    const check = runKring(["restore", "--check", file], { env });
    expect(check.status).toBe(0);
    expect(auditLine(check.stdout)).toEqual([String(before.audit_event), "intact"]);

    fs.rmSync(dataDir, { recursive: true, force: true });
    const restore = runKring(["restore", file], { env });
    expect(restore.status).toBe(0);
    expect(auditLine(restore.stdout)).toEqual([String(before.audit_event), "intact"]);
    expect(await countsIn({ dataDir })).toEqual(before);
    expect(runKring(["audit", "verify"], { env }).stdout).toContain("intact");

    // Restoring over a database keeps the one that was there beside it.
    const again = runKring(["restore", file], { env });
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    const aside = /kept in (.*)/.exec(again.stdout)?.[1];
    expect(aside && fs.existsSync(path.join(aside, "PG_VERSION"))).toBe(true);
  });

  it("refuses to restore while a server holds the folder", async () => {
    const server = await startServer(env);
    servers.push(server);
    const refused = runKring(["restore", path.join(work, "kring.tar.gz")], { env });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("is in use by another Kring process");
    server.child.kill("SIGTERM");
    await server.exited;
  });
});

describe.runIf(onPostgres)("backup and restore of a PostgreSQL database", () => {
  it("dumps it with pg_dump, and restores it into an empty database with the same rows", async () => {
    const source = await createTestDatabase();
    try {
      await seedDemo(source.db);
      // As a running server's chainer would have (ADR 0043): the restored copy's verify chains
      // what is waiting, so a dump of unchained entries would come back with more heads.
      await chainAudit(source.db);
      const before = await rowCounts(source.db);
      const file = path.join(work, "kring.dump");
      const backup = runKring(["backup", file], { env: { DATABASE_URL: source.url! } });
      expect(backup.stderr).toBe("");
      expect(backup.stdout).toMatch(/^Backup written: /);

      const check = runKring(["restore", "--check", file], { env: { DATABASE_URL: source.url! } });
      expect(auditLine(check.stdout)).toEqual([String(before.audit_event), "intact"]);

      const empty = await scratchDatabase(source.url!);
      try {
        const restore = runKring(["restore", file], { env: { DATABASE_URL: empty.url } });
        expect(restore.status).toBe(0);
        expect(auditLine(restore.stdout)).toEqual([String(before.audit_event), "intact"]);
        expect(await countsIn({ databaseUrl: empty.url, dataDir: "" })).toEqual(before);
        // A second restore would mix two databases: refused, nothing changed.
        const refused = runKring(["restore", file], { env: { DATABASE_URL: empty.url } });
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain("The database is not empty");
      } finally {
        await empty.drop();
      }
    } finally {
      await source.close();
    }
  });
});
