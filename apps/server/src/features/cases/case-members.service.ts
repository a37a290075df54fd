import type { Kysely } from "kysely";
import type { z } from "zod";
import type { AddMemberRequest } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, forbidden, notFound } from "../../platform/http/errors";
import { guardCase, isCoordinator } from "./case-guard";
import { recordCaseEvent } from "./case-state.repository";
import { unitCoveredByConsent } from "./consent.repository";

/** Coordinators add the professionals who take part; their unit must be covered by consent. */
export async function addMember(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof AddMemberRequest>,
) {
  await db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    if (!isCoordinator(guarded)) throw forbidden();
    const membership = await trx
      .selectFrom("membership")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("user_id", "=", input.userId)
      .where("unit_id", "=", input.unitId)
      .executeTakeFirst();
    if (!membership)
      throw badRequest(
        "not_in_unit",
        "Personen arbetar inte på den enheten.",
        "The person does not work in that unit.",
      );
    if (!(await unitCoveredByConsent(trx, caseId, input.unitId))) {
      throw new AppError(
        422,
        "consent_missing_for_unit",
        "Samtycket omfattar inte enheten. Registrera ett samtycke som omfattar enheten först.",
        "The consent does not cover the unit. Record a consent that covers it first.",
      );
    }
    await trx
      .insertInto("case_member")
      .values({
        tenant_id: actor.tenantId,
        case_id: caseId,
        role: input.role,
        user_id: input.userId,
        unit_id: input.unitId,
        appointed_by: actor.userId,
      })
      .execute();
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "member_added",
      "Deltagare tillagd i nätverket",
    );
    await recordAudit(trx, actor, {
      action: "case.member_add",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      details: { userId: input.userId, role: input.role },
    });
  });
}

export async function removeMember(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  memberId: string,
) {
  await db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    if (!isCoordinator(guarded)) throw forbidden();
    const result = await trx
      .updateTable("case_member")
      .set({ left_at: new Date() })
      .where("id", "=", memberId)
      .where("case_id", "=", caseId)
      .where("left_at", "is", null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound("member");
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "member_removed",
      "Deltagare har lämnat nätverket",
    );
    await recordAudit(trx, actor, {
      action: "case.member_remove",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      details: { memberId },
    });
  });
}
