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
  /** The child by key (addChild); the world's first child when left out. */
  child?: string;
  /** Submitted forms with the totals their scoring stored (SDQ: total difficulties, band). */
  measures?: {
    instrument: "sdq" | "ors" | "srs";
    informant?: "parent" | "teacher" | "self";
    on: string;
    total: number;
    band?: "normal" | "borderline" | "abnormal";
  }[];
  /** Process steps as case events (kind and day), for the steps the state keeps no date of. */
  events?: { kind: string; on: string }[];
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
  const children = new Map<string, string>();
  const addChild = async (key: string) => {
    const row = await db
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
    children.set(key, row.id);
    return row.id;
  };
  const child = { id: await addChild("") };
  const childId = async (key: string | undefined) =>
    key === undefined ? child.id : (children.get(key) ?? (await addChild(key)));

  const addCase = async (c: WorldCase) => {
    const caseChild = await childId(c.child);
    const base = createCase({ requestedOn: c.state.requestedOn, acute: c.state.acute ?? false });
    const state: CaseState = { ...base, ...c.state };
    const row = await db
      .insertInto("cases")
      .values({
        tenant_id: tenant.tenantId,
        child_id: caseChild,
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
    for (const [i, e] of (c.events ?? []).entries())
      await db
        .insertInto("case_event")
        .values({
          tenant_id: tenant.tenantId,
          case_id: row.id,
          version: 10 + i,
          at: new Date(`${e.on}T10:00:00Z`),
          actor_user_id: user.id,
          kind: e.kind,
          summary: e.kind,
          data: "{}",
        })
        .execute();
    for (const m of c.measures ?? []) {
      const sdq = m.instrument === "sdq";
      const request = await db
        .insertInto("instrument_request")
        .values({
          tenant_id: tenant.tenantId,
          case_id: row.id,
          child_id: caseChild,
          instrument: m.instrument,
          version: sdq ? "4-17" : m.instrument === "ors" ? "CORS" : "CSRS",
          informant: m.informant ?? (sdq ? "parent" : "self"),
          respondent_kind: "professional",
          respondent_user_id: user.id,
          occasion: sdq ? "periodic" : "meeting",
          due_date: m.on,
          status: "submitted",
          requested_by: user.id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      // Only what the indicators read of a scored form: the totals and the SDQ total's band.
      const scores = sdq
        ? { instrument: "sdq", scores: { total: m.total }, bands3: { total: m.band ?? "normal" } }
        : { instrument: m.instrument, total: m.total };
      await db
        .insertInto("instrument_response")
        .values({
          tenant_id: tenant.tenantId,
          request_id: request.id,
          answers: "[]",
          scores: JSON.stringify(scores),
          submitted_by: user.id,
          submitted_at: new Date(`${m.on}T10:00:00Z`),
        })
        .execute();
    }
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
  /** Year-9 grades (subject → grade) and year-3 results for a child, in one term. */
  const addGrades = async (key: string, term: string, grades: Record<string, string>) => {
    for (const [subject, grade] of Object.entries(grades))
      await db
        .insertInto("school_grade")
        .values({
          tenant_id: tenant.tenantId,
          child_id: await childId(key),
          term,
          school_year: 9,
          subject,
          grade,
          recorded_by: user.id,
        })
        .execute();
  };
  const addYear3 = async (
    key: string,
    term: string,
    results: Partial<Record<"reading" | "writing" | "mathematics", "met" | "not_met" | "absent">>,
  ) => {
    for (const [area, result] of Object.entries(results))
      await db
        .insertInto("year3_result")
        .values({
          tenant_id: tenant.tenantId,
          child_id: await childId(key),
          term,
          area: area as "reading",
          result: result,
          recorded_by: user.id,
        })
        .execute();
  };
  return { tenant, addCase, addGrades, addYear3, userId: user.id };
}
