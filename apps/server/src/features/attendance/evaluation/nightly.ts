import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import type { Database } from "../../../platform/db/schema";
import { evaluateAttendance } from "./evaluation.service";

/** After the school administration systems' own nightly exports, before the school day. */
export const NIGHTLY_HOUR = 3;
const CHECK_EVERY_MS = 10 * 60_000;

const HOUR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  hour: "2-digit",
  hourCycle: "h23",
});

/** Evaluates every tenant whose pupils are marked as changed; one tenant's failure is logged. */
export async function evaluateAllTenants(db: Kysely<Database>, log: FastifyBaseLogger) {
  const tenants = await db.selectFrom("tenant").select("id").execute();
  for (const { id } of tenants) {
    try {
      const summary = await evaluateAttendance(
        db,
        { tenantId: id, userId: null, system: "nightly" },
        { mode: "pending" },
      );
      log.info({ tenantId: id, ...summary }, "attendance evaluated");
    } catch (err) {
      log.error({ err, tenantId: id }, "attendance evaluation failed");
    }
  }
}

/**
 * A simple in-process scheduler: every ten minutes it checks whether tonight's run (at 03:00
 * Stockholm time) is due. Returns a function that stops it. With several server processes on
 * one database each runs it; the evaluation is idempotent, so that only costs time.
 */
export function startNightlyEvaluation(db: Kysely<Database>, log: FastifyBaseLogger) {
  let lastRun = stockholmDate(new Date());
  let running = false;
  const timer = setInterval(() => {
    const now = new Date();
    const today = stockholmDate(now);
    if (running || today === lastRun || Number(HOUR.format(now)) < NIGHTLY_HOUR) return;
    running = true;
    lastRun = today;
    void evaluateAllTenants(db, log).finally(() => (running = false));
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
