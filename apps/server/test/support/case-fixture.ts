import type { Kysely } from "kysely";
import type { Database } from "../../src/platform/db/schema";
import type { FastifyInstance } from "fastify";
import { type Client, createTestTenant, loginAs } from "./test-app";
import { freshPersonalNumber } from "./personal-numbers";

/**
 * A small municipality for case tests: a school with a mentor and a principal, student health
 * with a nurse, central student health with two coordinators, social services, and a child with
 * two guardians at the school.
 */
export async function caseWorld(db: Kysely<Database>, app: FastifyInstance) {
  const tenant = await createTestTenant(db);
  const school = await tenant.addUnit("school", "school");
  const eht = await tenant.addUnit("eht", "student_health");
  const central = await tenant.addUnit("central", "student_health");
  const ifo = await tenant.addUnit("ifo", "social_services");
  const bup = await tenant.addUnit("bup", "child_psychiatry");
  const names = {
    mentor: await tenant.addUser("mentor", [["school", "teacher_mentor"]]),
    principal: await tenant.addUser("principal", [["school", "principal"]]),
    nurse: await tenant.addUser("nurse", [["eht", "school_nurse"]]),
    coordA: await tenant.addUser("coordA", [["central", "central_coordinator"]]),
    coordB: await tenant.addUser("coordB", [["central", "central_coordinator"]]),
    social: await tenant.addUser("social", [["ifo", "social_secretary"]]),
    bupPsych: await tenant.addUser("bup", [["bup", "psychologist"]]),
    analyst: await tenant.addUser("analyst", [["admin", "analyst"]]),
  };
  const child = await db
    .insertInto("child")
    .values({
      tenant_id: tenant.tenantId,
      personal_number: freshPersonalNumber("2014-03-15"),
      given_name: "Alva",
      family_name: "Testsson",
      birth_date: "2014-03-15",
      address: "Skolgatan 1",
      postal_code: "90100",
      city: "Kringby",
      phone: "070-000 00 00",
      user_id: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const guardians = [];
  for (const given of ["Anna", "Erik"]) {
    const g = await db
      .insertInto("guardian")
      .values({
        tenant_id: tenant.tenantId,
        personal_number: null,
        given_name: given,
        family_name: "Testsson",
        phone: "070-1",
        email: null,
        address: null,
        user_id: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("child_guardian")
      .values({ tenant_id: tenant.tenantId, child_id: child.id, guardian_id: g.id })
      .execute();
    guardians.push(g.id);
  }
  await db
    .insertInto("child_unit")
    .values({
      tenant_id: tenant.tenantId,
      child_id: child.id,
      unit_id: school,
      from_date: "2025-08-15",
      to_date: null,
      school_year: 6,
    })
    .execute();
  const userId = async (username: string) =>
    (
      await db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", username)
        .executeTakeFirstOrThrow()
    ).id;
  const clients = {} as Record<keyof typeof names, Client>;
  for (const [key, username] of Object.entries(names))
    clients[key as keyof typeof names] = await loginAs(app, username);
  const ids = {} as Record<keyof typeof names, string>;
  for (const [key, username] of Object.entries(names))
    ids[key as keyof typeof names] = await userId(username);
  return {
    tenant,
    units: { school, eht, central, ifo, bup },
    childId: child.id,
    guardians,
    as: clients,
    ids,
  };
}
export type CaseWorld = Awaited<ReturnType<typeof caseWorld>>;

/** Registers a request from the mentor with consent naming the given units. */
export async function raiseRequest(w: CaseWorld, consentUnits: string[] | null, acute = false) {
  const res = await w.as.mentor.post("/api/cases", {
    childId: w.childId,
    raisedByUnitId: w.units.school,
    concern: "Alva är ofta borta och verkar ledsen.",
    triedSoFar: "Samtal med mentor.",
    acute,
    involvedUnitIds: [w.units.eht],
    consent: consentUnits
      ? {
          givenBy: [
            { kind: "guardian", guardianId: w.guardians[0] },
            { kind: "guardian", guardianId: w.guardians[1] },
            { kind: "child" },
          ],
          unitIds: consentUnits,
          purpose: "Samordnat stöd runt Alva",
          method: "oral",
          meeting: "Samtal med familjen på skolan",
        }
      : null,
  });
  if (res.status !== 201)
    throw new Error(`register failed ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.id as string;
}

/** The case's version as the client sees it: the case, or (the raiser) "Mina förfrågningar". */
export async function versionOf(client: Client, caseId: string): Promise<number> {
  const current = await client.get(`/api/cases/${caseId}`);
  if (current.status === 200) return current.json.version as number;
  const mine = (await client.get("/api/requests/mine")).json.requests as {
    id: string;
    version: number;
  }[];
  const request = mine?.find((r) => r.id === caseId);
  if (!request) throw new Error(`cannot read case: ${current.status}`);
  return request.version;
}

export async function step(client: Client, caseId: string, event: Record<string, unknown>) {
  const res = await client.post(`/api/cases/${caseId}/events`, {
    version: await versionOf(client, caseId),
    event,
  });
  // Unwrap the case so tests read it directly; keep the problem body on errors.
  return { ...res, json: res.status === 200 ? (res.json.case ?? res.json) : res.json };
}

/**
 * Emergency access for the child psychiatry psychologist, a reader outside the network: the
 * tenant lets psychologists use it (by default only intake roles and principals may). Returns
 * the grant's HTTP status.
 */
export async function grantEmergencyToPsychologist(
  db: Kysely<Database>,
  w: CaseWorld,
  caseId: string,
): Promise<number> {
  const roles = JSON.stringify(["psychologist"]);
  await db
    .insertInto("tenant_settings")
    .values({ tenant_id: w.tenant.tenantId, deadline_rules: "{}", emergency_roles: roles })
    .onConflict((oc) => oc.column("tenant_id").doUpdateSet({ emergency_roles: roles }))
    .execute();
  const res = await w.as.bupPsych.post(`/api/cases/${caseId}/emergency-access`, {
    category: "risk_to_life_or_health",
    reason: "Barnet är på akuten och läkaren behöver veta vilka som är inkopplade.",
  });
  return res.status;
}

/**
 * An account for one of the world's guardians or for the child, linked to its record as the first
 * e-ID sign-in links it, and signed in.
 */
export async function familyAccount(
  db: Kysely<Database>,
  app: FastifyInstance,
  w: CaseWorld,
  name: string,
  kind: "guardian" | "child",
  id: string,
): Promise<Client> {
  const username = await w.tenant.addUser(name, [], kind);
  const user = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  await db
    .updateTable(kind as "guardian")
    .set({ user_id: user.id })
    .where("id", "=", id)
    .execute();
  return loginAs(app, username);
}
