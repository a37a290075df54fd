import { type Kysely, type RawBuilder, type SqlBool, sql } from "kysely";
import type { AttendanceTask } from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import { type Actor, hasRole } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import { recordAuditPerChild } from "../../../platform/audit/audit-children";
import type { Database } from "../../../platform/db/schema";
import { forbidden, notFound } from "../../../platform/http/errors";
import { accessConditions } from "../attendance-access";

/** A step's work lands on whoever the step names, among those who may see the pupil. */
function taskVisibleTo(actor: Actor): RawBuilder<SqlBool> {
  const a = accessConditions(actor, sql<string>`tk.child_id`);
  const team = hasRole(actor, "attendance_team");
  const social = hasRole(actor, "social_secretary");
  return sql<SqlBool>`((tk.actor = 'mentor' and ${a.mentor})
    or (tk.actor = 'principal' and ${a.principal})
    or (tk.actor = 'student_health' and ${a.student_health})
    or (tk.actor = 'attendance_team' and ${team ? sql`true` : sql`false`})
    or (tk.actor = 'social_services' and ${social ? sql`true` : sql`false`}))`;
}

export function selectTasks(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom("attendance_task as tk")
    .innerJoin("child as c", "c.id", "tk.child_id")
    .select([
      "tk.id",
      "tk.child_id",
      "c.given_name",
      "c.family_name",
      "tk.step",
      "tk.kind",
      "tk.actor",
      "tk.title",
      "tk.actions",
      "tk.step_entered_on",
      "tk.due_date",
      "tk.status",
      "tk.done_at",
      "tk.done_note",
    ])
    .where("tk.tenant_id", "=", actor.tenantId)
    .where(taskVisibleTo(actor));
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>["execute"]>>[number];

export function toTask(r: TaskRow, today: string): AttendanceTask {
  return {
    id: r.id,
    childId: r.child_id,
    childName: `${r.given_name} ${r.family_name}`,
    step: r.step,
    kind: r.kind,
    actor: r.actor,
    title: r.title,
    actions: r.actions as string[],
    enteredOn: r.step_entered_on,
    dueDate: r.due_date,
    status: r.status,
    overdue: r.status === "open" && r.due_date < today,
    doneAt: r.done_at?.toISOString() ?? null,
    doneNote: r.done_note,
  };
}

/** "Mina uppgifter" in attendance: open work of the actor's, earliest deadline first. */
export async function myTasks(db: Kysely<Database>, actor: Actor) {
  if (actor.kind !== "professional") throw forbidden();
  return db.transaction().execute(async (trx) => {
    const rows = await selectTasks(trx, actor)
      .where("tk.status", "=", "open")
      .orderBy("tk.due_date")
      .limit(1000)
      .execute();
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "attendance.tasks_read",
        entityType: "attendance_task",
        details: { taskIds: rows.map((r) => r.id) },
      },
      rows.map((r) => r.child_id),
    );
    const today = stockholmDate(new Date());
    return rows.map((r) => toTask(r, today));
  });
}

/** Tasks of one pupil that the actor may see (for the pupil's page). */
export async function tasksOfPupil(db: Kysely<Database>, actor: Actor, childId: string) {
  const rows = await selectTasks(db, actor)
    .where("tk.child_id", "=", childId)
    .orderBy("tk.step_entered_on")
    .orderBy("tk.step")
    .execute();
  const today = stockholmDate(new Date());
  return rows.map((r) => toTask(r, today));
}

/** Marks a task done, with what was done about it when the actor writes a note. */
export async function completeTask(
  db: Kysely<Database>,
  actor: Actor,
  taskId: string,
  note?: string,
) {
  if (actor.kind !== "professional") throw forbidden();
  await db.transaction().execute(async (trx) => {
    const task = await selectTasks(trx, actor).where("tk.id", "=", taskId).executeTakeFirst();
    if (!task) throw notFound("task");
    if (task.status !== "open") return;
    await trx
      .updateTable("attendance_task")
      .set({ status: "done", done_at: new Date(), done_by: actor.userId, done_note: note || null })
      .where("id", "=", taskId)
      .execute();
    await recordAudit(trx, actor, {
      action: "attendance.task_done",
      entityType: "attendance_task",
      entityId: taskId,
      childId: task.child_id,
      // The note is kept with the task (it may name people); the trail says one was written.
      details: { withNote: Boolean(note) },
    });
  });
}
