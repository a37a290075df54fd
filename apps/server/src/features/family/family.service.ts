import type { Kysely, Transaction } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { AppError, notFound } from "../../platform/http/errors";
import { agree } from "../plans/plan-agreement";
import { requireFreshDraft } from "../plans/plan-draft.guard";
import { exportData } from "../plans/plan-export.repository";
import { planPdfPool } from "../plans/pdf-pool";
import { latestVersion, lockDraft } from "../plans/plan.repository";
import { caseReadOnly } from "../cases/case-guard";
import { familyCaseEnded, familyChildren, familyPlanOf, guardFamilyChild } from "./family-access";
import { familyAudit, partyOf, viewerOf } from "./family-actor";

type Trx = Transaction<Database>;

export async function listFamilyChildren(db: Kysely<Database>, actor: Actor) {
  return db.transaction().execute(async (trx) => {
    const children = await familyChildren(trx, actor);
    const withPlan = [];
    for (const c of children)
      withPlan.push({
        id: c.id,
        givenName: c.given_name,
        hasPlan: !!(await familyPlanOf(trx, actor.tenantId, c.id)),
      });
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "family.children_list",
        entityType: "family_view",
        details: { children: children.length },
      },
      children.map((c) => c.id),
    );
    return { viewer: viewerOf(actor), children: withPlan };
  });
}

async function openFamilyPlan(trx: Trx, actor: Actor, childId: string) {
  const child = await guardFamilyChild(trx, actor, childId);
  const plan = await familyPlanOf(trx, actor.tenantId, childId);
  if (!plan) throw notFound("plan");
  return { child, plan };
}

/** The plan to write to: its case must still run (closed and declined are read-only, ADR 0020). */
async function openFamilyPlanToWrite(trx: Trx, actor: Actor, childId: string) {
  const opened = await openFamilyPlan(trx, actor, childId);
  if (await familyCaseEnded(trx, opened.plan.case_id)) throw caseReadOnly();
  return opened;
}

/** A comment before the next meeting; the network reads it on the plan page. */
export async function postFamilyComment(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  body: string,
) {
  return db.transaction().execute(async (trx) => {
    const { plan } = await openFamilyPlanToWrite(trx, actor, childId);
    const meeting = await trx
      .selectFrom("meeting")
      .select("id")
      .where("case_id", "=", plan.case_id)
      .where("status", "=", "planned")
      .where("starts_at", ">", new Date())
      .orderBy("starts_at")
      .limit(1)
      .executeTakeFirst();
    const row = await trx
      .insertInto("plan_family_comment")
      .values({
        tenant_id: actor.tenantId,
        plan_id: plan.id,
        meeting_id: meeting?.id ?? null,
        author_user_id: actor.userId,
        author_kind: viewerOf(actor),
        body,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await familyAudit(trx, actor, "family.comment", childId, { planId: plan.id });
    return row.id;
  });
}

/** The guardian (or the child) agrees to the proposed plan from their own account. */
export async function familyAgree(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  revision: number,
) {
  return db.transaction().execute(async (trx) => {
    const { child, plan } = await openFamilyPlanToWrite(trx, actor, childId);
    const draft = await lockDraft(trx, plan.id);
    if (!draft || draft.status !== "proposed")
      throw new AppError(
        409,
        "nothing_to_agree",
        "Det finns ingen plan som väntar på ert godkännande.",
        "No plan is waiting for your agreement.",
      );
    await requireFreshDraft(trx, draft, revision);
    const caseRow = await trx
      .selectFrom("cases")
      .selectAll()
      .where("id", "=", plan.case_id)
      .executeTakeFirstOrThrow();
    return agree(trx, actor, { caseRow, plan, draft }, [partyOf(actor, child)], "family");
  });
}

export async function familyPrint(db: Kysely<Database>, actor: Actor, childId: string) {
  const data = await db.transaction().execute(async (trx) => {
    const { plan } = await openFamilyPlan(trx, actor, childId);
    const version = await latestVersion(trx, plan.id);
    if (!version) throw notFound("plan");
    await familyAudit(trx, actor, "family.plan_print", childId, {
      planId: plan.id,
      version: version.number,
    });
    return exportData(trx, plan, version.number);
  });
  return planPdfPool.render(data, "family");
}
