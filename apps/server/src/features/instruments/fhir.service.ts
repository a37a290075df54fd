import type { Kysely } from "kysely";
import type { InstrumentAnswers, InstrumentScores } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { guardCase } from "../cases/case-guard";
import { fhirBundle } from "./fhir";

/** Every answered form of a case as one FHIR R4 Bundle, for anyone who may see the case. */
export async function caseFhirExport(db: Kysely<Database>, actor: Actor, caseId: string) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const child = await trx
      .selectFrom("child")
      .select([
        "id",
        "personal_number",
        "given_name",
        "family_name",
        "birth_date",
        "protected_identity",
      ])
      .where("id", "=", guarded.row.child_id)
      .executeTakeFirstOrThrow();
    const rows = await trx
      .selectFrom("instrument_request as r")
      .innerJoin("instrument_response as s", "s.request_id", "r.id")
      .select([
        "s.id",
        "r.instrument",
        "r.informant",
        "r.version",
        "s.submitted_at",
        "s.answers",
        "s.scores",
      ])
      .where("r.case_id", "=", caseId)
      .where("r.tenant_id", "=", actor.tenantId)
      .orderBy("s.submitted_at")
      .execute();
    await recordAudit(trx, actor, {
      action: "instrument.export.fhir",
      entityType: "case",
      entityId: caseId,
      childId: child.id,
      details: { responses: rows.length, emergency: guarded.basis === "emergency" },
    });
    return fhirBundle(
      {
        id: child.id,
        personalNumber: child.personal_number,
        givenName: child.given_name,
        familyName: child.family_name,
        birthDate: child.birth_date,
        protectedIdentity: child.protected_identity,
      },
      rows.map((r) => ({
        id: r.id,
        instrument: r.instrument,
        informant: r.informant,
        version: r.version,
        submittedAt: r.submitted_at,
        answers: r.answers as unknown as InstrumentAnswers,
        scores: r.scores as unknown as InstrumentScores,
      })),
    );
  });
}
