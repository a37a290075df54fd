import { type Transaction, sql } from "kysely";
import { addDays } from "@kring/domain/attendance";
import type { Actor } from "../../../platform/auth/actor";
import type { Database } from "../../../platform/db/schema";
import { accessConditions } from "../attendance-access";
import { NOTICE_DAYS } from "./notices.service";
import { selectTasks } from "./tasks.service";

// Attendance duties in "Mina uppgifter" (issue 17.2): the staircase's open tasks of the actor and
// the mentor's same-day notices not yet given. Each is read by the same rule as the Närvaro page,
// so the worklist shows nothing that page would not. The reasons for absence stay out of the
// list; the pupil's page holds them.

/** How many days ahead a task counts as due soon, as case deadlines do. */
const DUE_SOON_DAYS = 7;

const REPORT_TITLES = {
  report_to_organiser: {
    sv: "Anmäl frånvaron till huvudmannen (skollagen 7 kap. 19 a §)",
    en: "Report the absence to the school organiser (Education Act, chapter 7, section 19 a)",
  },
  report_to_social_services: {
    sv: "Gör en anmälan till socialtjänsten",
    en: "Report to social services",
  },
} as const;

export interface AttendanceWorklistItem {
  kind: "attendance_task" | "attendance_notice";
  caseId: null;
  childId: string;
  taskId: string | null;
  childName: string;
  title: string;
  titleEn: string;
  dueDate: string;
  status: "overdue" | "due_soon" | "upcoming";
}

function statusOf(dueDate: string, today: string) {
  if (dueDate < today) return "overdue" as const;
  return dueDate <= addDays(today, DUE_SOON_DAYS) ? ("due_soon" as const) : ("upcoming" as const);
}

export async function attendanceWorklistItems(
  trx: Transaction<Database>,
  actor: Actor,
  today: string,
): Promise<AttendanceWorklistItem[]> {
  if (actor.kind !== "professional") return [];
  const tasks = await selectTasks(trx, actor)
    .where("tk.status", "=", "open")
    .orderBy("tk.due_date")
    .limit(200)
    .execute();
  const items = tasks.map((t): AttendanceWorklistItem => {
    // The staircase's steps are the tenant's own words; the law's reports are named in both.
    const step =
      t.kind === "step_actions"
        ? {
            sv: `Närvarotrappan steg ${t.step}: ${t.title}`,
            en: `Attendance staircase step ${t.step}: ${t.title}`,
          }
        : REPORT_TITLES[t.kind];
    return {
      kind: "attendance_task",
      caseId: null,
      childId: t.child_id,
      taskId: t.id,
      childName: `${t.given_name} ${t.family_name}`,
      title: step.sv,
      titleEn: step.en,
      dueDate: t.due_date,
      status: statusOf(t.due_date, today),
    };
  });
  const mentorOf = accessConditions(actor, sql<string>`d.child_id`).mentor;
  const latest = await trx
    .selectFrom("attendance_day as d")
    .select((eb) => eb.fn.max("d.date").as("date"))
    .where("d.tenant_id", "=", actor.tenantId)
    .where(mentorOf)
    .executeTakeFirst();
  if (!latest?.date) return items;
  const notices = await trx
    .selectFrom("attendance_day as d")
    .innerJoin("child as c", "c.id", "d.child_id")
    .select(["d.child_id", "d.date", "c.given_name", "c.family_name"])
    .where("d.tenant_id", "=", actor.tenantId)
    .where("d.invalid_minutes", ">", 0)
    .where("d.date", ">", addDays(latest.date, -NOTICE_DAYS))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("attendance_notice as n")
            .select("n.date")
            .whereRef("n.child_id", "=", "d.child_id")
            .whereRef("n.date", "=", "d.date")
            .where("n.tenant_id", "=", actor.tenantId),
        ),
      ),
    )
    .where(mentorOf)
    .orderBy("d.date")
    .limit(200)
    .execute();
  for (const n of notices) {
    items.push({
      kind: "attendance_notice",
      caseId: null,
      childId: n.child_id,
      taskId: null,
      childName: `${n.given_name} ${n.family_name}`,
      title: "Meddela vårdnadshavarna om ogiltig frånvaro samma dag",
      titleEn: "Tell the guardians about unexcused absence the same day",
      dueDate: n.date,
      // Skollagen 7 kap. 17 §: the same day; a day gone by without a call is late.
      status: n.date < today ? "overdue" : "due_soon",
    });
  }
  return items;
}
