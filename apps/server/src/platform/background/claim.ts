import os from "node:os";
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema";

/** Names this process in claims: host and pid, no personal data. */
export const PROCESS_NAME = `${os.hostname()}:${process.pid}`;

/**
 * A claim on one run of a background job, won by exactly one of the server processes that ask
 * for it: the insert of (job, slot) succeeds for one of them. A claim whose holder died before
 * finishing can be taken over once it is older than `takeOverAfterMs`.
 */
export async function claimRun(
  db: Kysely<Database>,
  job: string,
  slot: string,
  takeOverAfterMs: number,
): Promise<boolean> {
  const claimed = await db
    .insertInto("background_run")
    .values({ job, slot, claimed_by: PROCESS_NAME })
    .onConflict((oc) =>
      oc
        .columns(["job", "slot"])
        .doUpdateSet({ claimed_by: PROCESS_NAME, claimed_at: sql`now()` })
        .where("background_run.finished_at", "is", null)
        .where(
          "background_run.claimed_at",
          "<",
          sql<Date>`now() - make_interval(secs => ${takeOverAfterMs / 1000})`,
        ),
    )
    .returning("job")
    .executeTakeFirst();
  return claimed !== undefined;
}

/** The run is done; no other process takes it over. */
export async function finishRun(db: Kysely<Database>, job: string, slot: string) {
  await db
    .updateTable("background_run")
    .set({ finished_at: sql`now()` })
    .where("job", "=", job)
    .where("slot", "=", slot)
    .execute();
}
