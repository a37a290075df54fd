import type { Kysely } from "kysely";
import type { z } from "zod";
import { EMERGENCY_REASON_MIN_LENGTH, type EmergencyAccessRequest } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, notFound } from "../../platform/http/errors";
import { emergencyRulesOf, mayUseEmergencyAccess } from "./emergency-rules";

const roleNotAllowed = () =>
  new AppError(
    403,
    "emergency_role_not_allowed",
    "Din roll får inte använda nödåtkomst. Kontakta ärendets koordinatorer eller socialtjänsten.",
    "Your role may not use emergency access. Contact the case's coordinators or social services.",
  );

const reasonTooShort = () =>
  new AppError(
    422,
    "emergency_reason_too_short",
    `Beskriv varför du behöver nödåtkomst med minst ${EMERGENCY_REASON_MIN_LENGTH} tecken.`,
    `Describe why you need emergency access in at least ${EMERGENCY_REASON_MIN_LENGTH} characters.`,
  );

/**
 * Emergency access ("nödåtkomst"): a professional in a role the tenant allows, who must act now
 * but is outside the network, states why and may read the case for a few hours (never write:
 * case-guard.ts). The case's coordinators see it in their worklist at once; the administrator
 * reviews it with everything read under it.
 */
export async function grantEmergencyAccess(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof EmergencyAccessRequest>,
) {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("cases")
      .select(["id", "child_id"])
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", caseId)
      .executeTakeFirst();
    if (!row) throw notFound("case");
    const rules = await emergencyRulesOf(trx, actor.tenantId);
    if (!mayUseEmergencyAccess(actor, rules)) throw roleNotAllowed();
    if (input.reason.length < EMERGENCY_REASON_MIN_LENGTH) throw reasonTooShort();
    await trx
      .insertInto("emergency_access")
      .values({
        tenant_id: actor.tenantId,
        case_id: caseId,
        user_id: actor.userId,
        reason: input.reason,
        reason_category: input.category,
        expires_at: new Date(Date.now() + rules.hours * 3_600_000),
      })
      .execute();
    await recordAudit(trx, actor, {
      action: "case.emergency_access",
      entityType: "case",
      entityId: caseId,
      childId: row.child_id,
      reason: input.reason,
      details: { flaggedForReview: true, category: input.category, hours: rules.hours },
    });
  });
}

/** Whether the actor may ask for emergency access, and for how long it would last. */
export async function emergencyPolicy(db: Kysely<Database>, actor: Actor) {
  const rules = await emergencyRulesOf(db, actor.tenantId);
  return { mayUse: mayUseEmergencyAccess(actor, rules), hours: rules.hours };
}
