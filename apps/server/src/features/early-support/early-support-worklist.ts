import type { Transaction } from "kysely";
import type { WorklistItem } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";

const SOON_DAYS = 7;

function addDays(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "Följ upp tidigt stöd": the follow-up date of one's own open contacts, a week ahead. */
export async function earlySupportWorklistItems(
  trx: Transaction<Database>,
  actor: Actor,
  today: string,
): Promise<WorklistItem[]> {
  const rows = await trx
    .selectFrom("early_support_contact as e")
    .innerJoin("child as ch", "ch.id", "e.child_id")
    .select(["e.id", "e.child_id", "e.follow_up_on", "ch.given_name", "ch.family_name"])
    .where("e.tenant_id", "=", actor.tenantId)
    .where("e.recorded_by", "=", actor.userId)
    .where("e.status", "=", "open")
    .where("e.follow_up_on", "<=", addDays(today, SOON_DAYS))
    .execute();
  return rows.map((r) => {
    const due = String(r.follow_up_on);
    return {
      kind: "early_support" as const,
      caseId: null,
      childId: r.child_id,
      earlySupportId: r.id,
      childName: `${r.given_name} ${r.family_name}`,
      title: "Följ upp tidigt stöd",
      titleEn: "Follow up early support",
      dueDate: due,
      status: due < today ? ("overdue" as const) : ("due_soon" as const),
    };
  });
}
