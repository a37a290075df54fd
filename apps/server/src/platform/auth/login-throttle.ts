import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Config } from "../config";
import type { Database } from "../db/schema";

// Guessing is slowed per account and client address (ADR 0014). Every attempt is charged before
// its secret is checked, in one atomic upsert, so parallel attempts cannot exceed the limit: the
// attempt that reaches it sets a wait, and the row lock makes the others see it. The wait doubles
// with each further failure, up to a cap. No one can lock an account from another address.

const FIRST_WAIT_SECONDS = 15;

const keyOf = (value: string) => createHash("sha256").update(value).digest("hex");

/** The throttle key of an account name as typed (also for names that do not exist). */
export const userKeyOf = (username: string) => keyOf(`user:${username.trim().toLowerCase()}`);
/** The throttle key of a second-factor check, per user. */
export const secondFactorKeyOf = (userId: string) => keyOf(`totp:${userId}`);

/**
 * Charges one attempt. Returns false when the account and address must wait: the attempt is then
 * refused without checking its secret (the caller still answers as for a wrong one).
 */
export async function chargeAttempt(
  db: Kysely<Database>,
  config: Config,
  userKey: string,
  address: string,
): Promise<boolean> {
  const limit = config.login.maxFailures;
  const capSeconds = config.login.maxDelayMinutes * 60;
  // From the limit on: 15 s, then 30 s, 1, 2, 4 … minutes, never more than the cap.
  const wait = (failures: ReturnType<typeof sql>) =>
    sql`CASE WHEN ${failures} < ${limit} THEN now()
      ELSE now() + make_interval(secs => least(${capSeconds}::float8,
        ${FIRST_WAIT_SECONDS}::float8 * power(2::float8, least(${failures} - ${limit}, 30)))) END`;
  const result = await sql<{ failures: number }>`
    INSERT INTO login_throttle (user_key, address_key, failures, not_before, updated_at)
    VALUES (${userKey}, ${keyOf(`address:${address}`)}, 1, ${wait(sql`1`)}, now())
    ON CONFLICT (user_key, address_key) DO UPDATE SET
      failures = login_throttle.failures + 1,
      not_before = ${wait(sql`(login_throttle.failures + 1)`)},
      updated_at = now()
    WHERE login_throttle.not_before <= now()
    RETURNING failures`.execute(db);
  return result.rows.length > 0;
}

/**
 * Rows of addresses that failed and never came back would pile up for ever. A row is dropped
 * once it has been idle for a day or twice the longest wait, whichever is longer: by then its
 * wait is long over, and a guesser who comes back a day later gets at most the limit again.
 * Called on the refusal path of sign-in, where the refusal floor hides its time. Rows another
 * process is pruning or charging are skipped, not waited for, so parallel sign-ins on several
 * processes never queue behind each other here.
 */
export async function pruneIdleAttempts(db: Kysely<Database>, config: Config) {
  const idleSeconds = Math.max(24 * 3600, 2 * config.login.maxDelayMinutes * 60);
  await sql`
    DELETE FROM login_throttle WHERE (user_key, address_key) IN (
      SELECT user_key, address_key FROM login_throttle
      WHERE updated_at < now() - make_interval(secs => ${idleSeconds}::float8)
        AND not_before <= now()
      ORDER BY updated_at LIMIT 500
      FOR UPDATE SKIP LOCKED)`.execute(db);
}

/** A right secret: this address starts afresh with the account. */
export async function clearAttempts(db: Kysely<Database>, userKey: string, address: string) {
  await db
    .deleteFrom("login_throttle")
    .where("user_key", "=", userKey)
    .where("address_key", "=", keyOf(`address:${address}`))
    .execute();
}

/** An administrator lifts every wait on the account, from every address. */
export async function clearAllAttempts(db: Kysely<Database>, username: string) {
  await db.deleteFrom("login_throttle").where("user_key", "=", userKeyOf(username)).execute();
}

/** Whether the account waits from some address (shown to administrators). */
export async function waitingUserKeys(db: Kysely<Database>, usernames: string[]) {
  if (usernames.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom("login_throttle")
    .select("user_key")
    .where("user_key", "in", usernames.map(userKeyOf))
    .where("not_before", ">", new Date())
    .execute();
  return new Set(rows.map((r) => r.user_key));
}
