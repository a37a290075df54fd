import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { ConsentInput } from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import { consentRefusal, consentRefusalMessage } from "@kring/domain/consent";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, forbidden, notFound } from "../../platform/http/errors";
import { guardCase, isCoordinator } from "./case-guard";
import { recordCaseEvent } from "./case-state.repository";
import { consentRulesOf } from "./consent-rules.repository";

/**
 * Stores a consent given by the child's guardians (and the child) for named units, after the
 * domain's rule on who may consent at the child's age and how it was given (ADR 0020).
 */
export async function insertConsent(
  trx: Transaction<Database>,
  actor: Actor,
  caseId: string,
  childId: string,
  input: z.infer<typeof ConsentInput>,
) {
  const child = await trx
    .selectFrom("child")
    .select(["given_name", "family_name", "birth_date"])
    .where("id", "=", childId)
    .executeTakeFirstOrThrow();
  // Guardians in Kring are vårdnadshavare: those with custody of the child.
  const guardians = await trx
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .select(["g.id", "g.given_name", "g.family_name"])
    .where("cg.child_id", "=", childId)
    .where("cg.custody", "=", true)
    .execute();
  const givenByGuardianIds = [
    ...new Set(input.givenBy.flatMap((g) => (g.kind === "guardian" ? [g.guardianId] : []))),
  ];
  const rules = await consentRulesOf(trx, actor.tenantId);
  const refusal = consentRefusal(
    {
      birthDate: child.birth_date,
      on: stockholmDate(new Date()),
      guardianIds: guardians.map((g) => g.id),
      givenByGuardianIds,
      byChild: input.givenBy.some((g) => g.kind === "child"),
      method: input.method,
      documentId: input.documentId ?? null,
      meeting: input.meeting ?? null,
      recordedBy: actor.kind === "guardian" || actor.kind === "child" ? actor.kind : "professional",
    },
    rules,
  );
  if (refusal) {
    const message = consentRefusalMessage(refusal, rules);
    throw badRequest(refusal, message.sv, message.en);
  }
  if (input.documentId) await requireConsentDocument(trx, actor, childId, input.documentId);
  const units = await trx
    .selectFrom("unit")
    .select("id")
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "in", input.unitIds)
    .execute();
  if (units.length !== new Set(input.unitIds).size) {
    throw badRequest(
      "unknown_reference",
      "En av enheterna finns inte.",
      "One of the units does not exist.",
    );
  }
  const givenBy = [
    ...givenByGuardianIds.map((guardianId) => {
      const guardian = guardians.find((x) => x.id === guardianId)!;
      return {
        kind: "guardian",
        guardianId,
        name: `${guardian.given_name} ${guardian.family_name}`,
      };
    }),
    ...(input.givenBy.some((g) => g.kind === "child")
      ? [{ kind: "child", name: `${child.given_name} ${child.family_name}` }]
      : []),
  ];
  const consent = await trx
    .insertInto("consent")
    .values({
      tenant_id: actor.tenantId,
      child_id: childId,
      case_id: caseId,
      purpose: input.purpose,
      given_by: JSON.stringify(givenBy),
      valid_from: new Date(),
      valid_until: input.validUntil ? new Date(`${input.validUntil}T23:59:59+01:00`) : null,
      document_id: input.documentId ?? null,
      method: input.method,
      meeting: input.method === "oral" ? (input.meeting ?? null) : null,
      recorded_by: actor.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("consent_unit")
    .values(
      [...new Set(input.unitIds)].map((unitId) => ({
        tenant_id: actor.tenantId,
        consent_id: consent.id,
        unit_id: unitId,
      })),
    )
    .execute();
  await recordAudit(trx, actor, {
    action: "consent.create",
    entityType: "consent",
    entityId: consent.id,
    childId,
    details: { caseId, unitIds: input.unitIds, method: input.method },
  });
  return consent.id;
}

/** The signed consent form must be an attachment about this child, not any id. */
async function requireConsentDocument(
  trx: Transaction<Database>,
  actor: Actor,
  childId: string,
  documentId: string,
) {
  const document = await trx
    .selectFrom("attachment")
    .select("id")
    .where("id", "=", documentId)
    .where("tenant_id", "=", actor.tenantId)
    .where("child_id", "=", childId)
    .executeTakeFirst();
  if (!document) {
    throw badRequest(
      "unknown_reference",
      "Samtyckesblanketten finns inte bland barnets bilagor.",
      "The consent form is not among the child's attachments.",
    );
  }
}

/** Who records consent, or asks the family for it: the coordinators, the raiser, intake. */
export const mayRecordConsent = (g: Awaited<ReturnType<typeof guardCase>>) =>
  isCoordinator(g) || g.basis === "raised" || g.basis === "intake";

export async function addConsent(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof ConsentInput>,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "raise");
    if (!mayRecordConsent(guarded)) throw forbidden();
    const id = await insertConsent(trx, actor, caseId, guarded.row.child_id, input);
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "consent_recorded",
      "Samtycke registrerat",
    );
    return id;
  });
}

/**
 * Withdrawal stops sharing with the named units from this moment. Nothing is deleted: what was
 * shared while the consent was in force stays in the record. The one way to withdraw, whether a
 * professional records it or the family does it in the family view: it answers false when the
 * consent is not this case's or already withdrawn.
 */
export async function recordWithdrawal(
  trx: Transaction<Database>,
  actor: Actor,
  target: { caseId: string; childId: string; version: number; consentId: string },
  reason: string,
  summary = "Samtycke återkallat",
) {
  const result = await trx
    .updateTable("consent")
    .set({ withdrawn_at: new Date(), withdrawn_reason: reason || null })
    .where("id", "=", target.consentId)
    .where("case_id", "=", target.caseId)
    .where("tenant_id", "=", actor.tenantId)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await recordCaseEvent(trx, actor, target.caseId, target.version, "consent_withdrawn", summary);
  await recordAudit(trx, actor, {
    action: "consent.withdraw",
    entityType: "consent",
    entityId: target.consentId,
    childId: target.childId,
    reason: reason || null,
  });
  return true;
}

export async function withdrawConsent(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  consentId: string,
  reason: string,
) {
  await db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "raise");
    if (!mayRecordConsent(guarded)) throw forbidden();
    const target = {
      caseId,
      childId: guarded.row.child_id,
      version: guarded.row.version,
      consentId,
    };
    if (!(await recordWithdrawal(trx, actor, target, reason))) throw notFound("consent");
  });
}
