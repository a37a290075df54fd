import type { Transaction } from "kysely";
import { type CaseState, timelineSummary } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { conflict } from "../../platform/http/errors";
import type { CaseRow } from "./case-guard";

/**
 * Optimistic concurrency: the client sends the version it saw. If someone changed the case since,
 * answer 409 with what they changed, so nothing is silently overwritten.
 */
export async function requireFreshVersion(trx: Transaction<Database>, row: CaseRow, seen: number) {
  if (row.version === seen) return;
  const changes = await trx
    .selectFrom("case_event as e")
    .leftJoin("app_user as u", "u.id", "e.actor_user_id")
    .select(["e.at", "e.kind", "e.summary", "e.version", "u.display_name"])
    .where("e.case_id", "=", row.id)
    .where("e.version", ">", seen)
    .orderBy("e.id")
    .execute();
  throw conflict(
    "Någon annan har ändrat ärendet medan du arbetade. Se vad som ändrats och försök igen.",
    "Someone else changed the case while you were working. See what changed and try again.",
    {
      currentVersion: row.version,
      changes: changes.map((c) => ({
        at: c.at.toISOString(),
        kind: c.kind,
        summary: timelineSummary(c.kind, c.summary).sv,
        by: c.display_name,
      })),
    },
  );
}

/** Saves a new state, bumps the version and writes the step to the case's timeline. */
export async function saveCaseState(
  trx: Transaction<Database>,
  actor: Actor,
  row: CaseRow,
  state: CaseState,
  step: { kind: string; summary: string; lastDecision?: string | undefined },
) {
  const version = row.version + 1;
  const updated = await trx
    .updateTable("cases")
    .set({
      state: JSON.stringify(state),
      stage: state.stage,
      closed_at: state.stage === "closed" ? new Date() : null,
      ...(step.lastDecision ? { last_decision: step.lastDecision } : {}),
      version,
      updated_at: new Date(),
    })
    .where("id", "=", row.id)
    .where("version", "=", row.version)
    .executeTakeFirst();
  // A concurrent writer got in between our read and this update.
  if (updated.numUpdatedRows === 0n) await requireFreshVersion(trx, row, row.version - 1);
  await recordCaseEvent(trx, actor, row.id, version, step.kind, step.summary);
  return version;
}

export async function recordCaseEvent(
  trx: Transaction<Database>,
  actor: Actor,
  caseId: string,
  version: number,
  kind: string,
  summary: string,
) {
  await trx
    .insertInto("case_event")
    .values({
      tenant_id: actor.tenantId,
      case_id: caseId,
      version,
      actor_user_id: actor.userId,
      kind,
      summary,
    })
    .execute();
}
