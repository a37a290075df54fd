import type { Transaction } from "kysely";
import { type CaseStage, isTerminalStage } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";

type Trx = Transaction<Database>;

// The family's one way in: a guardian account reaches the children it has custody of
// (guardian.user_id → child_guardian), a child account reaches only itself (child.user_id).
// Professionals have their own way in through the case and never come through here.

export async function familyChildren(trx: Trx, actor: Actor) {
  if (actor.kind === "guardian")
    return (
      trx
        .selectFrom("guardian as g")
        .innerJoin("child_guardian as cg", "cg.guardian_id", "g.id")
        .innerJoin("child", "child.id", "cg.child_id")
        .select(["child.id", "child.given_name", "child.family_name", "g.id as guardian_id"])
        .where("g.user_id", "=", actor.userId)
        .where("g.tenant_id", "=", actor.tenantId)
        // A parent without custody has no family view of the child (ADR 0044).
        .where("cg.custody", "=", true)
        .orderBy("child.given_name")
        .execute()
    );
  if (actor.kind === "child")
    return trx
      .selectFrom("child")
      .select(["child.id", "child.given_name", "child.family_name"])
      .where("child.user_id", "=", actor.userId)
      .where("child.tenant_id", "=", actor.tenantId)
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, guardian_id: null })));
  throw forbidden();
}

/** The child if it is the actor's own (as guardian or as the child); otherwise 404. */
export async function guardFamilyChild(trx: Trx, actor: Actor, childId: string) {
  const child = (await familyChildren(trx, actor)).find((c) => c.id === childId);
  if (!child) throw notFound("child");
  return child;
}
export type FamilyChild = Awaited<ReturnType<typeof guardFamilyChild>>;

/** The child's plan the family follows: the newest one agreed or being written with them. */
export async function familyPlanOf(trx: Trx, tenantId: string, childId: string) {
  return trx
    .selectFrom("plan as p")
    .selectAll("p")
    .where("p.tenant_id", "=", tenantId)
    .where("p.child_id", "=", childId)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb.selectFrom("plan_version as v").select("v.id").whereRef("v.plan_id", "=", "p.id"),
        ),
        eb.exists(
          eb.selectFrom("plan_draft as d").select("d.plan_id").whereRef("d.plan_id", "=", "p.id"),
        ),
      ]),
    )
    .orderBy("p.created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Whether the plan's case is closed or declined: the family then reads, and writes nothing. */
export async function familyCaseEnded(trx: Trx, caseId: string) {
  const row = await trx
    .selectFrom("cases")
    .select("stage")
    .where("id", "=", caseId)
    .executeTakeFirst();
  return !!row && isTerminalStage(row.stage as CaseStage);
}
