import { loadConfig } from "../platform/config";
import type { DatabaseHandle } from "../platform/db/connect";
import { openDatabase } from "../platform/db/open";

/** Runs a command against the migrated database and always closes it. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(loadConfig());
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
