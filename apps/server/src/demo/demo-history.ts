import type { Kysely } from "kysely";
import type { CaseState } from "@kring/domain/cases";
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

async function addAgreedPlan(
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

/**
 * A closed history case, raised by the area school's mentor, with its agreed plan: the one way
 * the demo's SQL-made history (experience log, outcome figures) writes a case.
 */
export async function insertClosedHistoryCase(
  db: Kysely<Database>,
  history: {
    tenantId: string;
    childId: string;
    mentorId: string;
    schoolId: string;
    concern: string;
    lastDecision: string;
    /** Closed, with its plan agreed. */
    state: CaseState;
    walked: Awaited<ReturnType<typeof walkedPlan>>;
  },
): Promise<string> {
  const { state } = history;
  const created = await db
    .insertInto("cases")
    .values({
      tenant_id: history.tenantId,
      child_id: history.childId,
      raised_by_user_id: history.mentorId,
      raised_by_unit_id: history.schoolId,
      raised_by_role: "teacher_mentor",
      requested_at: new Date(`${state.requestedOn}T08:00:00Z`),
      concern: history.concern,
      acute: false,
      stage: "closed",
      closed_at: new Date(`${state.closure!.on}T15:00:00Z`),
      last_decision: history.lastDecision,
      state: JSON.stringify(state),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await addAgreedPlan(db, {
    tenantId: history.tenantId,
    caseId: created.id,
    childId: history.childId,
    agreedOn: state.planAgreedOn!,
    walked: history.walked,
  });
  return created.id;
}
