import type { Transaction } from "kysely";
import { type PlanContent, allActions, describePlanChanges, diffPlans } from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, conflict, notFound } from "../../platform/http/errors";
import { guardCase } from "../cases/case-guard";
import { requirePlanRight } from "./plan.policy";
import { type DraftRow, type PlanRow, findPlan, lockDraft, revision } from "./plan.repository";

// Opening the draft for a change, and the checks every change to it passes first.

type Trx = Transaction<Database>;

export async function openDraft(trx: Trx, actor: Actor, caseId: string, right: "write" | "agree") {
  const guarded = await guardCase(trx, actor, caseId, "write");
  requirePlanRight(guarded, right);
  const plan = await findPlan(trx, actor.tenantId, caseId);
  const draft = plan && (await lockDraft(trx, plan.id));
  if (!plan || !draft) throw notFound("plan draft");
  return { guarded, plan: plan satisfies PlanRow, draft };
}

export async function requireFreshDraft(trx: Trx, draft: DraftRow, seen: number) {
  if (draft.revision === seen) return;
  const before =
    seen < draft.revision
      ? await revision(trx, draft.plan_id, seen).catch(() => undefined)
      : undefined;
  throw conflict(
    "Någon annan har ändrat planen medan du skrev. Se vad som ändrats och för in dina ändringar igen.",
    "Someone else changed the plan while you were writing. See what changed and apply your changes again.",
    {
      currentRevision: draft.revision,
      savedBy: draft.rev.saved_by_name,
      savedAt: draft.rev.saved_at.toISOString(),
      changes: before ? diffPlans(before.content as unknown as PlanContent, draft.content) : [],
      // The same changes in words, for the person whose save was refused.
      words: before
        ? describePlanChanges(before.content as unknown as PlanContent, draft.content)
        : [],
    },
  );
}

/**
 * Units and people named in the plan must exist in the tenant (names alone are fine); a guardian
 * named as responsible must be a guardian of this child.
 */
export async function checkReferences(
  trx: Trx,
  tenantId: string,
  childId: string,
  content: PlanContent,
) {
  const actions = allActions(content);
  const family = actions.flatMap((a) => (a.responsiblePerson?.family ? [a.responsiblePerson] : []));
  const guardianIds = new Set(
    family.flatMap((p) => (p.family?.kind === "guardian" ? [p.family.guardianId] : [])),
  );
  const ownGuardians =
    guardianIds.size === 0
      ? []
      : await trx
          .selectFrom("child_guardian")
          .select("guardian_id")
          .where("child_id", "=", childId)
          .where("custody", "=", true)
          .where("guardian_id", "in", [...guardianIds])
          .execute();
  if (family.some((p) => p.userId) || ownGuardians.length !== guardianIds.size)
    throw new AppError(
      400,
      "unknown_reference",
      "En vårdnadshavare som är ansvarig i planen är inte barnets vårdnadshavare.",
      "A guardian responsible in the plan is not a guardian of the child.",
    );
  const unitIds = new Set(
    [
      content.leadUnit,
      ...actions.map((a) => a.responsibleUnit),
      ...content.measuresByOthers.map((m) => m.by),
    ].flatMap((r) => (r?.unitId ? [r.unitId] : [])),
  );
  const userIds = new Set(
    actions.flatMap((a) => (a.responsiblePerson?.userId ? [a.responsiblePerson.userId] : [])),
  );
  const ids = [
    ...allActions(content).map((a) => a.id),
    ...content.goals.map((g) => g.id),
    ...content.measuresByOthers.map((m) => m.id),
  ];
  if (new Set(ids).size !== ids.length)
    throw badRequest(
      "duplicate_id",
      "Två delar av planen har samma id.",
      "Two parts of the plan share an id.",
    );
  const offerIds = new Set(actions.flatMap((a) => (a.offerEntryId ? [a.offerEntryId] : [])));
  const known = async (table: "unit" | "app_user" | "offer_entry", wanted: Set<string>) =>
    wanted.size === 0 ||
    (
      await trx
        .selectFrom(table)
        .select("id")
        .where("tenant_id", "=", tenantId)
        .where("id", "in", [...wanted])
        .execute()
    ).length === wanted.size;
  if (
    !(await known("unit", unitIds)) ||
    !(await known("app_user", userIds)) ||
    !(await known("offer_entry", offerIds))
  )
    throw new AppError(
      400,
      "unknown_reference",
      "En enhet eller person i planen finns inte.",
      "A unit or person in the plan does not exist.",
    );
}
