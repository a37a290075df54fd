import type { Transaction } from "kysely";
import type { PlanContent } from "@kring/domain/plans";
import { overdueReason } from "@kring/domain/plans";
import { stockholmDate } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";

type Trx = Transaction<Database>;

export const versionBody = (v: {
  number: number;
  agreed_on: string;
  content: unknown;
  agreement: unknown;
}) => ({
  number: v.number,
  agreedOn: v.agreed_on,
  content: v.content as PlanContent,
  agreement: v.agreement as {
    kind: "guardian" | "child";
    guardianId: string | null;
    name: string;
    via: "professional" | "family";
    at: string;
  }[],
});

/** Each action of the current version with its status, overdue flag and dated notes. */
export async function actionTracks(trx: Trx, planId: string) {
  const today = stockholmDate(new Date());
  const [actions, notes] = await Promise.all([
    trx
      .selectFrom("plan_action")
      .selectAll()
      .where("plan_id", "=", planId)
      .where("in_current_version", "=", true)
      .execute(),
    trx
      .selectFrom("plan_action_note as n")
      .leftJoin("app_user as u", "u.id", "n.recorded_by")
      .select(["n.action_id", "n.noted_on", "n.status", "n.note", "u.display_name"])
      .where("n.plan_id", "=", planId)
      .orderBy("n.noted_on")
      .orderBy("n.created_at")
      .execute(),
  ]);
  return actions.map((a) => ({
    actionId: a.action_id,
    status: a.status,
    lastNoteOn: a.last_note_on,
    overdue: overdueReason(
      {
        actionId: a.action_id,
        endDate: a.end_date,
        followUpDate: a.follow_up_date,
        status: a.status,
        lastNoteOn: a.last_note_on,
      },
      today,
    ),
    notes: notes
      .filter((n) => n.action_id === a.action_id)
      .map((n) => ({ notedOn: n.noted_on, status: n.status, note: n.note, by: n.display_name })),
  }));
}

export async function followUps(trx: Trx, planId: string) {
  const rows = await trx
    .selectFrom("plan_follow_up as f")
    .leftJoin("app_user as u", "u.id", "f.recorded_by")
    .select(["f.id", "f.held_on", "f.version_number", "f.summary", "u.display_name"])
    .where("f.plan_id", "=", planId)
    .orderBy("f.held_on")
    .orderBy("f.created_at")
    .execute();
  const assessments = rows.length
    ? await trx
        .selectFrom("plan_goal_assessment")
        .selectAll()
        .where(
          "follow_up_id",
          "in",
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    heldOn: r.held_on,
    versionNumber: r.version_number,
    summary: r.summary,
    by: r.display_name,
    assessments: assessments
      .filter((a) => a.follow_up_id === r.id)
      .map((a) => ({ goalId: a.goal_id, level: a.level, comment: a.comment })),
  }));
}

export async function familyComments(trx: Trx, planId: string, authorUserId?: string) {
  let q = trx
    .selectFrom("plan_family_comment as c")
    .innerJoin("app_user as u", "u.id", "c.author_user_id")
    .leftJoin("meeting as m", "m.id", "c.meeting_id")
    .select(["c.id", "c.body", "c.author_kind", "c.created_at", "u.display_name", "m.starts_at"])
    .where("c.plan_id", "=", planId);
  if (authorUserId) q = q.where("c.author_user_id", "=", authorUserId);
  const rows = await q.orderBy("c.created_at").execute();
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    authorName: r.display_name,
    authorKind: r.author_kind,
    createdAt: r.created_at.toISOString(),
    meetingStartsAt: r.starts_at?.toISOString() ?? null,
  }));
}
