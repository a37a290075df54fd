import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { connectDatabase, type DatabaseHandle, wrapPGlite } from "../../src/platform/db/connect";
import { migrateToLatest } from "../../src/platform/db/migrate";

// Service tests run against a real database: PostgreSQL when DATABASE_URL is set, otherwise PGlite.
// Migrating is the slow part, so a migrated template is built once per schema version and each
// test file gets its own copy.

const MIGRATIONS = new URL("../../src/platform/db/migrations", import.meta.url).pathname;

function schemaVersion(): string {
  const h = createHash("sha256");
  for (const f of fs.readdirSync(MIGRATIONS).sort())
    h.update(f).update(fs.readFileSync(path.join(MIGRATIONS, f)));
  return h.digest("hex").slice(0, 12);
}

const PARSERS = { 20: (v: string) => Number(v), 1082: (v: string) => v };

async function pgliteCopy(): Promise<DatabaseHandle> {
  const file = path.join(os.tmpdir(), `kring-template-${schemaVersion()}.tar.gz`);
  if (!fs.existsSync(file)) {
    const template = await PGlite.create({ parsers: PARSERS });
    const handle = wrapPGlite(template);
    await migrateToLatest(handle.db);
    const dump = await template.dumpDataDir("gzip");
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
    await handle.close();
  }
  const blob = new Blob([fs.readFileSync(file)]);
  return wrapPGlite(await PGlite.create({ loadDataDir: blob, parsers: PARSERS }));
}

async function postgresCopy(url: string): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = `kring_template_${schemaVersion()}`;
  const exists = await admin.query("select 1 from pg_database where datname = $1", [template]);
  if (exists.rowCount === 0) {
    const building = `${template}_${randomBytes(4).toString("hex")}`;
    await admin.query(`create database ${building}`);
    const handle = await connectDatabase({ databaseUrl: withDatabase(url, building), dataDir: "" });
    await migrateToLatest(handle.db);
    await handle.close();
    // Another worker may have finished first; either copy is the same schema.
    try {
      await admin.query(`alter database ${building} rename to ${template}`);
    } catch {
      await admin.query(`drop database ${building}`);
    }
  }
  const name = `kring_test_${randomBytes(6).toString("hex")}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${template}`);
      break;
    } catch (e) {
      // "source database is being accessed by other users": a copy is being made right now.
      if (attempt > 20) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await admin.end();
  const handle = await connectDatabase({ databaseUrl: withDatabase(url, name), dataDir: "" });
  return {
    ...handle,
    url: withDatabase(url, name),
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name}`);
      await cleanup.end();
    },
  };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A database of a test's own; on PostgreSQL with its URL, for servers started as processes. */
export type TestDatabase = DatabaseHandle & { url?: string };

export function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  return url ? postgresCopy(url) : pgliteCopy();
}
