import { type Kysely, sql } from "kysely";
import { addDays } from "@kring/domain/attendance";
import { stockholmDate } from "@kring/domain/cases";
import { claimRun, finishRun } from "../../platform/background/claim";
import type { Database } from "../../platform/db/schema";
import { worklist } from "../cases/worklist.service";
import { digestMail } from "./mail-texts";
import { actorOfUser, notify } from "./notify";
import { enqueueMail } from "./outbox";
import { DEFAULT_PREFERENCES, emailOf, preferencesOf } from "./preferences";

// Once a day per person, at the hour they chose (Stockholm time): the digest of their worklist,
// reminders of deadlines N days ahead and of forms sent to them and not yet answered. The day's
// run for a person is claimed (ADR 0030, job notify.daily, slot date:user), so with several
// servers it runs once; a claim whose server died is taken over after half an hour.

export const DAILY_JOB = "notify.daily";
const TAKE_OVER_AFTER_MS = 30 * 60_000;

const HOUR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  hour: "2-digit",
  hourCycle: "h23",
});
export const stockholmHour = (at: Date) => Number(HOUR.format(at));

/** The people whose hour has come today and whose day has not yet run. */
async function duePeople(db: Kysely<Database>, today: string, hour: number) {
  return db
    .selectFrom("app_user as u")
    .leftJoin("notification_preference as p", "p.user_id", "u.id")
    .select(["u.id"])
    .where("u.active", "=", true)
    .where(sql<boolean>`coalesce(p.digest_hour, ${DEFAULT_PREFERENCES.digestHour}) <= ${hour}`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("background_run as b")
            .select("b.job")
            .where("b.job", "=", DAILY_JOB)
            .where("b.slot", "=", sql<string>`${today} || ':' || u.id`)
            .where("b.finished_at", "is not", null),
        ),
      ),
    )
    .execute();
}

/** Forms sent to this person (as a professional, a guardian or the child) and not answered. */
async function openFormsOf(db: Kysely<Database>, userId: string, until: string) {
  return db
    .selectFrom("instrument_request as r")
    .leftJoin("guardian as g", "g.id", "r.respondent_guardian_id")
    .leftJoin("child as c", "c.id", "r.child_id")
    .select(["r.id", "r.due_date", "r.respondent_kind"])
    .where("r.status", "=", "sent")
    .where("r.due_date", "<=", until)
    .where((eb) =>
      eb.or([
        eb.and([
          eb("r.respondent_kind", "=", "professional"),
          eb("r.respondent_user_id", "=", userId),
        ]),
        eb.and([eb("r.respondent_kind", "=", "guardian"), eb("g.user_id", "=", userId)]),
        eb.and([eb("r.respondent_kind", "=", "child"), eb("c.user_id", "=", userId)]),
      ]),
    )
    .execute();
}

async function runDay(db: Kysely<Database>, publicUrl: string, userId: string, today: string) {
  const actor = await actorOfUser(db, userId);
  if (!actor) return;
  const prefs = await preferencesOf(db, userId);
  const days = prefs.reminderDays;
  if (days > 0) {
    const remindOn = addDays(today, days);
    for (const form of await openFormsOf(db, userId, remindOn))
      await notify(db, publicUrl, {
        tenantId: actor.tenantId,
        userId,
        kind: actor.kind === "professional" ? "form_reminder" : "family_news",
        dedupeKey: `form-reminder:${form.id}`,
        link: actor.kind === "professional" ? "/" : "/family/forms",
        dueDate: form.due_date,
        email: true,
      });
  }
  if (actor.kind !== "professional" || actor.memberships.length === 0) return;
  // The person's own worklist, read as they would read it (and audited so: worklist.read).
  const items = await worklist(db, actor);
  if (days > 0) {
    const remindOn = addDays(today, days);
    for (const d of items)
      if (d.kind === "deadline" && d.caseId && d.dueDate === remindOn)
        await notify(db, publicUrl, {
          tenantId: actor.tenantId,
          userId,
          kind: "deadline_reminder",
          dedupeKey: `deadline:${d.caseId}:${d.titleEn}:${d.dueDate}`,
          link: `/cases/${d.caseId}`,
          dueDate: d.dueDate,
          email: true,
        });
  }
  if (!prefs.emailEnabled || !prefs.digestEnabled || items.length === 0) return;
  const to = await emailOf(db, userId);
  if (!to) return;
  await enqueueMail(db, {
    tenantId: actor.tenantId,
    userId,
    dedupeKey: `digest:${userId}:${today}`,
    to,
    ...digestMail(actor.locale, items, `${publicUrl}/`),
  });
}

/** Runs the day of everyone whose hour has come; one person's failure stops no one else's. */
export async function produceDaily(
  db: Kysely<Database>,
  publicUrl: string,
  now = new Date(),
  log?: { error(obj: object, msg: string): void },
) {
  const today = stockholmDate(now);
  let ran = 0;
  for (const { id } of await duePeople(db, today, stockholmHour(now))) {
    const slot = `${today}:${id}`;
    if (!(await claimRun(db, DAILY_JOB, slot, TAKE_OVER_AFTER_MS))) continue;
    try {
      await runDay(db, publicUrl, id, today);
      await finishRun(db, DAILY_JOB, slot);
      ran++;
    } catch (err) {
      log?.error({ err, job: DAILY_JOB }, "daily notifications failed for one person");
    }
  }
  return ran;
}
