import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  caseWorld,
  grantEmergencyToPsychologist,
  raiseRequest,
  step,
} from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";
import { agreedPlan, planWorld } from "./plan-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const RESTRICTED = {
  system: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
  code: "R",
  display: "restricted",
};
const patientOf = (bundle: { entry: { resource: { resourceType: string } }[] }) =>
  bundle.entry.find((e) => e.resource.resourceType === "Patient")!.resource as Record<
    string,
    unknown
  >;

describe("a child with protected identity in every output", () => {
  it("both FHIR exports leave out the number and mark the Patient restricted; others keep it", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    const exports = [`/api/cases/${w.caseId}/plan/fhir`, `/api/cases/${w.caseId}/instruments/fhir`];
    const plain = [];
    for (const url of exports) {
      plain.push(patientOf((await w.as.coordA.get(url)).json));
      expect(plain.at(-1)!.identifier, url).toBeDefined();
      expect(plain.at(-1)!.meta, url).toBeUndefined();
    }
    // The same Patient in both exports: Kring's child id, HL7 Sweden's personnummer system.
    expect(plain[0]).toEqual(plain[1]);
    expect(plain[0]!.id).toBe(w.childId);
    await sql`update child set protected_identity = true where id = ${w.childId}`.execute(t.db);
    for (const url of exports) {
      const res = await w.as.coordA.get(url);
      expect(res.status, url).toBe(200);
      const patient = patientOf(res.json);
      expect(patient.identifier, url).toBeUndefined();
      expect(patient.meta, url).toEqual({ security: [RESTRICTED] });
      expect(JSON.stringify(res.json), url).not.toContain(
        (
          await t.db
            .selectFrom("child")
            .select("personal_number")
            .where("id", "=", w.childId)
            .executeTakeFirstOrThrow()
        ).personal_number,
      );
    }
  });

  it("the case list hides the raising unit from an emergency reader, not from the coordinator", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [w.units.school, w.units.central]);
    await step(w.as.mentor, caseId, { type: "submit" });
    await step(w.as.coordA, caseId, { type: "accept" });
    await sql`update child set protected_identity = true where id = ${w.childId}`.execute(t.db);
    const school = (
      await t.db
        .selectFrom("unit")
        .select("name")
        .where("id", "=", w.units.school)
        .executeTakeFirstOrThrow()
    ).name;
    const listed = async (client: typeof w.as.coordA) =>
      (
        (await client.get("/api/cases")).json.cases as { id: string; raisedByUnitName: unknown }[]
      ).find((c) => c.id === caseId)!.raisedByUnitName;
    expect(await listed(w.as.coordA)).toBe(school);
    expect(await grantEmergencyToPsychologist(t.db, w, caseId)).toBe(204);
    expect(await listed(w.as.bupPsych)).toBeNull();
    await sql`update child set protected_identity = false where id = ${w.childId}`.execute(t.db);
    expect(await listed(w.as.bupPsych)).toBe(school);
  });

  it("the meeting invitation carries the place only for readers who may see the child's whereabouts", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [w.units.school, w.units.central]);
    await step(w.as.mentor, caseId, { type: "submit" });
    await step(w.as.coordA, caseId, { type: "accept" });
    await step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    });
    const members = (await w.as.coordA.get(`/api/cases/${caseId}`)).json.members;
    const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const created = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "pre_meeting",
      startsAt: `${soon}T09:00:00+01:00`,
      endsAt: `${soon}T10:00:00+01:00`,
      place: "Skolans konferensrum",
      inviteeMemberIds: [members[0].id],
    });
    expect(created.status).toBe(201);
    await sql`update child set protected_identity = true where id = ${w.childId}`.execute(t.db);
    const ics = async (client: typeof w.as.coordA) => {
      const res = await client.get(
        `/api/cases/${caseId}/meetings/${created.json.id}/invitations/${members[0].id}`,
      );
      expect(res.status).toBe(200);
      return String(res.json).replace(/\r\n[ \t]/g, "");
    };
    expect(await ics(w.as.coordA)).toContain("LOCATION:Skolans konferensrum");
    expect(await grantEmergencyToPsychologist(t.db, w, caseId)).toBe(204);
    const other = await ics(w.as.bupPsych);
    expect(other).toContain("BEGIN:VEVENT");
    expect(other).not.toContain("LOCATION");
    expect(other).not.toContain("konferensrum");
  });

  it("planning a meeting with a place for a protected child answers with a warning, the meeting saved", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [w.units.school, w.units.central]);
    await step(w.as.mentor, caseId, { type: "submit" });
    await step(w.as.coordA, caseId, { type: "accept" });
    await step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    });
    const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const plan = (place: string | null) =>
      w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
        kind: "pre_meeting",
        startsAt: `${soon}T09:00:00+01:00`,
        endsAt: `${soon}T10:00:00+01:00`,
        place,
      });
    const before = await plan("Skolans konferensrum");
    expect(before.status).toBe(201);
    expect(before.json.warnings).toEqual([]);

    await sql`update child set protected_identity = true where id = ${w.childId}`.execute(t.db);
    const warned = await plan("Skolans konferensrum");
    expect(warned.status).toBe(201);
    expect(warned.json.warnings).toEqual([
      {
        code: "protected_identity_place",
        message: {
          sv: "Barnet har skyddade personuppgifter. Skriv inte en plats som kan avslöja var barnet bor eller går i skolan.",
          en: expect.stringContaining("protected"),
        },
      },
    ]);
    const saved = await w.as.coordA.get(`/api/cases/${caseId}/meetings/${warned.json.id}`);
    expect(saved.json.place).toBe("Skolans konferensrum");
    // Video only, or a place left blank, tells nothing about where the child is.
    expect((await plan(null)).json.warnings).toEqual([]);
    expect((await plan("   ")).json.warnings).toEqual([]);
  });
});
