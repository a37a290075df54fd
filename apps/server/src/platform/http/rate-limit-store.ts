import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Database } from "../db/schema";

type Done = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Old windows are swept now and then by whichever server counts; one in this many counts. */
const SWEEP_ONE_IN = 200;

/**
 * Counters for @fastify/rate-limit kept in the database, so that a limit holds across every
 * server process on it: with counters in each process's memory, N servers behind a load balancer
 * would allow N times the limit (ADR 0030). A key's window starts at its first request and
 * restarts at the first request after it ended, as the plugin's own in-memory store does; the
 * database's clock decides, so servers with drifting clocks agree.
 */
export function databaseRateLimitStore(db: Kysely<Database>) {
  return class DatabaseRateLimitStore {
    incr(key: string, done: Done, timeWindow: number) {
      const ended = sql<boolean>`rate_window.window_start + make_interval(secs => ${timeWindow / 1000}) <= now()`;
      db.insertInto("rate_window")
        .values({ key, window_start: sql`now()`, hits: 1 })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            hits: sql`case when ${ended} then 1 else rate_window.hits + 1 end`,
            window_start: sql`case when ${ended} then now() else rate_window.window_start end`,
          }),
        )
        .returning([
          "hits",
          sql<number>`extract(epoch from (window_start + make_interval(secs => ${timeWindow / 1000}) - now())) * 1000`.as(
            "ttl",
          ),
        ])
        .executeTakeFirstOrThrow()
        .then(({ hits, ttl }) => {
          done(null, { current: hits, ttl: Math.max(0, Math.ceil(Number(ttl))) });
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
