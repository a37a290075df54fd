import type { Kysely } from "kysely";
import type { AgreementParty } from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { agree } from "./plan-agreement";
import { openDraft, requireFreshDraft } from "./plan-draft.guard";

/** A professional records the family's agreement given at a meeting, on their behalf. */
export async function recordAgreement(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  revision: number,
  parties: AgreementParty[],
) {
  return db.transaction().execute(async (trx) => {
    const { guarded, plan, draft } = await openDraft(trx, actor, caseId, "agree");
    await requireFreshDraft(trx, draft, revision);
    return agree(trx, actor, { caseRow: guarded.row, plan, draft }, parties, "professional");
  });
}
