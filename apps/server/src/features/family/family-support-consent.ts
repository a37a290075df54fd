// The consent behind a family's request for support. When the tenant's rules let the asking
// guardian consent alone, the consent is in force at once and intake sees the request. When they
// require every guardian with custody, the asking guardian's yes is recorded as the first answer
// to a consent question (ADR 0020) that the other guardians find in their family view; the
// request reaches intake only when their answers satisfy the rules (family-consent.service.ts
// then records the consent, as for any question asked of the family).
import type { Transaction } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { digitalConsentOutcome, familyCanConsent } from "@kring/domain/consent";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import {
  childForConsent,
  guardiansOf,
  insertConsentQuestion,
} from "../cases/consent-request.repository";
import { consentRulesOf } from "../cases/consent-rules.repository";
import { insertConsent } from "../cases/consent.service";
import { childSignsIn } from "./family-accounts";

type Trx = Transaction<Database>;

export const FAMILY_REQUEST_PURPOSE =
  "Att kommunen bedömer familjens förfrågan om stöd (Vi vill ha stöd)";

const othersCannotAnswer = () =>
  new AppError(
    409,
    "family_cannot_answer",
    "Kommunen behöver samtycke från alla vårdnadshavare, men alla kan inte logga in i familjevyn (det behövs ett personnummer registrerat hos kommunen). Kontakta skolan eller socialtjänsten direkt.",
    "The municipality needs consent from every guardian, but not all of them can sign in to the family view (a personal identity number registered with the municipality is needed). Contact the school or social services directly.",
  );

/**
 * Records the asking guardian's consent for the request's case: in force at once when the rules
 * allow it, otherwise as a question the other guardians answer. Answers whether it is in force.
 */
export async function consentToFamilyRequest(
  trx: Trx,
  actor: Actor,
  caseId: string,
  childId: string,
  guardianId: string,
  unitIds: string[],
): Promise<"given" | "waiting"> {
  const child = await childForConsent(trx, childId);
  const guardians = await guardiansOf(trx, childId);
  const rules = await consentRulesOf(trx, actor.tenantId);
  const facts = {
    birthDate: child.birth_date,
    on: stockholmDate(new Date()),
    guardianIds: guardians.map((g) => g.id),
  };
  const outcome = digitalConsentOutcome(facts, [{ guardianId, answer: "given" }], rules);
  if (outcome.status === "given") {
    await insertConsent(trx, actor, caseId, childId, {
      givenBy: [{ kind: "guardian", guardianId }],
      unitIds,
      purpose: FAMILY_REQUEST_PURPOSE,
      method: "digital",
    });
    return "given";
  }
  const reachable = familyCanConsent(
    facts,
    {
      guardianIds: guardians.filter((g) => g.user_id || g.personal_number).map((g) => g.id),
      child: !!child.user_id || (await childSignsIn(trx, actor.tenantId, child.birth_date)),
    },
    rules,
  );
  if (!reachable) throw othersCannotAnswer();
  const questionId = await insertConsentQuestion(trx, {
    tenantId: actor.tenantId,
    childId,
    caseId,
    purpose: FAMILY_REQUEST_PURPOSE,
    validUntil: null,
    askedBy: actor.userId,
    unitIds,
  });
  await trx
    .insertInto("consent_request_answer")
    .values({
      tenant_id: actor.tenantId,
      request_id: questionId,
      guardian_id: guardianId,
      answer: "given",
      answered_by: actor.userId,
    })
    .execute();
  await recordAudit(trx, actor, {
    action: "consent_request.create",
    entityType: "consent_request",
    entityId: questionId,
    childId,
    details: { caseId, unitIds, fromFamily: true },
  });
  return "waiting";
}
