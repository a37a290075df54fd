import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "../db/schema";

type Done = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Old windows are swept now and then by whichever server counts; one in this many counts. */
const SWEEP_ONE_IN = 200;

/**
 * Counters for @fastify/rate-limit kept in the database (fixed windows), so that a limit holds
 * across every server process on it: with counters in each process's memory, N servers behind a
 * load balancer would allow N times the limit (ADR 0030).
 */
export function databaseRateLimitStore(db: Kysely<Database>) {
  return class DatabaseRateLimitStore {
    incr(key: string, done: Done, timeWindow: number) {
      const now = Date.now();
      const start = new Date(now - (now % timeWindow));
      db.insertInto("rate_window")
        .values({ key, window_start: start, hits: 1 })
        .onConflict((oc) =>
          oc.columns(["key", "window_start"]).doUpdateSet({ hits: sql`rate_window.hits + 1` }),
        )
        .returning("hits")
        .executeTakeFirstOrThrow()
        .then(({ hits }) => {
          done(null, { current: hits, ttl: start.getTime() + timeWindow - now });
          if (Math.random() * SWEEP_ONE_IN < 1) void sweep(db);
        })
        .catch((error: unknown) => done(error as Error));
    }

    child() {
      return new DatabaseRateLimitStore();
    }
  };
}

async function sweep(db: Kysely<Database>) {
  await db
    .deleteFrom("rate_window")
    .where("window_start", "<", sql<Date>`now() - interval '1 day'`)
    .execute()
    .catch(() => undefined);
}
