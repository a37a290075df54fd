import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PGliteDialect, PostgresDialect } from "kysely";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock";
import type { Database } from "./schema";

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The embedded database itself (for backups), when it is one. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Same value shapes from both back ends: bigint counts as numbers, dates as "YYYY-MM-DD".
const INT8 = 20;
const DATE = 1082;
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);
const PGLITE_PARSERS = { [INT8]: (v: string) => Number(v), [DATE]: (v: string) => v };

/** PostgreSQL when a URL is given, otherwise PGlite in dataDir ("memory://" for a throwaway one). */
export async function connectDatabase(opts: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    // No JIT compilation: our statements are short, and compiling a larger one (an evaluation
    // chunk, an import merge) took tens of milliseconds to save less than that.
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      options: "-c jit=off",
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  const memory = opts.dataDir.startsWith("memory://");
  if (memory) return wrapPGlite(await PGlite.create(undefined, { parsers: PGLITE_PARSERS }));
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const unlock = await lockDataDir(opts.dataDir);
  try {
    const handle = wrapPGlite(await PGlite.create(opts.dataDir, { parsers: PGLITE_PARSERS }));
    return {
      ...handle,
      close: async () => {
        await handle.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

export function wrapPGlite(client: PGlite): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite: client }) });
  return { db, kind: "pglite", pglite: client, close: () => db.destroy() };
}
