import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../src/platform/db/schema";
import { type CaseWorld, caseWorld, raiseRequest, step } from "../support/case-fixture";
import { type Client, loginAs } from "../support/test-app";

// A case at network meeting 2, where the plan is written, with accounts for the family.

async function ok(res: Promise<{ status: number; json: any }>, status = 200) {
  const r = await res;
  if (r.status !== status) throw new Error(`${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

async function holdMeeting(w: CaseWorld, caseId: string, kind: string) {
  const created = await ok(
    w.as.coordB.post(`/api/cases/${caseId}/meetings`, {
      kind,
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      place: "Skolans konferensrum",
    }),
    201,
  );
  const m = await ok(w.as.coordB.get(`/api/cases/${caseId}/meetings/${created.id}`));
  await ok(
    w.as.coordB.patch(`/api/cases/${caseId}/meetings/${created.id}`, {
      version: m.version,
      status: "held",
    }),
  );
}

export async function planWorld(db: Kysely<Database>, app: FastifyInstance) {
  const w = await caseWorld(db, app);
  const caseId = await raiseRequest(w, Object.values(w.units));
  await ok(step(w.as.mentor, caseId, { type: "submit" }));
  await ok(step(w.as.coordA, caseId, { type: "accept" }));
  await ok(
    step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    }),
  );
  await ok(step(w.as.coordA, caseId, { type: "record_first_contact" }));
  await ok(
    step(w.as.coordA, caseId, {
      type: "appoint_spokesperson",
      name: "Moster Lisa",
      relation: "moster",
    }),
  );
  await holdMeeting(w, caseId, "pre_meeting");
  await holdMeeting(w, caseId, "network_meeting_1");
  // The principal appoints the contact person from within the network.
  await ok(
    w.as.coordA.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.principal,
      unitId: w.units.school,
    }),
    204,
  );
  await ok(
    step(w.as.principal, caseId, {
      type: "appoint_contact_person",
      userId: w.ids.nurse,
      unitId: w.units.eht,
    }),
  );
  await holdMeeting(w, caseId, "network_meeting_2");
  const family = await familyAccounts(w, db, app);
  return { ...w, caseId, family, ok };
}
export type PlanWorld = Awaited<ReturnType<typeof planWorld>>;

/** Guardian accounts for both guardians and an account for the child. */
export async function familyAccounts(w: CaseWorld, db: Kysely<Database>, app: FastifyInstance) {
  const link = async (
    name: string,
    kind: "guardian" | "child",
    row: { table: "guardian" | "child"; id: string },
  ) => {
    const username = await w.tenant.addUser(name, [], kind);
    const user = await db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
    await db.updateTable(row.table).set({ user_id: user.id }).where("id", "=", row.id).execute();
    return loginAs(app, username);
  };
  const clients: Record<"anna" | "erik" | "alva", Client> = {
    anna: await link("anna", "guardian", { table: "guardian", id: w.guardians[0]! }),
    erik: await link("erik", "guardian", { table: "guardian", id: w.guardians[1]! }),
    alva: await link("alva", "child", { table: "child", id: w.childId }),
  };
  return clients;
}

/** A plan with every part the law requires, naming the world's units and people. */
export function completeContent(w: CaseWorld) {
  const action = (
    id: string,
    description: string,
    unit: string,
    unitId: string,
    userId: string | null,
    person: string,
  ) => ({
    id,
    description,
    responsibleUnit: { unitId, name: unit },
    responsiblePerson: { userId, name: person },
    startDate: "2026-01-12",
    endDate: "2026-06-12",
    followUpDate: "2026-03-02",
  });
  return {
    needs: "Alva behöver trygghet i skolan och stöd med sömnen.",
    goals: [
      {
        id: "g-skola",
        text: "Alva är i skolan minst fyra dagar i veckan.",
        childWords: "Jag vill orka gå till skolan.",
        actions: [
          action(
            "a-samtal",
            "Samtal med skolsköterskan varje vecka",
            "Elevhälsan",
            w.units.eht,
            w.ids.nurse,
            "nurse",
          ),
          action("a-sömn", "Bedömning av sömnen", "BUP", w.units.bup, w.ids.bupPsych, "bup"),
        ],
      },
    ],
    measuresByOthers: [
      {
        id: "m-anpassning",
        description: "Anpassat schema med lugn plats",
        by: { unitId: w.units.school, name: "Skolan" },
      },
    ],
    noMeasuresByOthers: false,
    leadUnit: { unitId: w.units.eht, name: "Elevhälsan" },
    childView: "Jag vill ha en lugn plats att gå till.",
    guardiansView: "Vi vill ha tät kontakt med skolan.",
    internalNotes: "Intern anteckning: pappan orolig för BUP-kön.",
  };
}

/** Starts, fills and agrees a plan on the family's behalf; returns the version number. */
export async function agreedPlan(w: CaseWorld & { caseId: string }, content = completeContent(w)) {
  const started = await ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
  const saved = await ok(
    w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
      revision: started.revision,
      content,
    }),
  );
  const result = await ok(
    w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/agreements`, {
      revision: saved.revision,
      parties: w.guardians.map((guardianId) => ({ kind: "guardian", guardianId })),
    }),
  );
  return result.versionNumber as number;
}
