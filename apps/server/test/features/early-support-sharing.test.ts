import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmDate } from "@kring/domain/cases";
import {
  caseWorld,
  grantEmergencyToPsychologist,
  step,
  type CaseWorld,
} from "../support/case-fixture";
import { type Client, createTestApp, loginAs, type TestApp } from "../support/test-app";

// Issue 22 (ADR 0041): an early-support contact that became a request is read from the case page
// ("Tidigt stöd före ärendet") by the case's network only when the family agreed, and the
// family's agreement can be recorded after the request was raised.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function world() {
  const w = await caseWorld(t.db, t.app);
  const login = async (name: string, roles: [string, string][]) =>
    loginAs(t.app, await w.tenant.addUser(name, roles));
  const es = {
    advisor: await login("advisor", [["ifo", "parent_advisor"]]),
    advisor2: await login("advisor2", [["ifo", "parent_advisor"]]),
  };
  return { ...w, es };
}

async function contact(w: CaseWorld, client: Client) {
  const res = await client.post("/api/early-support", {
    childId: w.childId,
    unitId: w.units.ifo,
    consent: { givenBy: "Mamma Anna", method: "oral", on: stockholmDate(new Date()) },
    about: "Oro för sömnen.",
  });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

/** Raises a request from the contact and takes it to a case with coordinators A and B. */
async function raiseToCase(w: Awaited<ReturnType<typeof world>>, contactId: string, share = "") {
  const raised = await w.es.advisor.post("/api/cases", {
    childId: w.childId,
    raisedByUnitId: w.units.ifo,
    concern: "Oro för sömnen (från tidigt stöd).",
    triedSoFar: "Föräldrasamtal.",
    acute: false,
    involvedUnitIds: [w.units.school],
    consent: {
      givenBy: [
        { kind: "guardian", guardianId: w.guardians[0] },
        { kind: "guardian", guardianId: w.guardians[1] },
      ],
      unitIds: [w.units.central, w.units.ifo],
      purpose: "Samordnat stöd",
      method: "oral",
      meeting: "Samtal med familjen",
    },
    earlySupport: { contactId, shareWithNetwork: share !== "", agreedBy: share },
  });
  expect(raised.status).toBe(201);
  const caseId = raised.json.id as string;
  expect((await step(w.es.advisor, caseId, { type: "submit" })).status).toBe(200);
  expect((await step(w.as.coordA, caseId, { type: "accept" })).status).toBe(200);
  const appointed = await step(w.as.coordA, caseId, {
    type: "appoint_coordinators",
    leadUserId: w.ids.coordA,
    documentingUserId: w.ids.coordB,
  });
  expect(appointed.status).toBe(200);
  return caseId;
}

const onCase = (client: Client, caseId: string) => client.get(`/api/cases/${caseId}/early-support`);

describe("early support before the case, on the case page", () => {
  it("lists a shared contact to the network only, and nothing when it was not shared", async () => {
    const w = await world();
    const shared = await contact(w, w.es.advisor);
    const kept = await contact(w, w.es.advisor);
    const sharedCase = await raiseToCase(w, shared, "Mamma Anna");
    const keptCase = await raiseToCase(w, kept);

    // Network members (both coordinators) see the shared contact and may open it read-only.
    for (const member of [w.as.coordA, w.as.coordB]) {
      const res = await onCase(member, sharedCase);
      expect(res.status).toBe(200);
      expect(res.json.contacts).toEqual([
        expect.objectContaining({
          id: shared,
          recordedByName: "advisor",
          sharedWithNetwork: true,
          sharingAgreedBy: "Mamma Anna",
        }),
      ]);
      const read = await member.get(`/api/early-support/${shared}`);
      expect(read.status).toBe(200);
      expect(read.json).toMatchObject({ mayWrite: false, sharingRecordedByName: "advisor" });
      expect(read.json.sharingRecordedAt).toBeTruthy();
      // The case not shared: the section is empty and the contact stays closed to them.
      expect((await onCase(member, keptCase)).json.contacts).toEqual([]);
      expect((await member.get(`/api/early-support/${kept}`)).status).toBe(404);
    }

    // Outside the network: a reader under emergency access sees the case but not the contact;
    // the child's mentor and the unit's other parent advisor do not see the case at all; the
    // raiser sees the request's status only.
    expect(await grantEmergencyToPsychologist(t.db, w, sharedCase)).toBe(204);
    const emergency = await onCase(w.as.bupPsych, sharedCase);
    expect(emergency.status).toBe(200);
    expect(emergency.json.contacts).toEqual([]);
    expect((await w.as.bupPsych.get(`/api/early-support/${shared}`)).status).toBe(404);
    for (const outsider of [w.as.mentor, w.es.advisor2, w.as.social])
      expect((await onCase(outsider, sharedCase)).status).toBe(403);
    expect((await onCase(w.es.advisor, sharedCase)).status).toBe(403);

    // The list is audited per child when it names a contact.
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["child_id", "details"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "early_support.case_list")
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.child_id === w.childId)).toBe(true);
  });

  it("records the family's later agreement, after which the network reads the contact", async () => {
    const w = await world();
    const kept = await contact(w, w.es.advisor);
    const open = await contact(w, w.es.advisor);
    const caseId = await raiseToCase(w, kept);
    const url = `/api/early-support/${kept}/sharing`;
    expect((await w.as.coordA.get(`/api/early-support/${kept}`)).status).toBe(404);

    // Bad input is refused as a problem; the network, though it reads the case, may not record
    // the family's word; a contact still open has no network to share with.
    for (const bad of [{}, { agreedBy: "  " }, { agreedBy: "x".repeat(201) }]) {
      const res = await w.es.advisor.post(url, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    }
    expect((await w.as.coordA.post(url, { agreedBy: "Mamma Anna" })).status).toBe(404);
    expect((await w.as.mentor.post(url, { agreedBy: "Mamma Anna" })).status).toBe(404);
    expect(
      (await w.es.advisor.post(`/api/early-support/${open}/sharing`, { agreedBy: "Anna" })).status,
    ).toBe(409);

    // The unit's team (not only the recorder) records it, once.
    const agreed = await w.es.advisor2.post(url, { agreedBy: "Mamma Anna och pappa Erik" });
    expect(agreed.status).toBe(204);
    expect((await w.es.advisor.post(url, { agreedBy: "Mamma Anna" })).status).toBe(409);
    const detail = await w.es.advisor.get(`/api/early-support/${kept}`);
    expect(detail.json).toMatchObject({
      sharedWithNetwork: true,
      sharingAgreedBy: "Mamma Anna och pappa Erik",
      sharingRecordedByName: "advisor2",
    });

    const read = await w.as.coordA.get(`/api/early-support/${kept}`);
    expect(read.status).toBe(200);
    expect(read.json.mayWrite).toBe(false);
    expect((await onCase(w.as.coordA, caseId)).json.contacts).toEqual([
      expect.objectContaining({ id: kept, sharingAgreedBy: "Mamma Anna och pappa Erik" }),
    ]);

    const audit = await t.db
      .selectFrom("audit_event as a")
      .innerJoin("app_user as u", "u.id", "a.actor_user_id")
      .select(["a.child_id", "a.entity_id", "a.details", "u.display_name"])
      .where("a.tenant_id", "=", w.tenant.tenantId)
      .where("a.action", "=", "early_support.sharing_agreed")
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        child_id: w.childId,
        entity_id: kept,
        display_name: "advisor2",
        details: expect.objectContaining({ caseId, later: true }),
      }),
    ]);
  });
});
