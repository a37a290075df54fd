import fs from "node:fs";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";

const MIGRATIONS_DIR = new URL("./migrations", import.meta.url).pathname;

/** Splits a SQL file into statements, keeping $$-quoted function bodies whole. */
export function splitSqlStatements(text: string): string[] {
  const statements: string[] = [];
  let current = "";
  let inDollar = false;
  for (const line of text.split("\n")) {
    if (!inDollar && line.trim().startsWith("--")) continue;
    current += line + "\n";
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inDollar = !inDollar;
    if (!inDollar && line.trimEnd().endsWith(";")) {
      statements.push(current.trim());
      current = "";
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

// Forward-only, plain SQL files named <timestamp>_<name>.sql, applied in name order.
class SqlFileProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((f) => f.endsWith(".sql"))
      .sort()) {
      const text = fs.readFileSync(path.join(MIGRATIONS_DIR, file), "utf8");
      migrations[file.replace(/\.sql$/, "")] = {
        up: async (db: Kysely<unknown>) => {
          for (const statement of splitSqlStatements(text)) await sql.raw(statement).execute(db);
        },
      };
    }
    return migrations;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>, upTo?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new SqlFileProvider() });
  // upTo (a migration's name): stop after it, as a database of an earlier release (tests).
  const { error, results } = upTo
    ? await migrator.migrateTo(upTo)
    : await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
