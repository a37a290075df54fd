// A coordinator or contact person who takes over a role (ADR 0025) finds the case in "Mina
// uppgifter" until they have opened it (case_member.opened_at, set by getCase).
import type { Transaction } from "kysely";
import { CASE_ROLE_LABELS, type CaseRole } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { caseVisibleTo } from "./case-access";

export async function takeoverItems(trx: Transaction<Database>, actor: Actor) {
  const rows = await trx
    .selectFrom("case_member as m")
    .innerJoin("cases as c", "c.id", "m.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .select(["c.id", "m.role", "m.joined_at", "child.given_name", "child.family_name"])
    .where("m.tenant_id", "=", actor.tenantId)
    .where("m.user_id", "=", actor.userId)
    .where("m.left_at", "is", null)
    .where("m.replaces_member_id", "is not", null)
    .where("m.opened_at", "is", null)
    .where(caseVisibleTo(actor))
    .execute();
  return rows.map((r) => {
    const role = CASE_ROLE_LABELS[r.role as CaseRole] ?? { sv: r.role, en: r.role };
    return {
      kind: "new_role" as const,
      caseId: r.id,
      childName: `${r.given_name} ${r.family_name}`,
      title: `Du har tagit över som ${role.sv.toLowerCase()}: öppna ärendet`,
      titleEn: `You have taken over as ${role.en.toLowerCase()}: open the case`,
      dueDate: r.joined_at.toISOString(),
      status: null,
    };
  });
}

/** Opening the case ends the takeover task. */
export async function markTakeoverOpened(trx: Transaction<Database>, actor: Actor, caseId: string) {
  await trx
    .updateTable("case_member")
    .set({ opened_at: new Date() })
    .where("case_id", "=", caseId)
    .where("user_id", "=", actor.userId)
    .where("left_at", "is", null)
    .where("replaces_member_id", "is not", null)
    .where("opened_at", "is", null)
    .execute();
}
