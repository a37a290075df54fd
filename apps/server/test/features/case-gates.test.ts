import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld, raiseRequest, step } from "../support/case-fixture";
import { type Client, createTestApp, type TestApp } from "../support/test-app";
import { completeContent } from "./plan-world";

// Issue 17.6: a refused step names what is missing and who does it (by part and by name), and
// the person who must act has it in "Mina uppgifter" before anyone is refused.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function ok(res: Promise<{ status: number; json: any }>, status = 200) {
  const r = await res;
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
}

const duties = async (as: Client) =>
  ((await ok(as.get("/api/worklist"))).items as any[]).filter((i) => i.kind === "case_duty");

/** Holds a meeting of the kind (planning it first unless it is already planned). */
async function hold(w: CaseWorld, caseId: string, kind: string, planned?: string) {
  const id =
    planned ??
    (
      await ok(
        w.as.coordB.post(`/api/cases/${caseId}/meetings`, {
          kind,
          startsAt: new Date().toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
        201,
      )
    ).id;
  const meeting = await ok(w.as.coordB.get(`/api/cases/${caseId}/meetings/${id}`));
  const res = await w.as.coordB.patch(`/api/cases/${caseId}/meetings/${id}`, {
    version: meeting.version,
    status: "held",
    decisions: ["Vi fortsätter."],
  });
  return { ...res, id };
}

describe("gates that name what is missing, and the duties behind them", () => {
  it("walks a case to the plan: the spokesperson and contact person land on who appoints them, and refusals name them", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, [
      w.units.school,
      w.units.eht,
      w.units.central,
      w.units.ifo,
      w.units.bup,
    ]);
    await ok(step(w.as.mentor, caseId, { type: "submit" }));
    await ok(step(w.as.coordA, caseId, { type: "accept" }));
    await ok(
      step(w.as.coordA, caseId, {
        type: "appoint_coordinators",
        leadUserId: w.ids.coordA,
        documentingUserId: w.ids.coordB,
      }),
    );
    // Too early: the refusal names the missing step, the part that does it, and the people.
    const early = await step(w.as.coordA, caseId, { type: "start_evaluation" });
    expect(early.status).toBe(422);
    expect(early.json.code).toBe("event_not_allowed");
    expect(early.json.message.sv).toContain(
      "Först behöver kontakten med familjen registreras – det gör ärendets koordinatorer. Ansvariga: coordA, coordB.",
    );
    expect(early.json.details.missing).toEqual({
      step: "record_first_contact",
      by: "coordinators",
      names: ["coordA", "coordB"],
    });

    await ok(step(w.as.coordA, caseId, { type: "record_first_contact" }));
    // From the first contact the coordinators are asked for the spokesperson.
    expect((await duties(w.as.coordA)).map((d) => d.title)).toEqual([
      "Utse språkrör för Alva Testsson",
    ]);
    expect((await duties(w.as.coordB))[0]).toMatchObject({
      caseId,
      titleEn: "Appoint a spokesperson for Alva Testsson",
    });
    expect(await duties(w.as.mentor)).toEqual([]);
    await ok(hold(w, caseId, "pre_meeting"));
    const noSpokesperson = await hold(w, caseId, "network_meeting_1");
    expect(noSpokesperson.status).toBe(422);
    expect(noSpokesperson.json.code).toBe("spokesperson_required");
    expect(noSpokesperson.json.message.sv).toContain("det gör ärendets koordinatorer");
    await ok(
      step(w.as.coordA, caseId, {
        type: "appoint_spokesperson",
        name: "Moster Lisa",
        relation: "moster",
      }),
    );
    expect(await duties(w.as.coordA)).toEqual([]);
    // The network meeting 1 planned before the spokesperson was there is held now.
    await ok(hold(w, caseId, "network_meeting_1", noSpokesperson.id));

    // Network meeting 1 held, no principal in the network yet: the coordinators may appoint.
    expect((await duties(w.as.coordA)).map((d) => d.title)).toEqual([
      "Utse kontaktperson för Alva Testsson",
    ]);
    await ok(
      w.as.coordA.post(`/api/cases/${caseId}/members`, {
        role: "participant",
        userId: w.ids.principal,
        unitId: w.units.school,
      }),
      204,
    );
    // A step that is someone else's says whose it is.
    const notMine = await step(w.as.principal, caseId, { type: "start_evaluation" });
    expect(notMine.status).toBe(403);
    expect(notMine.json.message.sv).toBe(
      '"Påbörja utvärdering" görs av kontaktpersonen eller ärendets koordinatorer; du kan inte göra det steget i det här ärendet.',
    );
    expect(notMine.json.message.en).toContain(
      "is done by the contact person or the case's coordinators",
    );
    // With the principal in the network, the duty is the principal's.
    expect(await duties(w.as.coordA)).toEqual([]);
    const principalDuty = await duties(w.as.principal);
    expect(principalDuty).toEqual([
      expect.objectContaining({
        caseId,
        title: "Utse kontaktperson för Alva Testsson",
        titleEn: "Appoint a contact person for Alva Testsson",
        status: null,
      }),
    ]);

    // The plan waits for the contact person: the refusal names the principal.
    await ok(hold(w, caseId, "network_meeting_2"));
    expect((await duties(w.as.principal))[0].status).toBe("due_soon");
    const started = await ok(w.as.coordA.post(`/api/cases/${caseId}/plan/draft`), 201);
    const saved = await ok(
      w.as.coordA.patch(`/api/cases/${caseId}/plan/draft`, {
        revision: started.revision,
        content: completeContent(w),
      }),
    );
    const refused = await w.as.coordA.post(`/api/cases/${caseId}/plan/draft/agreements`, {
      revision: saved.revision,
      parties: w.guardians.map((guardianId) => ({ kind: "guardian", guardianId })),
    });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe("contact_person_required");
    expect(refused.json.message.sv).toContain("det gör rektorn i nätverket");
    expect(refused.json.message.sv).toContain("Ansvariga: principal.");
    expect(refused.json.details.missing).toMatchObject({ by: "principal", names: ["principal"] });

    await ok(
      step(w.as.principal, caseId, {
        type: "appoint_contact_person",
        userId: w.ids.nurse,
        unitId: w.units.eht,
      }),
    );
    expect(await duties(w.as.principal)).toEqual([]);
  });
});
