import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePersonalNumber } from "@kring/domain";
import { stockholmDate } from "@kring/domain/cases";
import { type CaseWorld, caseWorld, step } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";

// Issue 17 points 3-5: the child's school at registration and the coordinator rule for the raiser,
// the raiser completing guardians and consent, and replacing a coordinator or the contact person.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const userIdOf = async (username: string) =>
  (
    await t.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow()
  ).id;

let serial = 0;
/** A birth date `years` before today, and a personal number for it. */
function bornYearsAgo(years: number) {
  const today = stockholmDate(new Date());
  const birthDate = `${Number(today.slice(0, 4)) - years}-01-15`;
  return {
    birthDate,
    personalNumber: makePersonalNumber(birthDate, 100 + (serial++ % 800)).replace("-", ""),
  };
}

/** The nurse (student health) registers a child new to Kring and raises a request with consent. */
async function nurseRaises(w: CaseWorld, child: Record<string, unknown>) {
  const registered = await w.as.nurse.post("/api/children", {
    givenName: "Nora",
    familyName: "Holm",
    guardians: [{ givenName: "Sara", familyName: "Holm" }],
    ...child,
  });
  expect(registered.status, JSON.stringify(registered.json)).toBe(201);
  const units = [w.units.eht, w.units.central, w.units.school];
  const request = await w.as.nurse.post("/api/cases", {
    childId: registered.json.id,
    raisedByUnitId: w.units.eht,
    concern: "Nora har nyss flyttat hit och är ofta borta.",
    acute: false,
    consent: {
      givenBy: [{ kind: "guardian", guardianId: registered.json.guardians[0].id }],
      unitIds: units,
      purpose: "Samordnat stöd runt Nora",
      method: "oral",
      meeting: "Samtal med familjen",
    },
  });
  expect(request.status, JSON.stringify(request.json)).toBe(201);
  const caseId = request.json.id as string;
  expect((await step(w.as.nurse, caseId, { type: "submit" })).status).toBe(200);
  expect((await step(w.as.coordA, caseId, { type: "accept" })).status).toBe(200);
  return { caseId, childId: registered.json.id as string };
}

describe("the child's school at registration (issue 17.3)", () => {
  it("asks for the school of a child of school age, and a unit or a reason otherwise", async () => {
    const w = await caseWorld(t.db, t.app);
    const pupil = bornYearsAgo(10);
    const noSchool = await w.as.mentor.post("/api/children", {
      personalNumber: pupil.personalNumber,
      givenName: "Nora",
      familyName: "Holm",
    });
    expect(noSchool.status).toBe(422);
    expect(noSchool.json.code).toBe("child_unit_required");
    expect(noSchool.json.message.sv).toContain("Välj barnets skola");
    const notASchool = await w.as.mentor.post("/api/children", {
      personalNumber: pupil.personalNumber,
      givenName: "Nora",
      familyName: "Holm",
      unitId: w.units.ifo,
    });
    expect(notASchool.status).toBe(400);
    expect(notASchool.json.code).toBe("unknown_child_unit");

    const toddler = bornYearsAgo(3);
    const neither = await w.as.mentor.post("/api/children", {
      personalNumber: toddler.personalNumber,
      givenName: "Liv",
      familyName: "Holm",
    });
    expect(neither.status).toBe(422);
    expect(neither.json.code).toBe("child_unit_or_reason_required");
    const withReason = await w.as.mentor.post("/api/children", {
      personalNumber: toddler.personalNumber,
      givenName: "Liv",
      familyName: "Holm",
      noUnitReason: "Går inte i förskola ännu.",
    });
    expect(withReason.status).toBe(201);
    expect(withReason.json.currentUnits).toEqual([]);

    const enrolled = await w.as.mentor.post("/api/children", {
      personalNumber: pupil.personalNumber,
      givenName: "Nora",
      familyName: "Holm",
      unitId: w.units.school,
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.json.currentUnits.map((u: { unitId: string }) => u.unitId)).toEqual([
      w.units.school,
    ]);
  });

  it("refuses the raiser and the raising unit's staff as coordinator, school known or not", async () => {
    const w = await caseWorld(t.db, t.app);
    const colleague = await userIdOf(
      await w.tenant.addUser("eht-psych", [["eht", "psychologist"]]),
    );
    const toddler = bornYearsAgo(3);
    const { caseId } = await nurseRaises(w, {
      personalNumber: toddler.personalNumber,
      noUnitReason: "Går inte i förskola.",
    });
    const refused = await step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.nurse,
      documentingUserId: colleague,
    });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe("coordinator_ineligible");
    const codes = refused.json.details.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(["raised_the_request", "staff_of_raising_unit", "staff_of_raising_unit"]);
    expect(refused.json.message.sv).toBeTruthy();

    // The school the child attends counts as before: its staff are too close.
    const pupil = bornYearsAgo(10);
    const second = await nurseRaises(w, {
      personalNumber: pupil.personalNumber,
      unitId: w.units.school,
    });
    const principal = await step(w.as.coordA, second.caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.principal,
      documentingUserId: w.ids.coordB,
    });
    expect(principal.status).toBe(422);
    expect(principal.json.details.reasons.map((r: { code: string }) => r.code)).toEqual([
      "staff_of_childs_unit",
    ]);
    const free = await step(w.as.coordA, second.caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    });
    expect(free.status).toBe(200);
  });
});

describe("the raiser completes guardians and consent until the request is assessed (17.4)", () => {
  it("names the guardians of a child they registered and records consent, so intake sees it", async () => {
    const w = await caseWorld(t.db, t.app);
    const pupil = bornYearsAgo(10);
    const child = await w.as.nurse.post("/api/children", {
      personalNumber: pupil.personalNumber,
      givenName: "Nora",
      familyName: "Holm",
      unitId: w.units.school,
    });
    expect(child.status).toBe(201);
    const request = await w.as.nurse.post("/api/cases", {
      childId: child.json.id,
      raisedByUnitId: w.units.eht,
      concern: "Nora är ofta borta.",
      acute: false,
      consent: null,
    });
    const caseId = request.json.id as string;
    expect((await step(w.as.nurse, caseId, { type: "submit" })).status).toBe(200);
    // Sent without consent: the intake roles cannot see it.
    const queue = async () =>
      (await w.as.coordA.get("/api/cases/intake")).json.cases.map((c: { id: string }) => c.id);
    expect(await queue()).not.toContain(caseId);
    const mine = (await w.as.nurse.get("/api/requests/mine")).json.requests[0];
    expect(mine).toMatchObject({ id: caseId, mayComplete: true, consentInForce: false });

    let family = await w.as.nurse.get(`/api/requests/${caseId}/family`);
    expect(family.status).toBe(200);
    expect(family.json).toMatchObject({ guardians: [], mayAddGuardians: true });
    const added = await w.as.nurse.post(`/api/requests/${caseId}/guardians`, {
      givenName: "Sara",
      familyName: "Holm",
    });
    expect(added.status).toBe(201);
    family = await w.as.nurse.get(`/api/requests/${caseId}/family`);
    expect(family.json.guardians).toEqual([
      { id: added.json.id, givenName: "Sara", familyName: "Holm" },
    ]);
    const consent = await w.as.nurse.post(`/api/cases/${caseId}/consents`, {
      givenBy: [{ kind: "guardian", guardianId: added.json.id }],
      unitIds: [w.units.eht, w.units.central],
      purpose: "Samordnat stöd runt Nora",
      method: "oral",
      meeting: "Telefonsamtal med Sara",
    });
    expect(consent.status, JSON.stringify(consent.json)).toBe(201);
    expect(await queue()).toContain(caseId);
    expect((await w.as.nurse.get("/api/requests/mine")).json.requests[0].consentInForce).toBe(true);

    // Others may not complete it, and once assessed the raiser may not either.
    expect((await w.as.mentor.get(`/api/requests/${caseId}/family`)).status).toBe(403);
    expect((await step(w.as.coordA, caseId, { type: "accept" })).status).toBe(200);
    const late = await w.as.nurse.get(`/api/requests/${caseId}/family`);
    expect(late.status).toBe(403);
    expect(late.json.code).toBe("not_the_raiser");
    expect((await w.as.nurse.get("/api/requests/mine")).json.requests[0].mayComplete).toBe(false);
  });

  it("adds guardians only to a child the raiser registered by hand", async () => {
    const w = await caseWorld(t.db, t.app);
    const request = await w.as.mentor.post("/api/cases", {
      childId: w.childId,
      raisedByUnitId: w.units.school,
      concern: "Alva är ofta borta.",
      acute: false,
      consent: null,
    });
    const caseId = request.json.id as string;
    const family = await w.as.mentor.get(`/api/requests/${caseId}/family`);
    expect(family.json.guardians.map((g: { givenName: string }) => g.givenName)).toEqual([
      "Anna",
      "Erik",
    ]);
    expect(family.json.mayAddGuardians).toBe(false);
    const refused = await w.as.mentor.post(`/api/requests/${caseId}/guardians`, {
      givenName: "Ny",
      familyName: "Person",
    });
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe("guardians_by_registrar_only");
  });
});

describe("replacing a coordinator or the contact person (17.5)", () => {
  async function running(w: CaseWorld) {
    const res = await w.as.mentor.post("/api/cases", {
      childId: w.childId,
      raisedByUnitId: w.units.school,
      concern: "Alva är ofta borta och verkar ledsen.",
      acute: false,
      consent: {
        givenBy: [
          { kind: "guardian", guardianId: w.guardians[0] },
          { kind: "guardian", guardianId: w.guardians[1] },
        ],
        unitIds: [w.units.school, w.units.eht, w.units.central, w.units.ifo],
        purpose: "Samordnat stöd runt Alva",
        method: "oral",
        meeting: "Samtal med familjen",
      },
    });
    const caseId = res.json.id as string;
    expect((await step(w.as.mentor, caseId, { type: "submit" })).status).toBe(200);
    expect((await step(w.as.coordA, caseId, { type: "accept" })).status).toBe(200);
    // The central coordinator appoints two others and so no longer sees the case.
    const appointed = await step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordB,
      documentingUserId: w.ids.social,
    });
    expect(appointed.status, JSON.stringify(appointed.json)).toBe(200);
    return caseId;
  }
  const version = async (w: CaseWorld, caseId: string) =>
    (await w.as.coordA.get("/api/cases/coordination")).json.cases.find(
      (c: { id: string }) => c.id === caseId,
    ).version as number;

  it("lets the intake roles replace a coordinator with a reason, ending the old one's access", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    expect((await w.as.coordA.get(`/api/cases/${caseId}`)).status).toBe(403);
    const list = await w.as.coordA.get("/api/cases/coordination");
    expect(list.status).toBe(200);
    expect(list.json.cases).toEqual([
      expect.objectContaining({
        id: caseId,
        lead: expect.objectContaining({ userId: w.ids.coordB }),
        documenting: expect.objectContaining({ userId: w.ids.social }),
        contactPerson: null,
      }),
    ]);
    expect((await w.as.mentor.get("/api/cases/coordination")).status).toBe(403);

    const body = (extra: Record<string, unknown>) => ({
      version: 0,
      role: "coordinator_documenting",
      userId: w.ids.coordA,
      reason: "Fel person utsedd: socialsekreteraren har redan familjen.",
      ...extra,
    });
    const url = `/api/cases/${caseId}/replace-coordinator`;
    expect((await w.as.mentor.post(url, body({ version: await version(w, caseId) }))).status).toBe(
      403,
    );
    const noReason = await w.as.coordA.post(url, body({ version: 3, reason: " " }));
    expect(noReason.status).toBe(400);
    const tooClose = await w.as.coordA.post(
      url,
      body({ version: await version(w, caseId), userId: w.ids.mentor }),
    );
    expect(tooClose.status).toBe(422);
    expect(tooClose.json.code).toBe("coordinator_ineligible");
    const coordC = await userIdOf(
      await w.tenant.addUser("coordC", [["central", "central_coordinator"]]),
    );
    const replaced = await w.as.coordA.post(
      url,
      body({ version: await version(w, caseId), userId: coordC }),
    );
    expect(replaced.status, JSON.stringify(replaced.json)).toBe(200);
    expect(replaced.json.case).toBeNull();
    // The social secretary's access came only from the role: it ends.
    expect((await w.as.social.get(`/api/cases/${caseId}`)).status).toBe(403);
    const asLead = (await w.as.coordB.get(`/api/cases/${caseId}`)).json;
    const entry = asLead.timeline.find((e: { summary: string }) =>
      e.summary.startsWith("Koordinator 2 bytt"),
    );
    expect(entry.summary).toBe(
      "Koordinator 2 bytt: Fel person utsedd: socialsekreteraren har redan familjen.",
    );
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["reason", "details"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "case.replace_coordinator")
      .executeTakeFirstOrThrow();
    expect(audit.reason).toContain("Fel person utsedd");
  });

  it("puts the case in the new person's worklist until they open it", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    const username = await w.tenant.addUser("coordD", [["central", "central_coordinator"]]);
    const coordD = await userIdOf(username);
    const res = await w.as.coordA.post(`/api/cases/${caseId}/replace-coordinator`, {
      version: await version(w, caseId),
      role: "coordinator_lead",
      userId: coordD,
      reason: "Koordinatorn har slutat.",
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const { loginAs } = await import("../support/test-app");
    const asD = await loginAs(t.app, username);
    const tasks = async () =>
      (await asD.get("/api/worklist")).json.items.filter(
        (i: { kind: string }) => i.kind === "new_role",
      );
    expect(await tasks()).toEqual([
      expect.objectContaining({ caseId, title: expect.stringContaining("koordinator 1") }),
    ]);
    expect((await asD.get(`/api/cases/${caseId}`)).status).toBe(200);
    expect(await tasks()).toEqual([]);
    expect((await w.as.coordB.get(`/api/cases/${caseId}`)).status).toBe(403);
  });

  it("lets a principal in the network replace the contact person with a reason", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await running(w);
    const counsellorName = await w.tenant.addUser("counsellor", [["eht", "school_counsellor"]]);
    const counsellor = await userIdOf(counsellorName);
    await w.as.coordB.post(`/api/cases/${caseId}/members`, {
      role: "participant",
      userId: w.ids.principal,
      unitId: w.units.school,
    });
    const url = `/api/cases/${caseId}/replace-contact-person`;
    const current = async () => (await w.as.principal.get(`/api/cases/${caseId}`)).json.version;
    const reason = "Skolsköterskan går på föräldraledighet.";
    const none = await w.as.principal.post(url, {
      version: await current(),
      userId: counsellor,
      unitId: w.units.eht,
      reason,
    });
    expect(none.status).toBe(409);
    expect(none.json.code).toBe("nothing_to_replace");
    const appointed = await step(w.as.principal, caseId, {
      type: "appoint_contact_person",
      userId: w.ids.nurse,
      unitId: w.units.eht,
    });
    expect(appointed.status, JSON.stringify(appointed.json)).toBe(200);
    expect((await w.as.nurse.get(`/api/cases/${caseId}`)).status).toBe(200);

    const byCoordinator = await w.as.coordB.post(url, {
      version: await current(),
      userId: counsellor,
      unitId: w.units.eht,
      reason,
    });
    expect(byCoordinator.status).toBe(403);
    expect(byCoordinator.json.code).toBe("replace_contact_person_principal_only");
    const principalHimself = await w.as.principal.post(url, {
      version: await current(),
      userId: w.ids.principal,
      unitId: w.units.school,
      reason,
    });
    expect(principalHimself.status).toBe(422);
    const replaced = await w.as.principal.post(url, {
      version: await current(),
      userId: counsellor,
      unitId: w.units.eht,
      reason,
    });
    expect(replaced.status, JSON.stringify(replaced.json)).toBe(200);
    const roles = replaced.json.case.members.map((m: { role: string; userId: string }) => [
      m.role,
      m.userId,
    ]);
    expect(roles).toContainEqual(["contact_person", counsellor]);
    expect(roles).not.toContainEqual(["contact_person", w.ids.nurse]);
    expect((await w.as.nurse.get(`/api/cases/${caseId}`)).status).toBe(403);
    expect(
      replaced.json.case.timeline.some(
        (e: { summary: string }) => e.summary === `Kontaktperson bytt: ${reason}`,
      ),
    ).toBe(true);
  });
});
