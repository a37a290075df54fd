import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";
import { produceDaily } from "./daily";
import { produceImmediate } from "./immediate-events";
import { produceMeetingInvitations } from "./meeting-mail";
import { workOutbox } from "./outbox";

export interface NotifySchedule {
  publicUrl: string;
  checkEveryMs: number;
  mailDir: string;
}

/**
 * One look: notify of what is new, run the day of whoever's hour has come, send what is due.
 * Every part is safe from several servers at once (keys, claims, SKIP LOCKED; ADR 0032).
 */
export async function notificationRound(
  db: Kysely<Database>,
  s: Pick<NotifySchedule, "publicUrl" | "mailDir">,
  log?: FastifyBaseLogger,
  now = new Date(),
) {
  const notified =
    (await produceImmediate(db, s.publicUrl, now)) + (await produceMeetingInvitations(db));
  const days = await produceDaily(db, s.publicUrl, now, log);
  const mail = await workOutbox(db, s.mailDir, log);
  return { notified, days, ...mail };
}

/** Looks every `checkEveryMs` in the serving process (not in tests or the CLI); returns stop. */
export function startNotifications(
  db: Kysely<Database>,
  log: FastifyBaseLogger,
  schedule: NotifySchedule,
) {
  let running = false;
  const look = async () => {
    if (running) return;
    running = true;
    try {
      const r = await notificationRound(db, schedule, log);
      if (r.notified || r.days || r.sent || r.failed) log.info(r, "notifications");
    } catch (err) {
      log.error({ err, job: "notifications" }, "background run failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void look(), schedule.checkEveryMs);
  timer.unref();
  void look();
  return () => clearInterval(timer);
}
