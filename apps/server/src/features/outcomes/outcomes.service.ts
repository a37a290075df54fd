import type { Kysely } from "kysely";
import type { ChildOutcomes, InstrumentScores } from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";
import { instrumentSettingsOf } from "../instruments/instrument-settings";
import { leisureOf } from "../offer/offer-timeline";
import { sdqSeries, vasSeries } from "./outcome-series";
import { outcomeAccess } from "./outcomes.policy";

/** The child's page: instrument results over time per informant, and school outcomes. */
export async function childOutcomes(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
): Promise<ChildOutcomes> {
  return db.transaction().execute(async (trx) => {
    const child = await trx
      .selectFrom("child")
      .select(["id", "given_name", "family_name", "birth_date"])
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", childId)
      .executeTakeFirst();
    if (!child) throw notFound("child");
    const access = await outcomeAccess(trx, actor, childId);
    if (!access.mayView) throw forbidden();
    const { thresholds } = await instrumentSettingsOf(trx, actor.tenantId);
    const results = access.caseIds.length
      ? await trx
          .selectFrom("instrument_request as r")
          .innerJoin("instrument_response as s", "s.request_id", "r.id")
          .leftJoin("meeting as mt", "mt.id", "r.meeting_id")
          .select(["s.id", "r.case_id", "r.instrument", "r.informant", "r.version"])
          .select(["s.submitted_at", "s.scores", "mt.kind as meeting_kind"])
          .where("r.tenant_id", "=", actor.tenantId)
          .where("r.case_id", "in", access.caseIds)
          .execute()
      : [];
    const grades = await trx
      .selectFrom("school_grade")
      .select(["term", "school_year", "subject", "grade"])
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .orderBy("school_year")
      .orderBy("subject")
      .execute();
    const year3 = await trx
      .selectFrom("year3_result")
      .select(["term", "area", "result"])
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .orderBy("term")
      .orderBy("area")
      .execute();
    await recordAudit(trx, actor, {
      action: "outcomes.read",
      entityType: "child",
      entityId: childId,
      childId,
      details: { caseIds: access.caseIds, responses: results.length, grades: grades.length },
    });
    const rows = results.map((r) => ({
      responseId: r.id,
      caseId: r.case_id,
      on: stockholmDate(r.submitted_at),
      instrument: r.instrument,
      informant: r.informant,
      version: r.version,
      meetingKind: r.meeting_kind,
      scores: r.scores as unknown as InstrumentScores,
    }));
    return {
      childId,
      childName: `${child.given_name} ${child.family_name}`,
      thresholds,
      sdq: sdqSeries(rows),
      ors: vasSeries(rows, "ors", thresholds, child.birth_date),
      srs: vasSeries(rows, "srs", thresholds),
      grades: grades.map((g) => ({
        term: g.term,
        schoolYear: g.school_year,
        subject: g.subject,
        grade: g.grade as ChildOutcomes["grades"][number]["grade"],
      })),
      year3,
      mayRecordSchoolOutcomes: access.mayRecordSchoolOutcomes,
      leisure: await leisureOf(trx, actor.tenantId, childId),
    };
  });
}
