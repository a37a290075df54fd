import type { Kysely } from "kysely";
import {
  type DeadlineRules,
  DEFAULT_DEADLINE_RULES,
  resolveDeadlineRules,
} from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";

/** The tenant's deadline rules: its own choices over the defaults. */
export async function deadlineRulesOf(
  db: Kysely<Database>,
  tenantId: string,
): Promise<DeadlineRules> {
  const row = await db
    .selectFrom("tenant_settings")
    .select("deadline_rules")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  if (!row) return DEFAULT_DEADLINE_RULES;
  const resolved = resolveDeadlineRules(row.deadline_rules);
  return resolved.ok ? resolved.rules : DEFAULT_DEADLINE_RULES;
}
