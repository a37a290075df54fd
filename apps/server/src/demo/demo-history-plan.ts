import type { Kysely } from "kysely";
import type { Database } from "../platform/db/schema";

/**
 * A history case of the demo (closed long ago, made in SQL) got to closure by an agreed plan, as
 * every case past network meeting 2 does. Its version 1 takes the content of a plan the demo
 * walked through the real plan code (history names no one): read it once with `walkedPlan`.
 */
export async function walkedPlan(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom("plan_version")
    .select(["content", "agreement"])
    .where("tenant_id", "=", tenantId)
    .where("number", "=", 1)
    .orderBy("agreed_at")
    .limit(1)
    .executeTakeFirstOrThrow();
}

export async function addAgreedPlan(
  db: Kysely<Database>,
  history: {
    tenantId: string;
    caseId: string;
    childId: string;
    agreedOn: string;
    walked: Awaited<ReturnType<typeof walkedPlan>>;
  },
) {
  const plan = await db
    .insertInto("plan")
    .values({
      tenant_id: history.tenantId,
      case_id: history.caseId,
      child_id: history.childId,
      created_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("plan_version")
    .values({
      tenant_id: history.tenantId,
      plan_id: plan.id,
      number: 1,
      content: JSON.stringify(history.walked.content),
      from_revision: 1,
      agreed_on: history.agreedOn,
      agreement: JSON.stringify(history.walked.agreement),
    })
    .execute();
}
