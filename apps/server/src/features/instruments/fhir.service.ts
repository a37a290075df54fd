import type { Kysely } from "kysely";
import type { InstrumentAnswers, InstrumentScores } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { guardCase } from "../cases/case-guard";
import { type FhirPerson, fhirBundle } from "./fhir";
import { buildForm } from "./wording";
import { storedWording } from "./wording.service";

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
      .innerJoin("app_user as by", "by.id", "s.submitted_by")
      .leftJoin("app_user as ru", "ru.id", "r.respondent_user_id")
      .leftJoin("guardian as g", "g.id", "r.respondent_guardian_id")
      .select([
        "s.id",
        "r.instrument",
        "r.informant",
        "r.version",
        "r.respondent_kind",
        "r.respondent_user_id",
        "ru.display_name as respondent_name",
        "ru.email as respondent_email",
        "r.respondent_guardian_id",
        "g.given_name as guardian_given",
        "g.family_name as guardian_family",
        "s.submitted_by",
        "by.kind as submitter_kind",
        "by.display_name as submitter_name",
        "by.email as submitter_email",
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
    // The forms as the respondents saw them (Swedish), licensed wording where the tenant loaded it.
    const wording = new Map<string, Record<string, unknown> | null>();
    for (const instrument of new Set(rows.map((r) => r.instrument)))
      wording.set(instrument, await storedWording(trx, actor.tenantId, instrument, "sv"));
    return fhirBundle(
      child,
      rows.map((r) => {
        const source: FhirPerson =
          r.respondent_kind === "guardian" && r.respondent_guardian_id
            ? {
                kind: "guardian",
                id: r.respondent_guardian_id,
                name: `${r.guardian_given ?? ""} ${r.guardian_family ?? ""}`.trim(),
              }
            : r.respondent_kind === "professional" && r.respondent_user_id
              ? {
                  kind: "professional",
                  id: r.respondent_user_id,
                  name: r.respondent_name ?? "",
                  email: r.respondent_email,
                }
              : { kind: "child" };
        const transcribed =
          r.submitter_kind === "professional" && r.submitted_by !== r.respondent_user_id;
        return {
          id: r.id,
          instrument: r.instrument,
          informant: r.informant,
          version: r.version,
          submittedAt: r.submitted_at,
          answers: r.answers as unknown as InstrumentAnswers,
          scores: r.scores as unknown as InstrumentScores,
          form: buildForm(r, "sv", wording.get(r.instrument) ?? null),
          source,
          author: transcribed
            ? {
                kind: "professional",
                id: r.submitted_by,
                name: r.submitter_name,
                email: r.submitter_email,
              }
            : source,
        };
      }),
    );
  });
}
