import { type Kysely, type Transaction, sql } from "kysely";
import type { z } from "zod";
import type { ActionNoteRequest, FollowUpRequest } from "@kring/contracts";
import { compareCivilDates, stockholmDate } from "@kring/domain/cases";
import { type PlanContent, followUpIssues } from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, notFound } from "../../platform/http/errors";
import { guardCase } from "../cases/case-guard";
import { recordCaseEvent } from "../cases/case-state.repository";
import { requirePlanRight } from "./plan.policy";
import { findPlan, latestVersion } from "./plan.repository";
import { meetingInCase } from "../cases/meeting.repository";

type Trx = Transaction<Database>;

async function openAgreedPlan(trx: Trx, actor: Actor, caseId: string) {
  const guarded = await guardCase(trx, actor, caseId, "write");
  requirePlanRight(guarded, "followUp");
  const plan = await findPlan(trx, actor.tenantId, caseId);
  const version = plan && (await latestVersion(trx, plan.id));
  if (!plan || !version)
    throw new AppError(
      422,
      "no_agreed_plan",
      "Det finns ingen godkänd plan att följa upp.",
      "There is no agreed plan to follow up.",
    );
  return { guarded, plan, version, content: version.content as unknown as PlanContent };
}

function notInFuture(date: string) {
  if (compareCivilDates(date, stockholmDate(new Date())) > 0)
    throw badRequest("date_in_future", "Datumet ligger i framtiden.", "The date is in the future.");
}

async function writeNote(
  trx: Trx,
  actor: Actor,
  planId: string,
  input: { actionId: string; status: string; note: string; on: string; followUpId: string | null },
) {
  const status = input.status as "planned";
  await trx
    .insertInto("plan_action_note")
    .values({
      tenant_id: actor.tenantId,
      plan_id: planId,
      action_id: input.actionId,
      follow_up_id: input.followUpId,
      noted_on: input.on,
      status,
      note: input.note,
      recorded_by: actor.userId,
    })
    .execute();
  const updated = await trx
    .updateTable("plan_action")
    // A note dated earlier than the latest one must not make the action look less up to date.
    .set({ status, last_note_on: sql<string>`greatest(last_note_on, ${input.on}::date)` })
    .where("plan_id", "=", planId)
    .where("action_id", "=", input.actionId)
    .where("in_current_version", "=", true)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw notFound("action");
}

/** A follow-up: every goal assessed on the scale, and the actions' status updated, at once. */
export async function recordFollowUp(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof FollowUpRequest>,
) {
  notInFuture(input.heldOn);
  return db.transaction().execute(async (trx) => {
    const { guarded, plan, version, content } = await openAgreedPlan(trx, actor, caseId);
    const issues = followUpIssues(
      content,
      input.assessments,
      input.actions.map((a) => a.actionId),
    );
    if (issues.length)
      throw new AppError(422, "follow_up_incomplete", issues[0]!.messageSv, issues[0]!.messageEn, {
        issues,
      });
    if (input.meetingId && !(await meetingInCase(trx, caseId, input.meetingId)))
      throw badRequest(
        "unknown_meeting",
        "Mötet hör inte till ärendet.",
        "The meeting is not in this case.",
      );
    const followUp = await trx
      .insertInto("plan_follow_up")
      .values({
        tenant_id: actor.tenantId,
        plan_id: plan.id,
        version_number: version.number,
        held_on: input.heldOn,
        meeting_id: input.meetingId ?? null,
        summary: input.summary,
        recorded_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("plan_goal_assessment")
      .values(
        input.assessments.map((a) => ({
          follow_up_id: followUp.id,
          goal_id: a.goalId,
          tenant_id: actor.tenantId,
          level: a.level,
          comment: a.comment,
        })),
      )
      .execute();
    for (const a of input.actions)
      await writeNote(trx, actor, plan.id, { ...a, on: input.heldOn, followUpId: followUp.id });
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "plan_followed_up",
      "Planen uppföljd",
    );
    await recordAudit(trx, actor, {
      action: "plan.follow_up",
      entityType: "plan",
      entityId: plan.id,
      childId: guarded.row.child_id,
      details: {
        caseId,
        version: version.number,
        goals: input.assessments.length,
        actions: input.actions.length,
      },
    });
    return followUp.id;
  });
}

/** A dated status note on one action, between follow-ups (e.g. by the responsible person). */
export async function addActionNote(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  actionId: string,
  input: z.infer<typeof ActionNoteRequest>,
) {
  const on = input.notedOn ?? stockholmDate(new Date());
  notInFuture(on);
  await db.transaction().execute(async (trx) => {
    const { guarded, plan } = await openAgreedPlan(trx, actor, caseId);
    await writeNote(trx, actor, plan.id, {
      actionId,
      status: input.status,
      note: input.note,
      on,
      followUpId: null,
    });
    await recordAudit(trx, actor, {
      action: "plan.action_note",
      entityType: "plan",
      entityId: plan.id,
      childId: guarded.row.child_id,
      details: { caseId, actionId, status: input.status },
    });
  });
}
