import type { Kysely } from "kysely";
import { type ConsentRules, DEFAULT_CONSENT_RULES } from "@kring/domain/consent";
import type { Database } from "../../platform/db/schema";

/** The tenant's rules for who may consent: its own row, or the defaults (15 years, one guardian). */
export async function consentRulesOf(
  db: Kysely<Database>,
  tenantId: string,
): Promise<ConsentRules> {
  const row = await db
    .selectFrom("consent_rules")
    .select(["child_alone_from_age", "all_guardians_required"])
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  if (!row) return DEFAULT_CONSENT_RULES;
  return {
    childAloneFromAge: row.child_alone_from_age,
    allGuardiansRequired: row.all_guardians_required,
  };
}
