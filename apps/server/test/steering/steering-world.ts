import type { Kysely } from "kysely";
import { type CaseState, createCase } from "@kring/domain/cases";
import type { Database } from "../../src/platform/db/schema";
import { type TestTenant, createTestTenant } from "../support/test-app";
import { freshPersonalNumber } from "../support/personal-numbers";

/** A case as the world states it: the state's dates, plus when it was submitted and SDQs given. */
export interface WorldCase {
  area: string | null;
  state: Partial<CaseState> & { requestedOn: string };
  submittedOn?: string;
  sdqOn?: string[];
}

/**
 * A municipality built straight in the database (the steering figures read stored cases, not the
 * process that made them): areas with a school each, one child, and cases with chosen dates.
 */
export async function steeringWorld(db: Kysely<Database>, areaNames: string[]) {
  const tenant: TestTenant = await createTestTenant(db);
  const org = tenant.organisationId;
  const units = new Map<string | null, string>();
  for (const name of areaNames) {
    const area = await db
      .insertInto("area")
      .values({ tenant_id: tenant.tenantId, organisation_id: org, name })
      .returning("id")
      .executeTakeFirstOrThrow();
    const unit = await tenant.addUnit(`school-${name}`, "school");
    await db.updateTable("unit").set({ area_id: area.id }).where("id", "=", unit).execute();
    units.set(name, unit);
  }
  units.set(null, tenant.unitId("admin"));
  const raiser = await tenant.addUser("raiser", [["admin", "teacher_mentor"]]);
  const user = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", raiser)
    .executeTakeFirstOrThrow();
  const child = await db
    .insertInto("child")
    .values({
      tenant_id: tenant.tenantId,
      personal_number: freshPersonalNumber("2014-03-15"),
      given_name: "Alva",
      family_name: "Testsson",
      birth_date: "2014-03-15",
      address: null,
      postal_code: null,
      city: null,
      phone: null,
      user_id: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const addCase = async (c: WorldCase) => {
    const base = createCase({ requestedOn: c.state.requestedOn, acute: c.state.acute ?? false });
    const state: CaseState = { ...base, ...c.state };
    const row = await db
      .insertInto("cases")
      .values({
        tenant_id: tenant.tenantId,
        child_id: child.id,
        raised_by_user_id: user.id,
        raised_by_unit_id: units.get(c.area)!,
        raised_by_role: "teacher_mentor",
        requested_at: new Date(`${state.requestedOn}T09:00:00Z`),
        concern: "Oro",
        acute: state.acute,
        stage: state.stage,
        state: JSON.stringify(state),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (c.submittedOn)
      await db
        .insertInto("case_event")
        .values({
          tenant_id: tenant.tenantId,
          case_id: row.id,
          version: 2,
          at: new Date(`${c.submittedOn}T10:00:00Z`),
          actor_user_id: user.id,
          kind: "submit",
          summary: "Skickad till bedömning",
          data: "{}",
        })
        .execute();
    for (const on of c.sdqOn ?? []) {
      const request = await db
        .insertInto("instrument_request")
        .values({
          tenant_id: tenant.tenantId,
          case_id: row.id,
          child_id: child.id,
          instrument: "sdq",
          version: "4-17",
          informant: "teacher",
          respondent_kind: "professional",
          respondent_user_id: user.id,
          occasion: "baseline",
          due_date: on,
          status: "submitted",
          requested_by: user.id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("instrument_response")
        .values({
          tenant_id: tenant.tenantId,
          request_id: request.id,
          answers: "[]",
          scores: "{}",
          submitted_by: user.id,
          submitted_at: new Date(`${on}T10:00:00Z`),
        })
        .execute();
    }
  };
  return { tenant, addCase, userId: user.id };
}
