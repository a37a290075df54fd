import { type Kysely, sql } from "kysely";
import type { DatabaseKind } from "./connect";

// PGlite has no autovacuum, so without an ANALYZE its planner never learns how large the tables
// are and plans every list as if they were empty (issue #23: the coordinator's case list at
// 10 000 children took 391 ms before one, 116 ms after). PostgreSQL's autovacuum keeps its own
// statistics. An embedded database has one process (the DATA_DIR lock), so nothing is claimed.

/** How often a long-running embedded server refreshes its statistics. */
export const EMBEDDED_ANALYZE_EVERY_MS = 60 * 60_000;

/** Fresh planner statistics for every table; on PostgreSQL only when asked (after bulk work). */
export async function refreshStatistics(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
  db: Kysely<any>,
  kind: DatabaseKind,
  { alsoOnPostgres = false } = {},
) {
  if (kind === "pglite" || alsoOnPostgres) await sql`analyze`.execute(db);
}

/** Every hour on an embedded database; nothing on PostgreSQL. Returns a function that stops it. */
export function refreshStatisticsPeriodically(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
  db: Kysely<any>,
  kind: DatabaseKind,
  onError: (err: unknown) => void,
) {
  if (kind !== "pglite") return () => {};
  const timer = setInterval(
    () => void refreshStatistics(db, kind).catch(onError),
    EMBEDDED_ANALYZE_EVERY_MS,
  );
  timer.unref();
  return () => clearInterval(timer);
}
