import type { Transaction } from "kysely";
import { APPOINTED_ORDER } from "../cases/member-order";
import type { Database } from "../../platform/db/schema";
import { actionTracks, followUps, versionBody } from "./plan-detail.repository";
import type { PlanRow } from "./plan.repository";

type Trx = Transaction<Database>;

/** The people in the case's network who take part today: coordinators, contact person ... */
export async function caseContacts(trx: Trx, caseId: string) {
  return trx
    .selectFrom("case_member as m")
    .leftJoin("app_user as u", "u.id", "m.user_id")
    .leftJoin("unit", "unit.id", "m.unit_id")
    .select([
      "m.id",
      "m.user_id",
      "m.role",
      "m.person_name",
      "m.relation",
      "u.display_name",
      "u.email",
      "m.email as member_email",
      "unit.name as unit_name",
      "unit.id as unit_id",
    ])
    .where("m.case_id", "=", caseId)
    .where("m.left_at", "is", null)
    .orderBy("m.joined_at")
    .orderBy(APPOINTED_ORDER)
    .orderBy("m.id")
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        id: r.id,
        userId: r.user_id,
        role: r.role,
        name: r.display_name ?? r.person_name ?? "",
        unitName: r.unit_name,
        unitId: r.unit_id,
        email: r.email ?? r.member_email,
      })),
    );
}

/** What the print and the FHIR export need about one agreed version of a plan. */
export async function exportData(trx: Trx, plan: PlanRow, number: number) {
  const version = await trx
    .selectFrom("plan_version")
    .selectAll()
    .where("plan_id", "=", plan.id)
    .where("number", "=", number)
    .executeTakeFirstOrThrow();
  const child = await trx
    .selectFrom("child")
    .select([
      "id",
      "given_name",
      "family_name",
      "birth_date",
      "personal_number",
      "protected_identity",
    ])
    .where("id", "=", plan.child_id)
    .executeTakeFirstOrThrow();
  const guardians = await trx
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .select(["g.id", "g.given_name", "g.family_name"])
    .where("cg.child_id", "=", plan.child_id)
    .where("cg.custody", "=", true)
    .orderBy("g.given_name")
    .execute();
  const c = await trx
    .selectFrom("cases")
    .select(["stage"])
    .where("id", "=", plan.case_id)
    .executeTakeFirstOrThrow();
  return {
    planId: plan.id,
    caseId: plan.case_id,
    caseStage: c.stage,
    child,
    guardians: guardians.map((g) => ({ id: g.id, name: `${g.given_name} ${g.family_name}` })),
    version: versionBody(version),
    tracks: await actionTracks(trx, plan.id),
    followUps: await followUps(trx, plan.id),
    contacts: await caseContacts(trx, plan.case_id),
  };
}
/** `whereaboutsHidden`: a protected child's units left out for this reader (ADR 0016). */
export type ExportData = Awaited<ReturnType<typeof exportData>> & { whereaboutsHidden?: boolean };
