import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema";

/** Rows per table of the schema: what a restore is compared by. */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(
      db,
    );
    counts[name] = r.rows[0]!.n;
  }
  return counts;
}
