import type { TestApp, TestTenant } from "../support/test-app";
import { TEST_PASSWORD, createTestTenant, loginAs } from "../support/test-app";
import { type Client } from "../support/test-app";
import { buildCase, type CaseRefs } from "./authz-cases";
import { freshPersonalNumber } from "../support/personal-numbers";
import { earlySupportWorld } from "./authz-early-support";

// One municipality for the authorization matrix: a user for every professional role (outside
// every case), the people of the cases' networks, a family, a second tenant, and cases in the
// relationships the access rules distinguish. Built once per file; writes in the matrix use
// their own copies of what they change (authz-prepare.ts).

/** Who acts: a professional role in a kind of unit, or the family, or nobody. */
export interface ActorSpec {
  key: string;
  kind: "professional" | "guardian" | "child" | "anonymous";
  role?: string;
  unitKey?: string;
}

/** Every professional role, each in a unit with no tie to the child or the cases. */
export const OUTSIDERS: ActorSpec[] = [
  ["central_coordinator", "central_coordinator", "central"],
  ["social_secretary", "social_secretary", "ifo"],
  ["principal", "principal", "school2"],
  ["teacher_mentor", "teacher_mentor", "school2"],
  ["school_nurse", "school_nurse", "eht2"],
  ["school_counsellor", "school_counsellor", "eht2"],
  ["special_educator", "special_educator", "eht2"],
  ["preschool_teacher", "teacher_mentor", "preschool"],
  ["leisure", "parent_advisor", "leisure"],
  ["parent_advisor", "parent_advisor", "ifo"],
  ["childs_best_lead", "childs_best_lead", "ifo"],
  ["psychologist", "psychologist", "central"],
  ["attendance_team", "attendance_team", "central"],
  ["child_psychiatry", "psychologist", "bup"],
  ["primary_care", "school_nurse", "vc"],
  ["habilitation", "special_educator", "hab"],
  ["police", "childs_best_lead", "police"],
  ["analyst", "analyst", "admin"],
  ["log_reviewer", "log_reviewer", "admin"],
  ["steering_group", "steering_group", "admin"],
  ["administrator", "administrator", "admin"],
].map(([key, role, unitKey]) => ({ key: key!, kind: "professional", role, unitKey }));

/** The people with a relationship to the cases (see authz-cases.ts for how each is made). */
export const INSIDERS: ActorSpec[] = [
  { key: "coordinator", kind: "professional", role: "central_coordinator", unitKey: "central" },
  { key: "coordinator2", kind: "professional", role: "central_coordinator", unitKey: "central" },
  { key: "member", kind: "professional", role: "psychologist", unitKey: "bup" },
  { key: "contact_person", kind: "professional", role: "school_nurse", unitKey: "eht" },
  { key: "raiser", kind: "professional", role: "teacher_mentor", unitKey: "school" },
  { key: "raising_principal", kind: "professional", role: "principal", unitKey: "school" },
  { key: "emergency", kind: "professional", role: "social_secretary", unitKey: "ifo" },
  { key: "guardian", kind: "guardian" },
  { key: "child", kind: "child" },
  { key: "protected_guardian", kind: "guardian" },
  { key: "anonymous", kind: "anonymous" },
];

const UNITS: [string, string][] = [
  ["school", "school"],
  ["school2", "school"],
  ["preschool", "preschool"],
  ["eht", "student_health"],
  ["eht2", "student_health"],
  ["central", "student_health"],
  ["ifo", "social_services"],
  ["bup", "child_psychiatry"],
  ["vc", "primary_care"],
  ["hab", "habilitation"],
  ["leisure", "leisure"],
  ["police", "police"],
  ["spare", "school"],
];

export async function authzWorld(t: TestApp) {
  const tenant = await createTestTenant(t.db);
  for (const [key, kind] of UNITS) await tenant.addUnit(key, kind);
  const clients: Record<string, Client | null> = { anonymous: null };
  const userIds: Record<string, string> = {};
  const usernames: Record<string, string> = {};
  for (const a of [...OUTSIDERS, ...INSIDERS]) {
    if (a.kind === "anonymous") continue;
    const roles: [string, string][] = a.role ? [[a.unitKey!, a.role]] : [];
    const username = await tenant.addUser(a.key.replaceAll("_", "-"), roles, a.kind);
    usernames[a.key] = username;
    userIds[a.key] = await idOf(t, username);
  }
  const spareUser = await idOf(t, await tenant.addUser("spare", [["central", "psychologist"]]));
  const childX = await addChild(t, tenant, "Alva", false, [userIds.guardian!], userIds.child!);
  const childY = await addChild(t, tenant, "Sigge", true, [userIds.protected_guardian!], null);
  // Requests raised by the matrix itself go to a child of their own, so they change no one's view.
  const childZ = await addChild(t, tenant, "Zelda", false, [], null);
  for (const a of [...OUTSIDERS, ...INSIDERS])
    if (a.kind !== "anonymous") clients[a.key] = await loginAs(t.app, usernames[a.key]!);
  const other = await createTestTenant(t.db);
  usernames.other_tenant = await other.addUser("coord", [["admin", "central_coordinator"]]);
  clients.other_tenant = await loginAs(t.app, usernames.other_tenant);
  const base = { t, tenant, clients: clients as Record<string, Client>, userIds, spareUser };
  const password = TEST_PASSWORD;
  const cases: Record<string, CaseRefs> = {
    open: await buildCase(base, childX, "full"),
    withdrawn: await buildCase(base, childX, "withdrawn"),
    closed: await buildCase(base, childX, "closed"),
    protected: await buildCase(base, childY, "full"),
    assessment: await buildCase(base, childX, "assessment"),
  };
  const grant = await clients.emergency!.post(`/api/cases/${cases.open!.caseId}/emergency-access`, {
    category: "risk_to_life_or_health",
    reason: "Akut läge: barnet har inte kommit hem och vi behöver planen nu.",
  });
  if (grant.status !== 204) throw new Error(`world: emergency access ${grant.status}`);
  const grants = await clients.administrator!.get("/api/admin/emergency-access");
  const emergencyGrantId = grants.json.grants[0].id as string;
  const started = await clients.administrator!.post("/api/attendance/imports", {
    format: "csv",
    files: [{ name: "tom.csv", content: "" }],
  });
  const importId = started.json.id as string;
  const earlySupport = await earlySupportWorld(t.db, clients.parent_advisor!, {
    tenantId: tenant.tenantId,
    childId: childX.id,
    ifo: tenant.unitId("ifo"),
    openCaseId: cases.open!.caseId,
  });
  return {
    earlySupport,
    ...base,
    password,
    usernames,
    other,
    childX,
    childY,
    childZ,
    cases,
    emergencyGrantId,
    importId,
  };
}
export type AuthzWorld = Awaited<ReturnType<typeof authzWorld>>;

async function idOf(t: TestApp, username: string) {
  const row = await t.db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function addChild(
  t: TestApp,
  tenant: TestTenant,
  givenName: string,
  protectedIdentity: boolean,
  guardianUsers: string[],
  childUser: string | null,
) {
  const child = await t.db
    .insertInto("child")
    .values({
      tenant_id: tenant.tenantId,
      personal_number: freshPersonalNumber("2014-03-15"),
      given_name: givenName,
      family_name: "Testsson",
      birth_date: "2014-03-15",
      protected_identity: protectedIdentity,
      address: "Skolgatan 1",
      postal_code: "90100",
      city: "Kringby",
      phone: null,
      user_id: childUser,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const guardians: string[] = [];
  for (const [i, userId] of [...guardianUsers, null].entries()) {
    const g = await t.db
      .insertInto("guardian")
      .values({
        tenant_id: tenant.tenantId,
        personal_number: null,
        given_name: i === 0 ? "Anna" : "Erik",
        family_name: "Testsson",
        phone: "070-1",
        email: null,
        address: null,
        user_id: userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("child_guardian")
      .values({ tenant_id: tenant.tenantId, child_id: child.id, guardian_id: g.id })
      .execute();
    guardians.push(g.id);
  }
  await t.db
    .insertInto("child_unit")
    .values({
      tenant_id: tenant.tenantId,
      child_id: child.id,
      unit_id: tenant.unitId("school"),
      from_date: "2025-08-15",
      to_date: null,
      school_year: 6,
    })
    .execute();
  return { id: child.id, guardians };
}
