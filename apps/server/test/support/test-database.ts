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
// test file gets its own copy. The browser tests need the demo municipality too, and seeding it
// takes longer than migrating: a seeded template is built once per version of the server's code
// and hour, and each browser test file gets its own copy of that.

const MIGRATIONS = new URL("../../src/platform/db/migrations", import.meta.url).pathname;
const SERVER_SOURCE = new URL("../../src", import.meta.url).pathname;
const DOMAIN_SOURCE = new URL("../../../../packages/domain/src", import.meta.url).pathname;

function hashFiles(h: ReturnType<typeof createHash>, dir: string) {
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  for (const f of files) {
    const file = path.join(dir, f);
    if (fs.statSync(file).isFile()) h.update(f).update(fs.readFileSync(file));
  }
}

function schemaVersion(): string {
  const h = createHash("sha256");
  hashFiles(h, MIGRATIONS);
  return h.digest("hex").slice(0, 12);
}

/**
 * The demo seed runs the server's own code and dates everything from the hour it runs: any
 * change to that code, and each new hour, makes a new template.
 */
function demoVersion(): string {
  const h = createHash("sha256");
  hashFiles(h, SERVER_SOURCE);
  hashFiles(h, DOMAIN_SOURCE);
  h.update(new Date().toISOString().slice(0, 13));
  return h.digest("hex").slice(0, 12);
}

/** What a template holds: its name, and how to fill a freshly migrated database with it. */
interface Template {
  name: string;
  fill(db: DatabaseHandle["db"]): Promise<unknown>;
}

const migrated = (): Template => ({
  name: `kring_template_${schemaVersion()}`,
  fill: async () => {},
});
const demo = (): Template => ({
  name: `kring_demo_${demoVersion()}`,
  // Imported here, not at the top: the service tests that never need the demo skip loading it.
  fill: async (db) => (await import("../../src/demo/seed-demo")).seedDemo(db),
});

const PARSERS = { 20: (v: string) => Number(v), 1082: (v: string) => v };

async function pgliteCopy(t: Template): Promise<DatabaseHandle> {
  const file = path.join(os.tmpdir(), `${t.name}.tar.gz`);
  if (!fs.existsSync(file)) {
    const template = await PGlite.create({ parsers: PARSERS });
    const handle = wrapPGlite(template);
    await migrateToLatest(handle.db);
    await t.fill(handle.db);
    const dump = await template.dumpDataDir("gzip");
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
    await handle.close();
  }
  const blob = new Blob([fs.readFileSync(file)]);
  return wrapPGlite(await PGlite.create({ loadDataDir: blob, parsers: PARSERS }));
}

async function postgresCopy(url: string, t: Template): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = t.name;
  const exists = await admin.query("select 1 from pg_database where datname = $1", [template]);
  if (exists.rowCount === 0) {
    const building = `${template}_${randomBytes(4).toString("hex")}`;
    await admin.query(`create database ${building}`);
    const handle = await connectDatabase({ databaseUrl: withDatabase(url, building), dataDir: "" });
    await migrateToLatest(handle.db);
    await t.fill(handle.db);
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
  return url ? postgresCopy(url, migrated()) : pgliteCopy(migrated());
}

/** A database of a test's own holding the demo municipality, as `seedDemo` leaves it. */
export function createDemoDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  return url ? postgresCopy(url, demo()) : pgliteCopy(demo());
}
