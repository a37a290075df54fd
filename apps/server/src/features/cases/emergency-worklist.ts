// The case's coordinators learn at once that someone outside the network used emergency access.
import type { Transaction } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { caseVisibleTo } from "./case-access";

/** How long a grant stays on the coordinators' worklist. */
const SHOWN_DAYS = 7;

export async function emergencyAccessItems(trx: Transaction<Database>, actor: Actor) {
  const rows = await trx
    .selectFrom("emergency_access as e")
    .innerJoin("cases as c", "c.id", "e.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .innerJoin("app_user as u", "u.id", "e.user_id")
    .select(["c.id", "e.granted_at", "u.display_name", "child.given_name", "child.family_name"])
    .where("e.tenant_id", "=", actor.tenantId)
    .where("e.granted_at", ">", new Date(Date.now() - SHOWN_DAYS * 86_400_000))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("case_member as m")
          .select("m.id")
          .whereRef("m.case_id", "=", "c.id")
          .where("m.user_id", "=", actor.userId)
          .where("m.left_at", "is", null)
          .where("m.role", "in", ["coordinator_lead", "coordinator_documenting"]),
      ),
    )
    .where(caseVisibleTo(actor))
    .orderBy("e.granted_at", "desc")
    .execute();
  return rows.map((r) => ({
    kind: "emergency_access" as const,
    caseId: r.id,
    childName: `${r.given_name} ${r.family_name}`,
    title: `Nödåtkomst använd av ${r.display_name}`,
    titleEn: `Emergency access used by ${r.display_name}`,
    dueDate: r.granted_at.toISOString(),
    status: null,
  }));
}
