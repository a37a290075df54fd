import type { Config } from "../config";
import { connectDatabase, type DatabaseHandle } from "./connect";
import { migrateToLatest } from "./migrate";
import { refreshStatistics } from "./statistics";

/** Connects to the configured back end and brings its schema up to date. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  const handle = await connectDatabase(config);
  try {
    await migrateToLatest(handle.db);
    // PGlite has no autovacuum: the planner learns the tables' sizes here and every hour.
    await refreshStatistics(handle.db, handle.kind);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
