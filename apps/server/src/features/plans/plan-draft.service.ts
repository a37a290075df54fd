import type { Kysely } from "kysely";
import { type PlanContent, agreementBlockers, diffPlans, emptyPlan } from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { conflict } from "../../platform/http/errors";
import { guardCase } from "../cases/case-guard";
import { recordCaseEvent } from "../cases/case-state.repository";
import { checkCaseAcceptsPlan } from "./plan-case";
import { checkReferences, openDraft, requireFreshDraft } from "./plan-draft.guard";
import { gapsProblem } from "./plan-problems";
import { requirePlanRight } from "./plan.policy";
import { findPlan, insertRevision, latestVersion, lockDraft } from "./plan.repository";

/** Opens the one draft of a case's plan: a copy of the agreed version, or an empty plan. */
export async function startDraft(db: Kysely<Database>, actor: Actor, caseId: string) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    requirePlanRight(guarded, "write");
    const plan =
      (await findPlan(trx, actor.tenantId, caseId)) ??
      (await trx
        .insertInto("plan")
        .values({
          tenant_id: actor.tenantId,
          case_id: caseId,
          child_id: guarded.row.child_id,
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow());
    if (await lockDraft(trx, plan.id))
      throw conflict("Det finns redan ett utkast till planen.", "The plan already has a draft.");
    const agreed = await latestVersion(trx, plan.id);
    const content = agreed ? (agreed.content as unknown as PlanContent) : emptyPlan();
    const number = await insertRevision(trx, plan, content, actor.userId);
    await trx
      .insertInto("plan_draft")
      .values({
        plan_id: plan.id,
        tenant_id: actor.tenantId,
        revision: number,
        based_on_version: agreed?.number ?? 0,
      })
      .execute();
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "plan_draft_started",
      agreed ? "Revidering av planen påbörjad" : "Utkast till plan påbörjat",
    );
    await recordAudit(trx, actor, {
      action: "plan.draft_start",
      entityType: "plan",
      entityId: plan.id,
      childId: guarded.row.child_id,
      details: { caseId, basedOnVersion: agreed?.number ?? 0 },
    });
    return number;
  });
}

/** Saves the draft if nobody else saved since `seen`; otherwise 409 with what they changed. */
export async function saveDraft(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  seen: number,
  content: PlanContent,
) {
  return db.transaction().execute(async (trx) => {
    const { guarded, plan, draft } = await openDraft(trx, actor, caseId, "write");
    await requireFreshDraft(trx, draft, seen);
    await checkReferences(trx, actor.tenantId, guarded.row.child_id, content);
    const number = await insertRevision(trx, plan, content, actor.userId);
    await trx
      .updateTable("plan_draft")
      .set({ revision: number, status: "editing" })
      .where("plan_id", "=", plan.id)
      .execute();
    await recordAudit(trx, actor, {
      action: "plan.draft_save",
      entityType: "plan",
      entityId: plan.id,
      childId: guarded.row.child_id,
      details: { caseId, revision: number, changes: diffPlans(draft.content, content).length },
    });
    return number;
  });
}

/** Shows the draft to the family for their agreement; only a draft that could be agreed. */
export async function proposeDraft(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  seen: number,
) {
  return db.transaction().execute(async (trx) => {
    const { guarded, plan, draft } = await openDraft(trx, actor, caseId, "agree");
    await requireFreshDraft(trx, draft, seen);
    // Whether the case is ready for a plan comes first: a complete plan still could not be agreed
    // before network meeting 2, and the refusal says what is missing and who does it (#17.6).
    await checkCaseAcceptsPlan(trx, actor, guarded);
    const gaps = agreementBlockers(draft.content);
    if (gaps.length) throw gapsProblem(gaps);
    await trx
      .updateTable("plan_draft")
      .set({ status: "proposed" })
      .where("plan_id", "=", plan.id)
      .execute();
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "plan_proposed",
      "Planen skickad till familjen för godkännande",
    );
    await recordAudit(trx, actor, {
      action: "plan.propose",
      entityType: "plan",
      entityId: plan.id,
      childId: guarded.row.child_id,
      details: { caseId, revision: seen },
    });
  });
}
