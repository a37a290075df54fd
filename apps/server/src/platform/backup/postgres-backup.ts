import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";

// Backups of a PostgreSQL database are PostgreSQL's own: pg_dump in its custom format and
// pg_restore (ADR 0031). These run the client programs of the machine; their versions must be
// at least the server's.

function run(program: string, args: string[]) {
  const result = spawnSync(program, args, { encoding: "utf8" });
  if (result.error) throw new Error(`${program} could not be started: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr.trim()}`);
}

export function dumpPostgres(url: string, file: string): number {
  const part = `${file}.part-${process.pid}`;
  run("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    "--file",
    part,
    "--dbname",
    url,
  ]);
  fs.renameSync(part, file);
  return fs.statSync(file).size;
}

/** Tables in the database's public schema: a restore goes only into an empty database. */
export async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(
      "select count(*) as n from information_schema.tables where table_schema = 'public'",
    );
    return Number(r.rows[0]!.n);
  } finally {
    await client.end();
  }
}

export function restorePostgres(file: string, url: string) {
  run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", url, file]);
}

/** A database of its own on the same server for checking a backup; dropped by `drop`. */
export async function scratchDatabase(
  url: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kring_restore_check_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name}`);
      await c.end();
    },
  };
}
