// A professional who may record consent asks the family for it in the family view instead
// (method "digital": the guardian gives it themselves; ADR 0020). The family's answers decide.
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ConsentRequestInput } from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import { familyCanConsent } from "@kring/domain/consent";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, forbidden } from "../../platform/http/errors";
import { accessBasis } from "./case-access";
import { guardCase } from "./case-guard";
import { recordCaseEvent } from "./case-state.repository";
import {
  childForConsent,
  guardiansOf,
  insertConsentQuestion,
  loadConsentRequests,
} from "./consent-request.repository";
import { consentRulesOf } from "./consent-rules.repository";
import { mayRecordConsent } from "./consent.service";
import { childSignsIn } from "../family/family-accounts";

const alreadyAsked = () =>
  new AppError(
    409,
    "consent_request_open",
    "Familjen har redan en fråga om samtycke för ärendet som inte är besvarad.",
    "The family already has an unanswered consent question for this case.",
  );

const familyCannotAnswer = () =>
  new AppError(
    409,
    "family_cannot_answer",
    "Familjen kan inte lämna samtycket i familjevyn: för få vårdnadshavare (eller barnet) kan logga in där enligt kommunens regler (en vårdnadshavare behöver personnummer för att logga in med e-legitimation). Registrera samtycket skriftligt eller muntligt i stället.",
    "The family cannot give this consent in the family view: too few guardians (or the child) can sign in there under the municipality's rules (a guardian needs a personal identity number to sign in with e-ID). Record written or oral consent instead.",
  );

export async function askFamilyForConsent(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof ConsentRequestInput>,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "raise");
    if (!mayRecordConsent(guarded)) throw forbidden();
    const childId = guarded.row.child_id;
    const unitIds = [...new Set(input.unitIds)];
    const units = await trx
      .selectFrom("unit")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "in", unitIds)
      .execute();
    if (units.length !== unitIds.length)
      throw badRequest(
        "unknown_reference",
        "En av enheterna finns inte.",
        "One of the units does not exist.",
      );
    const open = await trx
      .selectFrom("consent_request")
      .select("id")
      .where("case_id", "=", caseId)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (open) throw alreadyAsked();
    const child = await childForConsent(trx, childId);
    const guardians = await guardiansOf(trx, childId);
    const reachable = familyCanConsent(
      {
        birthDate: child.birth_date,
        on: stockholmDate(new Date()),
        guardianIds: guardians.map((g) => g.id),
      },
      // Whoever can sign in: with an account, or with e-ID by personal number on first use
      // (ADR 0044); the child from the tenant's age.
      {
        guardianIds: guardians.filter((g) => g.user_id || g.personal_number).map((g) => g.id),
        child: !!child.user_id || (await childSignsIn(trx, actor.tenantId, child.birth_date)),
      },
      await consentRulesOf(trx, actor.tenantId),
    );
    if (!reachable) throw familyCannotAnswer();
    const questionId = await insertConsentQuestion(trx, {
      tenantId: actor.tenantId,
      childId,
      caseId,
      purpose: input.purpose,
      validUntil: input.validUntil ?? null,
      askedBy: actor.userId,
      unitIds,
    });
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "consent_requested",
      "Samtycke efterfrågat i familjevyn",
    );
    await recordAudit(trx, actor, {
      action: "consent_request.create",
      entityType: "consent_request",
      entityId: questionId,
      childId,
      details: { caseId, unitIds },
    });
    return questionId;
  });
}

/**
 * The questions asked of the family about this case: for whoever reads the case (as its
 * consents), and for the raiser while they may still complete the request.
 */
export async function listConsentRequests(db: Kysely<Database>, actor: Actor, caseId: string) {
  return db.transaction().execute(async (trx) => {
    const raiser = (await accessBasis(trx, actor, caseId)) === "raised";
    const guarded = await guardCase(trx, actor, caseId, raiser ? "raise" : "read");
    const requests = await loadConsentRequests(trx, actor.tenantId, { caseId });
    await recordAudit(trx, actor, {
      action: "consent_request.list",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
    });
    return { requests: requests.map((r) => r.summary) };
  });
}
