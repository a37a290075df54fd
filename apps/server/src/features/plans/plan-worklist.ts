import { type Transaction, sql } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { OVERDUE_LABELS, overdueActions } from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { caseVisibleTo } from "../cases/case-access";
import { consentedIncoming } from "./plan-handover.policy";

/**
 * Overdue plan actions for the worklist ("Mina uppgifter"): each lands on its responsible
 * person, or, when that person has no account, on the case's contact person, who follows the plan.
 * Only cases the actor may see count, by the same rule as every case read.
 */
export async function overduePlanActionItems(trx: Transaction<Database>, actor: Actor) {
  const rows = await trx
    .selectFrom("plan_action as a")
    .innerJoin("plan as p", "p.id", "a.plan_id")
    .innerJoin("cases as c", "c.id", "p.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .select([
      "a.action_id",
      "a.description",
      "a.end_date",
      "a.follow_up_date",
      "a.status",
      "a.last_note_on",
      "c.id as case_id",
      "child.given_name",
      "child.family_name",
    ])
    .where("a.tenant_id", "=", actor.tenantId)
    .where("a.in_current_version", "=", true)
    .where((eb) =>
      eb.or([
        eb("a.responsible_user_id", "=", actor.userId),
        eb.and([
          eb("a.responsible_user_id", "is", null),
          sql<boolean>`exists (select 1 from case_member m where m.case_id = c.id and m.user_id = ${actor.userId}
            and m.role = 'contact_person' and m.left_at is null)`,
        ]),
      ]),
    )
    .where("c.stage", "!=", "closed")
    .where(caseVisibleTo(actor))
    .execute();
  const byId = new Map(rows.map((r) => [`${r.case_id}:${r.action_id}`, r]));
  const overdue = overdueActions(
    rows.map((r) => ({
      actionId: `${r.case_id}:${r.action_id}`,
      endDate: r.end_date,
      followUpDate: r.follow_up_date,
      status: r.status,
      lastNoteOn: r.last_note_on,
    })),
    stockholmDate(new Date()),
  );
  return overdue.map((o) => {
    const r = byId.get(o.actionId)!;
    return {
      kind: "plan_action" as const,
      caseId: r.case_id,
      childName: `${r.given_name} ${r.family_name}`,
      title: `${OVERDUE_LABELS[o.reason].sv}: ${r.description}`,
      titleEn: `${OVERDUE_LABELS[o.reason].en}: ${r.description}`,
      dueDate: o.dueDate,
      status: "overdue" as const,
    };
  });
}

/**
 * Plans proposed to the actor's units that the family has consented to: each waits for someone
 * there to accept or decline it on the incoming handovers page. The case itself stays out of
 * reach until then, so the item names the child and the sending unit only.
 */
export async function incomingHandoverItems(trx: Transaction<Database>, actor: Actor) {
  if (actor.kind !== "professional") return [];
  return (await consentedIncoming(trx, actor)).map((h) => ({
    kind: "handover" as const,
    caseId: null,
    childName: h.childName,
    title: `Ta emot planen från ${h.fromUnit.name} till ${h.toUnit.name}`,
    titleEn: `Receive the plan from ${h.fromUnit.name} to ${h.toUnit.name}`,
    dueDate: null,
    status: null,
  }));
}
