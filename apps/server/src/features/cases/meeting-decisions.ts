// Decisions at a meeting, with an owner and a date where the network gives them. While the
// meeting is planned they live in meeting.decisions (words, or words with owner and date); when
// it is recorded as held each decision with an owner and a date becomes a task of its own
// (meeting_decision_task), the owner's worklist item until marked done (ADR 0024).
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { DecisionDoneRequest, DecisionInput, WorklistItem } from "@kring/contracts";
import { MEETING_KIND_LABELS, type MeetingKind, stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, forbidden, notFound } from "../../platform/http/errors";
import { caseVisibleTo } from "./case-access";
import { guardCase, isCoordinator } from "./case-guard";

type Trx = Transaction<Database>;

export interface Decision {
  text: string;
  ownerMemberId: string | null;
  dueDate: string | null;
}

/** The stored decisions (older meetings hold plain words) in one shape. */
export function decisionsOf(stored: unknown): Decision[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((d: unknown) =>
    typeof d === "string"
      ? { text: d, ownerMemberId: null, dueDate: null }
      : {
          text: String((d as Decision).text ?? ""),
          ownerMemberId: (d as Decision).ownerMemberId ?? null,
          dueDate: (d as Decision).dueDate ?? null,
        },
  );
}

/**
 * The decisions as given, checked: an owner needs a date and a date an owner, and the owner is a
 * person in the case's network now (a worklist needs a person to land on).
 */
export async function checkedDecisions(
  trx: Trx,
  caseId: string,
  input: z.infer<typeof DecisionInput>[],
): Promise<Decision[]> {
  const decisions = input.map((d) =>
    typeof d === "string"
      ? { text: d, ownerMemberId: null, dueDate: null }
      : { text: d.text, ownerMemberId: d.ownerMemberId ?? null, dueDate: d.dueDate ?? null },
  );
  if (decisions.some((d) => (d.ownerMemberId === null) !== (d.dueDate === null)))
    throw badRequest(
      "decision_owner_and_date",
      "Ett beslut som någon ska göra behöver både en ansvarig och ett datum.",
      "A decision someone is to carry out needs both an owner and a date.",
    );
  const owners = [...new Set(decisions.flatMap((d) => (d.ownerMemberId ? [d.ownerMemberId] : [])))];
  if (owners.length) {
    const found = await trx
      .selectFrom("case_member")
      .select("id")
      .where("case_id", "=", caseId)
      .where("id", "in", owners)
      .where("left_at", "is", null)
      .where("user_id", "is not", null)
      .execute();
    if (found.length !== owners.length)
      throw badRequest(
        "unknown_member",
        "Den ansvarige för ett beslut finns inte i nätverket.",
        "The owner of a decision is not in the network.",
      );
  }
  return decisions;
}

/** On holding the meeting: each decision with an owner and a date becomes the owner's task. */
export async function createDecisionTasks(
  trx: Trx,
  actor: Actor,
  meeting: { id: string; caseId: string },
  decisions: Decision[],
) {
  const rows = [];
  for (const [position, d] of decisions.entries()) {
    if (!d.ownerMemberId || !d.dueDate) continue;
    const owner = await trx
      .selectFrom("case_member")
      .select("user_id")
      .where("id", "=", d.ownerMemberId)
      .executeTakeFirstOrThrow();
    if (!owner.user_id) continue;
    rows.push({
      tenant_id: actor.tenantId,
      meeting_id: meeting.id,
      case_id: meeting.caseId,
      position,
      text: d.text,
      owner_member_id: d.ownerMemberId,
      owner_user_id: owner.user_id,
      due_date: d.dueDate,
    });
  }
  if (rows.length) await trx.insertInto("meeting_decision_task").values(rows).execute();
  return rows.length;
}

/** The decisions for the meeting page, with owner names and, once held, their tasks. */
export async function decisionItems(trx: Trx, meetingId: string, stored: unknown) {
  const decisions = decisionsOf(stored);
  const owners = await trx
    .selectFrom("case_member as cm")
    .leftJoin("app_user as u", "u.id", "cm.user_id")
    .select(["cm.id", "u.display_name", "cm.person_name"])
    .where(
      "cm.id",
      "in",
      decisions
        .flatMap((d) => (d.ownerMemberId ? [d.ownerMemberId] : []))
        .concat(["00000000-0000-0000-0000-000000000000"]),
    )
    .execute();
  const tasks = await trx
    .selectFrom("meeting_decision_task as t")
    .leftJoin("app_user as u", "u.id", "t.done_by")
    .select(["t.id", "t.position", "t.done_at", "t.done_note", "u.display_name"])
    .where("t.meeting_id", "=", meetingId)
    .execute();
  return decisions.map((d, position) => {
    const owner = owners.find((o) => o.id === d.ownerMemberId);
    const task = tasks.find((t) => t.position === position);
    return {
      text: d.text,
      ownerMemberId: d.ownerMemberId,
      ownerName: owner ? (owner.display_name ?? owner.person_name ?? "") : null,
      dueDate: d.dueDate,
      task: task
        ? {
            id: task.id,
            doneAt: task.done_at?.toISOString() ?? null,
            doneBy: task.display_name ?? null,
            note: task.done_note,
          }
        : null,
    };
  });
}

/** The owner (or a coordinator) marks a decision's task done; the case must still run. */
export async function markDecisionDone(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  taskId: string,
  input: z.infer<typeof DecisionDoneRequest>,
) {
  await db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    const task = await trx
      .selectFrom("meeting_decision_task")
      .selectAll()
      .where("id", "=", taskId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (!task) throw notFound("task");
    if (task.owner_user_id !== actor.userId && !isCoordinator(guarded)) throw forbidden();
    if (task.done_at)
      throw new AppError(
        409,
        "already_done",
        "Uppgiften är redan klar.",
        "The task is already done.",
      );
    await trx
      .updateTable("meeting_decision_task")
      .set({ done_at: new Date(), done_by: actor.userId, done_note: input.note })
      .where("id", "=", taskId)
      .execute();
    await recordAudit(trx, actor, {
      action: "meeting.decision_done",
      entityType: "meeting",
      entityId: task.meeting_id,
      childId: guarded.row.child_id,
      details: { taskId, withNote: !!input.note },
    });
  });
}

/** "Mina uppgifter": the decisions the actor owns that are not done, in cases they still see. */
export async function decisionWorklistItems(
  trx: Trx,
  actor: Actor,
  today: string,
): Promise<WorklistItem[]> {
  const rows = await trx
    .selectFrom("meeting_decision_task as t")
    .innerJoin("meeting as mt", "mt.id", "t.meeting_id")
    .innerJoin("cases as c", "c.id", "t.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .select([
      "t.id",
      "t.text",
      "t.due_date",
      "mt.id as meeting_id",
      "mt.kind",
      "c.id as case_id",
      "child.given_name",
      "child.family_name",
    ])
    .where("t.tenant_id", "=", actor.tenantId)
    .where("t.owner_user_id", "=", actor.userId)
    .where("t.done_at", "is", null)
    .where(caseVisibleTo(actor))
    .orderBy("t.due_date")
    .execute();
  const soon = stockholmDate(new Date(Date.now() + 7 * 86_400_000));
  return rows.map((r) => {
    const kind = MEETING_KIND_LABELS[r.kind as MeetingKind];
    return {
      kind: "meeting_decision" as const,
      caseId: r.case_id,
      meetingId: r.meeting_id,
      taskId: r.id,
      childName: `${r.given_name} ${r.family_name}`,
      // The decision's words stay as the network wrote them.
      title: `Beslut från ${kind.sv.toLowerCase()}: ${r.text}`,
      titleEn: `Decision from ${kind.en.toLowerCase()}: ${r.text}`,
      dueDate: r.due_date,
      status: r.due_date < today ? "overdue" : r.due_date <= soon ? "due_soon" : "upcoming",
    };
  });
}
