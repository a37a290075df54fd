// Grades per subject and term and the year-3 national tests, recorded by the child's school
// staff or the case's coordinators. A new entry for the same term replaces the earlier one.
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { RecordGradesRequest, RecordYear3Request } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";
import { outcomeAccess } from "./outcomes.policy";

async function guardRecording(trx: Transaction<Database>, actor: Actor, childId: string) {
  const child = await trx
    .selectFrom("child")
    .select("id")
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", childId)
    .executeTakeFirst();
  if (!child) throw notFound("child");
  if (!(await outcomeAccess(trx, actor, childId)).mayRecordSchoolOutcomes) throw forbidden();
}

export async function recordGrades(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  input: z.infer<typeof RecordGradesRequest>,
) {
  return db.transaction().execute(async (trx) => {
    await guardRecording(trx, actor, childId);
    for (const g of input.grades) {
      const values = {
        grade: g.grade,
        school_year: input.schoolYear,
        recorded_by: actor.userId,
        recorded_at: new Date(),
      };
      await trx
        .insertInto("school_grade")
        .values({
          tenant_id: actor.tenantId,
          child_id: childId,
          term: input.term,
          subject: g.subject,
          ...values,
        })
        .onConflict((oc) => oc.columns(["child_id", "term", "subject"]).doUpdateSet(values))
        .execute();
    }
    await recordAudit(trx, actor, {
      action: "outcomes.grades.record",
      entityType: "child",
      entityId: childId,
      childId,
      details: { term: input.term, subjects: input.grades.map((g) => g.subject) },
    });
  });
}

export async function recordYear3(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  input: z.infer<typeof RecordYear3Request>,
) {
  return db.transaction().execute(async (trx) => {
    await guardRecording(trx, actor, childId);
    for (const r of input.results) {
      const values = { result: r.result, recorded_by: actor.userId, recorded_at: new Date() };
      await trx
        .insertInto("year3_result")
        .values({
          tenant_id: actor.tenantId,
          child_id: childId,
          term: input.term,
          area: r.area,
          ...values,
        })
        .onConflict((oc) => oc.columns(["child_id", "term", "area"]).doUpdateSet(values))
        .execute();
    }
    await recordAudit(trx, actor, {
      action: "outcomes.year3.record",
      entityType: "child",
      entityId: childId,
      childId,
      details: { term: input.term, areas: input.results.map((r) => r.area) },
    });
  });
}
