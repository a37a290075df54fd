// Consent asked of the family in the family view (ADR 0020): reading the questions, their units
// and answers, the same for the network and for the family.
import type { Kysely } from "kysely";
import { DEFAULT_CONSENT_RULES, digitalConsentOutcome } from "@kring/domain/consent";
import { stockholmDate } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";
import { consentRulesOf } from "./consent-rules.repository";

type Db = Kysely<Database>;

/** Asks the family a consent question about a case for the given units; returns its id. */
export async function insertConsentQuestion(
  db: Db,
  q: {
    tenantId: string;
    childId: string;
    caseId: string;
    purpose: string;
    validUntil: string | null;
    askedBy: string;
    unitIds: string[];
  },
): Promise<string> {
  const question = await db
    .insertInto("consent_request")
    .values({
      tenant_id: q.tenantId,
      child_id: q.childId,
      case_id: q.caseId,
      purpose: q.purpose,
      valid_until: q.validUntil,
      asked_by: q.askedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("consent_request_unit")
    .values(
      q.unitIds.map((unitId) => ({
        tenant_id: q.tenantId,
        request_id: question.id,
        unit_id: unitId,
      })),
    )
    .execute();
  return question.id;
}

/** The child's guardians with custody, by id and name, and whether each has a family account. */
export async function guardiansOf(db: Db, childId: string) {
  return db
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .select(["g.id", "g.given_name", "g.family_name", "g.user_id", "g.personal_number"])
    .where("cg.child_id", "=", childId)
    .where("cg.custody", "=", true)
    .orderBy("g.given_name")
    .execute();
}

export async function childForConsent(db: Db, childId: string) {
  return db
    .selectFrom("child")
    .select(["id", "given_name", "family_name", "birth_date", "user_id"])
    .where("id", "=", childId)
    .executeTakeFirstOrThrow();
}

/** The questions asked about a case (or, for the family, about a child), newest first. */
export async function loadConsentRequests(
  db: Db,
  tenantId: string,
  where: { caseId: string } | { childId: string },
) {
  let query = db
    .selectFrom("consent_request as q")
    .innerJoin("app_user as u", "u.id", "q.asked_by")
    .innerJoin("cases as c", "c.id", "q.case_id")
    .leftJoin("unit as ru", "ru.id", "c.raised_by_unit_id")
    .selectAll("q")
    .select([
      "u.display_name as asked_by_name",
      "u.kind as asked_by_kind",
      "c.stage",
      "ru.name as raised_by_unit",
    ])
    .where("q.tenant_id", "=", tenantId);
  query =
    "caseId" in where
      ? query.where("q.case_id", "=", where.caseId)
      : query.where("q.child_id", "=", where.childId);
  const rows = await query.orderBy("q.asked_at", "desc").execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const units = await db
    .selectFrom("consent_request_unit as qu")
    .innerJoin("unit", "unit.id", "qu.unit_id")
    .innerJoin("organisation as o", "o.id", "unit.organisation_id")
    .select(["qu.request_id", "unit.id", "unit.name", "o.name as organisation"])
    .where("qu.request_id", "in", ids)
    .orderBy("unit.name")
    .execute();
  const answers = await db
    .selectFrom("consent_request_answer as a")
    .select(["a.request_id", "a.guardian_id", "a.answer", "a.answered_at", "a.answered_by"])
    .where("a.request_id", "in", ids)
    .orderBy("a.answered_at")
    .execute();
  const childId = rows[0]!.child_id;
  const [child, guardians, rules] = [
    await childForConsent(db, childId),
    await guardiansOf(db, childId),
    rows.length ? await consentRulesOf(db, tenantId) : DEFAULT_CONSENT_RULES,
  ];
  const nameOf = (guardianId: string | null) => {
    const g = guardians.find((x) => x.id === guardianId);
    return g ? `${g.given_name} ${g.family_name}` : `${child.given_name} ${child.family_name}`;
  };
  return rows.map((q) => {
    const mine = answers.filter((a) => a.request_id === q.id);
    const outcome = digitalConsentOutcome(
      {
        birthDate: child.birth_date,
        on: stockholmDate(new Date()),
        guardianIds: guardians.map((g) => g.id),
      },
      mine.map((a) => ({ guardianId: a.guardian_id, answer: a.answer })),
      rules,
    );
    return {
      row: q,
      answersRaw: mine,
      stage: q.stage,
      raisedByUnit: q.raised_by_unit,
      // A guardian's own request for support, waiting for the other guardians' consent.
      fromFamily: q.asked_by_kind === "guardian",
      summary: {
        id: q.id,
        status: q.status,
        purpose: q.purpose,
        units: units
          .filter((u) => u.request_id === q.id)
          .map((u) => ({ id: u.id, name: u.name, organisation: u.organisation })),
        validUntil: q.valid_until,
        askedBy: q.asked_by_name,
        askedAt: q.asked_at.toISOString(),
        decidedAt: q.decided_at?.toISOString() ?? null,
        waitingFor:
          q.status === "open" && outcome.status === "waiting"
            ? outcome.waitingForGuardianIds.map(nameOf)
            : [],
        answers: mine.map((a) => ({
          name: nameOf(a.guardian_id),
          answer: a.answer,
          at: a.answered_at.toISOString(),
        })),
      },
    };
  });
}
