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
