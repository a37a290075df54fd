import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { recordAudit } from "../../src/platform/audit/audit";
import type { Database } from "../../src/platform/db/schema";
import {
  type CaseWorld,
  caseWorld,
  grantEmergencyToPsychologist,
  raiseRequest,
  step,
} from "../support/case-fixture";
import { loginAs } from "../support/test-app";
import { freshPersonalNumber } from "../support/personal-numbers";

// A municipality with a case in its network's hands, a log reviewer and an administrator, and
// children to read about: the world of the access-log review tests.

export async function ok(res: Promise<{ status: number; json: any }>, status = 200) {
  const r = await res;
  if (r.status !== status) throw new Error(`${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

export async function addChild(
  db: Kysely<Database>,
  w: CaseWorld,
  given: string,
  options: { protectedIdentity?: boolean; unitId?: string } = {},
) {
  const birth = "2013-05-20";
  const child = await db
    .insertInto("child")
    .values({
      tenant_id: w.tenant.tenantId,
      personal_number: freshPersonalNumber(birth),
      given_name: given,
      family_name: "Läsesson",
      birth_date: birth,
      protected_identity: options.protectedIdentity ?? false,
      user_id: null,
    })
    .returning(["id", "personal_number"])
    .executeTakeFirstOrThrow();
  if (options.unitId)
    await db
      .insertInto("child_unit")
      .values({
        tenant_id: w.tenant.tenantId,
        child_id: child.id,
        unit_id: options.unitId,
        from_date: "2025-08-15",
        to_date: null,
        school_year: 7,
      })
      .execute();
  return child;
}

/** An entry as a route would write it, for readings the routes would no longer allow. */
export async function auditAs(
  db: Kysely<Database>,
  w: CaseWorld,
  userId: string,
  action: string,
  childId: string,
) {
  await db
    .transaction()
    .execute((trx) =>
      recordAudit(
        trx,
        { tenantId: w.tenant.tenantId, userId },
        { action, entityType: "child", entityId: childId, childId },
      ),
    );
}

export async function logReviewWorld(db: Kysely<Database>, app: FastifyInstance) {
  const w = await caseWorld(db, app);
  const caseId = await raiseRequest(w, [w.units.school, w.units.eht, w.units.central]);
  await ok(step(w.as.mentor, caseId, { type: "submit" }));
  await ok(step(w.as.coordA, caseId, { type: "accept" }));
  await ok(
    step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    }),
  );
  const reviewerName = await w.tenant.addUser("granskare", [["admin", "log_reviewer"]]);
  const adminName = await w.tenant.addUser("admin", [["admin", "administrator"]]);
  const school2 = await w.tenant.addUnit("school2", "school");
  const otherTeacherName = await w.tenant.addUser("larare2", [["school2", "teacher_mentor"]]);
  const idOf = async (username: string) =>
    (
      await db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", username)
        .executeTakeFirstOrThrow()
    ).id;
  const personalNumber = (
    await db
      .selectFrom("child")
      .select("personal_number")
      .where("id", "=", w.childId)
      .executeTakeFirstOrThrow()
  ).personal_number;
  return {
    ...w,
    caseId,
    school2,
    personalNumber,
    reviewer: await loginAs(app, reviewerName),
    admin: await loginAs(app, adminName),
    otherTeacher: { username: otherTeacherName, id: await idOf(otherTeacherName) },
    grantEmergency: () => grantEmergencyToPsychologist(db, w, caseId),
  };
}
export type LogReviewWorld = Awaited<ReturnType<typeof logReviewWorld>>;
