import type { Kysely, Selectable } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import type { CasesTable } from "../../platform/db/tables/cases";
import { forbidden, notFound } from "../../platform/http/errors";
import { type AccessBasis, accessBasis } from "./case-access";

export type CaseRow = Selectable<CasesTable>;

export interface GuardedCase {
  row: CaseRow;
  basis: AccessBasis;
  /** The actor's current roles in this case (coordinator_lead, contact_person ...). */
  myRoles: string[];
}

/**
 * Loads a case the actor may see right now, or refuses. Every case route goes through here,
 * so access is checked in one place; the caller audits the read or write in the same transaction.
 */
export async function guardCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<GuardedCase> {
  const row = await db
    .selectFrom("cases")
    .selectAll()
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!row) throw notFound("case");
  const basis = await accessBasis(db, actor, caseId);
  if (!basis) throw forbidden();
  const members = await db
    .selectFrom("case_member")
    .select("role")
    .where("case_id", "=", caseId)
    .where("user_id", "=", actor.userId)
    .where("left_at", "is", null)
    .execute();
  return { row, basis, myRoles: members.map((m) => m.role) };
}

export const isCoordinator = (g: GuardedCase) =>
  g.myRoles.includes("coordinator_lead") || g.myRoles.includes("coordinator_documenting");
