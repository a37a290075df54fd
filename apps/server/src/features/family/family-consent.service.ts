// The family gives or refuses consent in the family view (issue 15.6, ADR 0020): each guardian
// with custody from their own account, the child too from the tenant's age. The tenant's rules
// decide, exactly as for a consent a professional records: once those who gave it satisfy them,
// a consent (method "digital", recorded by the one whose answer completed it) is in force and the
// request reaches the units it names, the intake among them.
import type { Kysely } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { consentChoices, digitalConsentOutcome } from "@kring/domain/consent";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { AppError, notFound } from "../../platform/http/errors";
import { caseReadOnly } from "../cases/case-guard";
import { recordCaseEvent } from "../cases/case-state.repository";
import {
  childForConsent,
  guardiansOf,
  loadConsentRequests,
} from "../cases/consent-request.repository";
import { consentRulesOf } from "../cases/consent-rules.repository";
import { insertConsent } from "../cases/consent.service";
import { guardFamilyChild } from "./family-access";
import { familyAudit } from "./family-actor";

const TERMINAL = ["closed", "declined"];

const notAnswerable = () =>
  new AppError(
    409,
    "consent_request_answered",
    "Frågan om samtycke är redan besvarad.",
    "The consent question has already been answered.",
  );

/** Whether the viewer is asked: a guardian always; the child only from the tenant's age. */
async function viewerIsAsked(db: Kysely<Database>, actor: Actor, childId: string) {
  if (actor.kind !== "child") return true;
  const child = await childForConsent(db, childId);
  const rules = await consentRulesOf(db, actor.tenantId);
  return consentChoices(child.birth_date, stockholmDate(new Date()), rules).childMayConsentAlone;
}

/** Open questions, and those the family answered, for this child. */
export async function familyConsentRequests(db: Kysely<Database>, actor: Actor, childId: string) {
  return db.transaction().execute(async (trx) => {
    const child = await guardFamilyChild(trx, actor, childId);
    const asked = await viewerIsAsked(trx, actor, childId);
    const all = asked ? await loadConsentRequests(trx, actor.tenantId, { childId }) : [];
    const me = actor.kind === "child" ? null : child.guardian_id;
    await familyAudit(trx, actor, "family.consent_requests_read", childId, {
      requests: all.length,
    });
    return {
      requests: all.map((q) => {
        const mine = q.answersRaw.find((a) => a.guardian_id === me);
        return {
          ...q.summary,
          askedByUnit: q.raisedByUnit,
          fromFamily: q.fromFamily,
          myAnswer: mine?.answer ?? null,
          mayAnswer: q.row.status === "open" && !mine && !TERMINAL.includes(q.stage),
        };
      }),
    };
  });
}

export async function answerConsentRequest(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  requestId: string,
  answer: "given" | "refused",
) {
  return db.transaction().execute(async (trx) => {
    const child = await guardFamilyChild(trx, actor, childId);
    // Locked, so two guardians answering at once cannot both complete (or both miss) the consent.
    const q = await trx
      .selectFrom("consent_request")
      .selectAll()
      .where("id", "=", requestId)
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .forUpdate()
      .executeTakeFirst();
    if (!q || !(await viewerIsAsked(trx, actor, childId))) throw notFound("consent_request");
    const caseRow = await trx
      .selectFrom("cases")
      .select(["stage", "version"])
      .where("id", "=", q.case_id)
      .executeTakeFirstOrThrow();
    if (TERMINAL.includes(caseRow.stage)) throw caseReadOnly();
    if (q.status !== "open") throw notAnswerable();
    const guardianId = actor.kind === "child" ? null : child.guardian_id;
    const earlier = await trx
      .selectFrom("consent_request_answer")
      .select(["guardian_id", "answer"])
      .where("request_id", "=", q.id)
      .execute();
    if (earlier.some((a) => a.guardian_id === guardianId)) throw notAnswerable();
    await trx
      .insertInto("consent_request_answer")
      .values({
        tenant_id: actor.tenantId,
        request_id: q.id,
        guardian_id: guardianId,
        answer,
        answered_by: actor.userId,
      })
      .execute();
    const childRow = await childForConsent(trx, childId);
    const guardians = await guardiansOf(trx, childId);
    const outcome = digitalConsentOutcome(
      {
        birthDate: childRow.birth_date,
        on: stockholmDate(new Date()),
        guardianIds: guardians.map((g) => g.id),
      },
      [...earlier, { guardian_id: guardianId, answer }].map((a) => ({
        guardianId: a.guardian_id,
        answer: a.answer,
      })),
      await consentRulesOf(trx, actor.tenantId),
    );
    await familyAudit(trx, actor, `family.consent_${answer}`, childId, { requestId: q.id });
    if (outcome.status === "waiting") return { status: "open" as const };
    let consentId: string | null = null;
    if (outcome.status === "given") {
      const units = await trx
        .selectFrom("consent_request_unit")
        .select("unit_id")
        .where("request_id", "=", q.id)
        .execute();
      // The same check and record as a professional's, so the rules cannot differ.
      consentId = await insertConsent(trx, actor, q.case_id, childId, {
        givenBy: [
          ...outcome.givenByGuardianIds.map((id) => ({
            kind: "guardian" as const,
            guardianId: id,
          })),
          ...(outcome.byChild ? [{ kind: "child" as const }] : []),
        ],
        unitIds: units.map((u) => u.unit_id),
        purpose: q.purpose,
        validUntil: q.valid_until,
        method: "digital",
      });
    }
    await trx
      .updateTable("consent_request")
      .set({ status: outcome.status, decided_at: new Date(), consent_id: consentId })
      .where("id", "=", q.id)
      .execute();
    await recordCaseEvent(
      trx,
      actor,
      q.case_id,
      caseRow.version,
      outcome.status === "given" ? "consent_recorded" : "consent_refused",
      outcome.status === "given" ? "Samtycke lämnat i familjevyn" : "Samtycke nekat i familjevyn",
    );
    return { status: outcome.status };
  });
}
