import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ProposeHandoverRequest } from "@kring/contracts";
import { HANDOVER_KIND_LABELS } from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, conflict } from "../../platform/http/errors";
import { guardCase } from "../cases/case-guard";
import { recordCaseEvent } from "../cases/case-state.repository";
import { consentedIncoming, requireConsentFor } from "./plan-handover.policy";
import { requirePlanRight } from "./plan.policy";
import { findPlan, latestVersion } from "./plan.repository";

// The sending side proposes that the plan follows the child; the receiving unit sees it.

export async function proposeHandover(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof ProposeHandoverRequest>,
) {
  if (input.fromUnitId === input.toUnitId)
    throw badRequest(
      "same_unit",
      "Mottagande enhet måste vara en annan.",
      "The receiving unit must be another one.",
    );
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    requirePlanRight(guarded, "handover");
    const plan = await findPlan(trx, actor.tenantId, caseId);
    const version = plan && (await latestVersion(trx, plan.id));
    if (!plan || !version)
      throw new AppError(
        422,
        "no_agreed_plan",
        "Bara en godkänd plan kan lämnas över.",
        "Only an agreed plan can be handed over.",
      );
    const units = await trx
      .selectFrom("unit")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "in", [input.fromUnitId, input.toUnitId])
      .execute();
    if (units.length !== 2)
      throw badRequest(
        "unknown_reference",
        "En av enheterna finns inte.",
        "One of the units does not exist.",
      );
    await requireConsentFor(trx, caseId, input.toUnitId);
    const open = await trx
      .selectFrom("plan_handover")
      .select("id")
      .where("plan_id", "=", plan.id)
      .where("status", "=", "proposed")
      .executeTakeFirst();
    if (open)
      throw conflict(
        "En överlämning väntar redan på svar.",
        "A handover is already waiting for an answer.",
      );
    const row = await trx
      .insertInto("plan_handover")
      .values({
        tenant_id: actor.tenantId,
        plan_id: plan.id,
        kind: input.kind,
        from_unit_id: input.fromUnitId,
        to_unit_id: input.toUnitId,
        note: input.note,
        version_number: version.number,
        proposed_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "plan_handover_proposed",
      `Överlämning föreslagen: ${HANDOVER_KIND_LABELS[input.kind].sv}`,
    );
    await recordAudit(trx, actor, {
      action: "plan.handover_propose",
      entityType: "plan_handover",
      entityId: row.id,
      childId: guarded.row.child_id,
      details: { caseId, toUnitId: input.toUnitId, kind: input.kind },
    });
    return row.id;
  });
}

/** Handovers waiting for a unit the actor works in, while consent still names that unit. */
export async function incomingHandovers(db: Kysely<Database>, actor: Actor) {
  return db.transaction().execute(async (trx) => {
    const visible = await consentedIncoming(trx, actor);
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "plan.handover_list",
        entityType: "plan_handover",
        details: { handovers: visible.length },
      },
      visible.map((h) => h.childId),
    );
    return visible.map(({ childId: _c, ...h }) => h);
  });
}
