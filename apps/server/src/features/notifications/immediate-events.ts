import { type Kysely, sql } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";
import { INTAKE_ROLES, accessConditions } from "../cases/case-access";
import { type NewNotification, actorOfUser, notify } from "./notify";

// What must reach someone at once (issue 19.4): an acute request waiting in the intake queue,
// a pupil's unexcused absence today that the guardian is to hear of the same day, emergency
// access to a case one is in, and a form or a question of consent sent to a family. Each producer reads what happened
// recently and says whom to tell under a key naming the event; one loop tells them, so any
// server may look, any number of times, and each person hears of each event once.

/** How far back a look reaches: a server down for a while still tells of what happened. */
const LOOK_BACK = sql<Date>`now() - interval '2 days'`;

/** An acute request in the intake queue, to each intake person the request's consent reaches. */
async function acuteRequests(db: Kysely<Database>) {
  const people = await db
    .selectFrom("membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select("m.user_id")
    .distinct()
    .where("m.role", "in", INTAKE_ROLES)
    .where("u.active", "=", true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("cases as c")
          .select("c.id")
          .whereRef("c.tenant_id", "=", "m.tenant_id")
          .where("c.acute", "=", true)
          .where("c.stage", "=", "assessment")
          .where("c.updated_at", ">", LOOK_BACK),
      ),
    )
    .execute();
  const notices: NewNotification[] = [];
  for (const { user_id } of people) {
    const actor = await actorOfUser(db, user_id);
    if (!actor) continue;
    const cases = await db
      .selectFrom("cases as c")
      .select("c.id")
      .where("c.tenant_id", "=", actor.tenantId)
      .where("c.acute", "=", true)
      .where("c.updated_at", ">", LOOK_BACK)
      .where(accessConditions(actor).intakeQueue)
      .execute();
    for (const c of cases)
      notices.push({
        tenantId: actor.tenantId,
        userId: actor.userId,
        kind: "acute_request",
        dedupeKey: `acute:${c.id}`,
        link: "/intake",
        email: true,
      });
  }
  return notices;
}

/** Today's unexcused absence not yet told to the guardian: once a day to each mentor. */
async function sameDayNotices(db: Kysely<Database>, today: string) {
  const mentors = await db
    .selectFrom("attendance_day as d")
    .innerJoin("attendance_group_member as gm", (j) =>
      j.onRef("gm.child_id", "=", "d.child_id").onRef("gm.tenant_id", "=", "d.tenant_id"),
    )
    .innerJoin("attendance_group_mentor as mt", "mt.group_id", "gm.group_id")
    .leftJoin("attendance_notice as n", (j) =>
      j
        .onRef("n.child_id", "=", "d.child_id")
        .onRef("n.date", "=", "d.date")
        .onRef("n.tenant_id", "=", "d.tenant_id"),
    )
    .select(["mt.user_id", "d.tenant_id"])
    .distinct()
    .where("d.date", "=", today)
    .where("d.invalid_minutes", ">", 0)
    .where("n.child_id", "is", null)
    .where(sql<boolean>`(gm.to_date is null or gm.to_date >= ${today})`)
    .where(sql<boolean>`(mt.to_date is null or mt.to_date >= ${today})`)
    .execute();
  return mentors.map((m): NewNotification => ({
    tenantId: m.tenant_id,
    userId: m.user_id,
    kind: "same_day_notice",
    dedupeKey: `same-day:${today}`,
    link: "/attendance",
    email: true,
  }));
}

/** Emergency access to a case: to everyone in its network but the one who used it. */
async function emergencyAccess(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("emergency_access as e")
    .innerJoin("case_member as m", (j) =>
      j.onRef("m.case_id", "=", "e.case_id").onRef("m.tenant_id", "=", "e.tenant_id"),
    )
    .select(["e.id", "e.case_id", "e.tenant_id", "m.user_id"])
    .distinct()
    .where("e.granted_at", ">", LOOK_BACK)
    .where("m.left_at", "is", null)
    .where("m.user_id", "is not", null)
    .whereRef("m.user_id", "<>", "e.user_id")
    .execute();
  return rows.map((r): NewNotification => ({
    tenantId: r.tenant_id,
    userId: r.user_id!,
    kind: "emergency_access",
    dedupeKey: `emergency:${r.id}`,
    link: `/cases/${r.case_id}`,
    email: true,
  }));
}

/** A form sent to a guardian or the child to fill in: "Du har något nytt i Kring". */
async function familyForms(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("instrument_request as r")
    .leftJoin("guardian as g", "g.id", "r.respondent_guardian_id")
    .leftJoin("child as c", (j) =>
      j.onRef("c.id", "=", "r.child_id").on("r.respondent_kind", "=", "child"),
    )
    .select(["r.id", "r.tenant_id", "g.user_id as guardian_user", "c.user_id as child_user"])
    .where("r.status", "=", "sent")
    .where("r.respondent_kind", "in", ["guardian", "child"])
    .where("r.requested_at", ">", LOOK_BACK)
    .execute();
  return rows.flatMap((r): NewNotification[] => {
    const userId = r.guardian_user ?? r.child_user;
    if (!userId) return [];
    const link = "/family/forms";
    return [
      {
        tenantId: r.tenant_id,
        userId,
        kind: "family_news",
        dedupeKey: `form:${r.id}`,
        link,
        email: true,
      },
    ];
  });
}

/** Consent asked of the family (issue 15.6): each guardian who has not yet answered. */
async function familyConsentRequests(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("consent_request as r")
    .innerJoin("child_guardian as cg", (j) =>
      j
        .onRef("cg.child_id", "=", "r.child_id")
        .onRef("cg.tenant_id", "=", "r.tenant_id")
        .on("cg.custody", "=", true),
    )
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .leftJoin("consent_request_answer as a", (j) =>
      j.onRef("a.request_id", "=", "r.id").onRef("a.guardian_id", "=", "g.id"),
    )
    .select(["r.id", "r.tenant_id", "g.user_id"])
    .where("r.status", "=", "open")
    .where("r.asked_at", ">", LOOK_BACK)
    .where("g.user_id", "is not", null)
    .where("a.id", "is", null)
    .execute();
  return rows.map((r): NewNotification => ({
    tenantId: r.tenant_id,
    userId: r.user_id!,
    kind: "family_news",
    dedupeKey: `consent-request:${r.id}`,
    link: "/family",
    email: true,
  }));
}

/** One look for everything immediate; returns how many people were newly notified. */
export async function produceImmediate(db: Kysely<Database>, publicUrl: string, now = new Date()) {
  const today = stockholmDate(now);
  const notices = [
    ...(await acuteRequests(db)),
    ...(await sameDayNotices(db, today)),
    ...(await emergencyAccess(db)),
    ...(await familyForms(db)),
    ...(await familyConsentRequests(db)),
  ];
  let told = 0;
  for (const n of notices) if (await notify(db, publicUrl, n)) told++;
  return told;
}
