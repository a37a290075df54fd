import type { Config } from "../config";
import { connectDatabase, type DatabaseHandle } from "./connect";
import { migrateToLatest } from "./migrate";

/** Connects to the configured back end and brings its schema up to date. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  const handle = await connectDatabase(config);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
