import type { Kysely } from "kysely";
import type { z } from "zod";
import type { DecideHandoverRequest } from "@kring/contracts";
import { handoverDecidable } from "@kring/domain/plans";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { conflict, forbidden, notFound } from "../../platform/http/errors";
import { guardCase } from "../cases/case-guard";
import { recordCaseEvent } from "../cases/case-state.repository";
import { moveEnrolment } from "./plan-handover-enrolment";
import { receivingUnits, requireConsentFor } from "./plan-handover.policy";
import { requirePlanRight } from "./plan.policy";

/**
 * The receiving unit accepts (and joins the network for that unit) or declines; the sending side
 * may withdraw. Versions, follow-ups and notes stay exactly as they were; an accepted handover to a
 * school or preschool also makes it the child's current unit.
 */
export async function decideHandover(
  db: Kysely<Database>,
  actor: Actor,
  handoverId: string,
  input: z.infer<typeof DecideHandoverRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const h = await trx
      .selectFrom("plan_handover as h")
      .innerJoin("plan as p", "p.id", "h.plan_id")
      .innerJoin("cases as c", "c.id", "p.case_id")
      .select([
        "h.id",
        "h.status",
        "h.to_unit_id",
        "h.from_unit_id",
        "h.kind",
        "p.case_id",
        "p.child_id",
        "c.version as case_version",
      ])
      .where("h.id", "=", handoverId)
      .where("h.tenant_id", "=", actor.tenantId)
      .forUpdate("h")
      .executeTakeFirst();
    if (!h) throw notFound("handover");
    if (input.decision === "withdraw")
      requirePlanRight(await guardCase(trx, actor, h.case_id, "write"), "handover");
    else if (actor.kind !== "professional" || !receivingUnits(actor).includes(h.to_unit_id))
      throw forbidden();
    if (!handoverDecidable(h.status))
      throw conflict("Överlämningen är redan besvarad.", "The handover has already been answered.");
    if (input.decision === "accept") {
      await requireConsentFor(trx, h.case_id, h.to_unit_id);
      const member = await trx
        .selectFrom("case_member")
        .select("id")
        .where("case_id", "=", h.case_id)
        .where("user_id", "=", actor.userId)
        .where("unit_id", "=", h.to_unit_id)
        .where("left_at", "is", null)
        .executeTakeFirst();
      if (!member)
        await trx
          .insertInto("case_member")
          .values({
            tenant_id: actor.tenantId,
            case_id: h.case_id,
            role: "participant",
            user_id: actor.userId,
            unit_id: h.to_unit_id,
            appointed_by: actor.userId,
          })
          .execute();
      await moveEnrolment(trx, {
        tenantId: actor.tenantId,
        childId: h.child_id,
        kind: h.kind,
        fromUnitId: h.from_unit_id,
        toUnitId: h.to_unit_id,
      });
    }
    const status = ({ accept: "accepted", decline: "declined", withdraw: "withdrawn" } as const)[
      input.decision
    ];
    await trx
      .updateTable("plan_handover")
      .set({ status, decided_by: actor.userId, decided_at: new Date(), decision_note: input.note })
      .where("id", "=", h.id)
      .execute();
    const summary = {
      accepted: "Planen mottagen av ny enhet",
      declined: "Överlämning avböjd",
      withdrawn: "Överlämning återtagen",
    }[status];
    await recordCaseEvent(
      trx,
      actor,
      h.case_id,
      h.case_version,
      `plan_handover_${status}`,
      summary,
    );
    await recordAudit(trx, actor, {
      action: `plan.handover_${input.decision}`,
      entityType: "plan_handover",
      entityId: h.id,
      childId: h.child_id,
      details: { caseId: h.case_id, toUnitId: h.to_unit_id },
    });
    return status;
  });
}
