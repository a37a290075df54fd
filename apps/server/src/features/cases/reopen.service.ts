import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ReopenCaseRequest } from "@kring/contracts";
import { type CaseState, reopen } from "@kring/domain/cases";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { guardCase } from "./case-guard";
import { requireFreshVersion, saveCaseState } from "./case-state.repository";

const onlyCentralCoordinator = () =>
  new AppError(
    403,
    "reopen_central_coordinator_only",
    "Bara en central samordnare kan öppna ett avslutat ärende igen.",
    "Only a central coordinator can reopen a closed case.",
  );

/**
 * A closed or declined case is read-only (case-guard.ts). Opening it again is an explicit step by
 * a central coordinator who sees it, with a reason kept in the timeline and the audit log.
 */
export async function reopenCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof ReopenCaseRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "reopen");
    if (!hasRole(actor, "central_coordinator")) throw onlyCentralCoordinator();
    await requireFreshVersion(trx, guarded.row, input.version);
    const before = guarded.row.state as unknown as CaseState;
    const after = reopen(before);
    if (!after)
      throw new AppError(
        409,
        "case_not_ended",
        "Ärendet är inte avslutat och behöver inte öppnas igen.",
        "The case has not ended and need not be reopened.",
      );
    const version = await saveCaseState(trx, actor, guarded.row, after, {
      kind: "reopen",
      summary: `Ärendet öppnat igen: ${input.reason}`,
    });
    await recordAudit(trx, actor, {
      action: "case.reopen",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      reason: input.reason,
      details: { from: before.stage, to: after.stage },
    });
    return { stage: after.stage, version };
  });
}
