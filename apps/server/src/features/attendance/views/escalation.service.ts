import type { Kysely } from "kysely";
import type { z } from "zod";
import type { CollaborationCaseRequest } from "@kring/contracts";
import type { Actor } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { AppError, forbidden } from "../../../platform/http/errors";
import { registerRequest } from "../../cases/cases.service";
import { guardPupil } from "../attendance-access";

/** At the last step, and only there, the attendance team escalates. */
async function requireLastStep(db: Kysely<Database>, actor: Actor, childId: string) {
  if ((await guardPupil(db, actor, childId)) !== "attendance_team") throw forbidden();
  const state = await db
    .selectFrom("attendance_pupil_state")
    .select("top_step")
    .where("tenant_id", "=", actor.tenantId)
    .where("child_id", "=", childId)
    .executeTakeFirst();
  if (!state?.top_step) {
    throw new AppError(
      409,
      "not_at_last_step",
      "Eleven står inte på närvarotrappans sista steg.",
      "The pupil is not on the last step of the staircase.",
    );
  }
}

/**
 * Opens a collaboration case for the pupil through the case process's own registration (with
 * the guardians' consent), then records on the pupil's staircase that it was opened. Two
 * transactions: the case service owns its own, and the record here only points at its result.
 */
export async function openCollaborationCase(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  input: z.infer<typeof CollaborationCaseRequest>,
) {
  await requireLastStep(db, actor, childId);
  const caseId = await registerRequest(db, actor, { ...input, childId, acute: false });
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("attendance_escalation")
      .values({
        tenant_id: actor.tenantId,
        child_id: childId,
        kind: "collaboration_case",
        case_id: caseId,
        summary: input.concern,
        recorded_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "attendance.collaboration_case",
      entityType: "attendance_escalation",
      entityId: row.id,
      childId,
      details: { caseId },
    });
    return { id: row.id, caseId };
  });
}

/** Records that a report of concern (orosanmälan) was made to social services. */
export async function recordConcernReport(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  summary: string,
) {
  return db.transaction().execute(async (trx) => {
    await requireLastStep(trx, actor, childId);
    const row = await trx
      .insertInto("attendance_escalation")
      .values({
        tenant_id: actor.tenantId,
        child_id: childId,
        kind: "concern_report",
        case_id: null,
        summary,
        recorded_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "attendance.concern_report",
      entityType: "attendance_escalation",
      entityId: row.id,
      childId,
    });
    return { id: row.id, caseId: null };
  });
}
