import type { Transaction } from "kysely";
import { type PlanContent, allActions } from "@kring/domain/plans";
import type { Database } from "../../platform/db/schema";

type Trx = Transaction<Database>;

export async function findPlan(trx: Trx, tenantId: string, caseId: string) {
  return trx
    .selectFrom("plan")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("case_id", "=", caseId)
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** The open draft with its newest content, locked so concurrent saves queue up. */
export async function lockDraft(trx: Trx, planId: string) {
  const draft = await trx
    .selectFrom("plan_draft")
    .selectAll()
    .where("plan_id", "=", planId)
    .forUpdate()
    .executeTakeFirst();
  if (!draft) return undefined;
  const rev = await revision(trx, planId, draft.revision);
  return { ...draft, content: rev.content as unknown as PlanContent, rev };
}
export type DraftRow = NonNullable<Awaited<ReturnType<typeof lockDraft>>>;

export async function revision(trx: Trx, planId: string, number: number) {
  return trx
    .selectFrom("plan_draft_revision as r")
    .leftJoin("app_user as u", "u.id", "r.saved_by")
    .select(["r.revision", "r.content", "r.saved_at", "u.display_name as saved_by_name"])
    .where("r.plan_id", "=", planId)
    .where("r.revision", "=", number)
    .executeTakeFirstOrThrow();
}

export async function insertRevision(
  trx: Trx,
  plan: PlanRow,
  content: PlanContent,
  userId: string | null,
) {
  const last = await trx
    .selectFrom("plan_draft_revision")
    .select((eb) => eb.fn.max("revision").as("n"))
    .where("plan_id", "=", plan.id)
    .executeTakeFirst();
  const number = Number(last?.n ?? 0) + 1;
  await trx
    .insertInto("plan_draft_revision")
    .values({
      tenant_id: plan.tenant_id,
      plan_id: plan.id,
      revision: number,
      content: JSON.stringify(content),
      saved_by: userId,
    })
    .execute();
  return number;
}

export async function latestVersion(trx: Trx, planId: string) {
  return trx
    .selectFrom("plan_version")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function versionByNumber(trx: Trx, planId: string, number: number) {
  return trx
    .selectFrom("plan_version")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("number", "=", number)
    .executeTakeFirst();
}

/**
 * Keeps plan_action in step with the agreed version: actions carried over keep their status and
 * notes, new ones start as planned, and dropped ones leave the worklist (their history stays).
 */
export async function syncActions(trx: Trx, plan: PlanRow, content: PlanContent) {
  await trx
    .updateTable("plan_action")
    .set({ in_current_version: false })
    .where("plan_id", "=", plan.id)
    .execute();
  for (const a of allActions(content)) {
    const values = {
      in_current_version: true,
      description: a.description,
      responsible_user_id: a.responsiblePerson?.userId ?? null,
      end_date: a.endDate,
      follow_up_date: a.followUpDate,
      offer_entry_id: a.offerEntryId ?? null,
    };
    await trx
      .insertInto("plan_action")
      .values({ plan_id: plan.id, action_id: a.id, tenant_id: plan.tenant_id, ...values })
      .onConflict((oc) => oc.columns(["plan_id", "action_id"]).doUpdateSet(values))
      .execute();
  }
}
