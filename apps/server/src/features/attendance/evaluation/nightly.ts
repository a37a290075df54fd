import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { claimRun, finishRun } from "../../../platform/background/claim";
import type { Database } from "../../../platform/db/schema";
import { evaluateAttendance } from "./evaluation.service";

export const NIGHTLY_JOB = "attendance.nightly";
/** A night's claim whose server died mid-run is taken over by another after this long. */
const TAKE_OVER_AFTER_MS = 2 * 60 * 60_000;

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

export interface NightlySchedule {
  /** Stockholm hour from which the night's run is due: after the school systems' own exports. */
  hour: number;
  /** How often each server looks whether the night's run is due. */
  checkEveryMs: number;
}

/**
 * Every server process looks now and then whether tonight's run is due (from `hour`, Stockholm
 * time) and claims it (platform/background/claim.ts): with several servers on one database the
 * night runs once, and a server started after the hour still runs a night that no one ran.
 * Returns a function that stops it.
 */
export function startNightlyEvaluation(
  db: Kysely<Database>,
  log: FastifyBaseLogger,
  schedule: NightlySchedule,
) {
  let running = false;
  const look = async () => {
    const now = new Date();
    if (running || Number(HOUR.format(now)) < schedule.hour) return;
    running = true;
    const night = stockholmDate(now);
    try {
      if (!(await claimRun(db, NIGHTLY_JOB, night, TAKE_OVER_AFTER_MS))) return;
      log.info({ job: NIGHTLY_JOB, slot: night }, "background run claimed");
      await evaluateAllTenants(db, log);
      await finishRun(db, NIGHTLY_JOB, night);
    } catch (err) {
      log.error({ err, job: NIGHTLY_JOB }, "background run failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void look(), schedule.checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
