import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { claimRun, finishRun } from "../../platform/background/claim";
import type { Database } from "../../platform/db/schema";
import type { NightlySchedule } from "../attendance/evaluation/nightly";
import { type RetentionDeps, applyRetention } from "./retention.service";

export const RETENTION_JOB = "retention.nightly";
const TAKE_OVER_AFTER_MS = 2 * 60 * 60_000;

const HOUR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  hour: "2-digit",
  hourCycle: "h23",
});

/**
 * Tonight's retention for every tenant, if this process wins the night's claim (ADR 0030): with
 * several servers it runs once. One tenant's failure is logged (no personal data) and the others
 * still run. Returns whether this process ran it.
 */
export async function runRetentionNight(
  db: Kysely<Database>,
  log: FastifyBaseLogger,
  now: Date,
  deps: RetentionDeps,
): Promise<boolean> {
  const night = stockholmDate(now);
  if (!(await claimRun(db, RETENTION_JOB, night, TAKE_OVER_AFTER_MS))) return false;
  log.info({ job: RETENTION_JOB, slot: night }, "background run claimed");
  for (const { id } of await db.selectFrom("tenant").select("id").execute()) {
    try {
      const summary = await applyRetention(db, id, now, deps);
      log.info({ tenantId: id, ...summary }, "retention applied");
    } catch (err) {
      log.error({ err, tenantId: id }, "retention failed");
    }
  }
  await finishRun(db, RETENTION_JOB, night);
  return true;
}

/** Looks now and then whether tonight's retention is due (the same hour as the evaluation). */
export function startNightlyRetention(
  db: Kysely<Database>,
  log: FastifyBaseLogger,
  schedule: NightlySchedule,
  deps: RetentionDeps,
) {
  let running = false;
  const look = async () => {
    const now = new Date();
    if (running || Number(HOUR.format(now)) < schedule.hour) return;
    running = true;
    try {
      await runRetentionNight(db, log, now, deps);
    } catch (err) {
      log.error({ err, job: RETENTION_JOB }, "background run failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void look(), schedule.checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
