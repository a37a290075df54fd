import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, stockholmDate } from "@kring/domain/cases";
import { createTestApp, type TestApp } from "../support/test-app";
import {
  type InstrumentWorld,
  SDQ_TICKS,
  instrumentWorld,
  ok,
  send,
  submitAsFamily,
  toGuardianA,
  toMentor,
} from "./instrument-world";

let t: TestApp;
let w: InstrumentWorld;
const today = stockholmDate(new Date());
beforeAll(async () => {
  t = await createTestApp();
  w = await instrumentWorld(t);
});
afterAll(() => t.close());

const schedule = async () =>
  (await ok(w.as.coordA.get(`/api/cases/${w.caseId}/instruments`))).schedule as any[];
const worklist = async (client = w.as.coordA) =>
  ((await ok(client.get("/api/worklist"))).items as any[]).filter((i) =>
    /SDQ|ORS|SRS/.test(i.title),
  );
const baseline = (list: any[], informant: string) =>
  list.find((m) => m.occasion === "baseline" && m.informant === informant);

describe("the measurement schedule", () => {
  it("asks each informant for an SDQ before network meeting 1, due three weeks after the request", async () => {
    const list = await schedule();
    expect(list.map((m) => [m.instrument, m.informant, m.version, m.occasion])).toEqual([
      ["sdq", "parent", "4-17", "baseline"],
      ["sdq", "teacher", "4-17", "baseline"],
      ["sdq", "self", "11-17", "baseline"],
    ]);
    expect(baseline(list, "parent")).toMatchObject({
      dueDate: addDays(today, 21),
      status: "upcoming",
    });
    expect(await worklist()).toEqual([]);
  });

  it("puts overdue measurements in the coordinators' worklist, and says when a form is out", async () => {
    // The need was raised five weeks ago.
    await sql`update cases set state = jsonb_set(state, '{requestedOn}', to_jsonb(${addDays(today, -35)}::text))
      where id = ${w.caseId}`.execute(t.db);
    const items = await worklist();
    expect(items).toContainEqual({
      kind: "instrument",
      caseId: w.caseId,
      childName: "Alva Testsson",
      title: "Skicka SDQ (vårdnadshavare), före nätverksmöte 1",
      titleEn: "Send SDQ (guardian), before network meeting 1",
      dueDate: addDays(today, -14),
      status: "overdue",
    });
    expect((await worklist(w.as.coordB)).length).toBe(3);
    expect(await worklist(w.as.mentor)).toEqual([]);

    await send(w, { ...toGuardianA(w), occasion: "baseline" });
    const titles = (await worklist()).map((i) => i.title);
    expect(titles).toContain("SDQ (vårdnadshavare), före nätverksmöte 1: skickad, väntar på svar");
  });

  it("gives the professional respondent a task to fill in the form", async () => {
    await send(w, { ...toMentor(w), occasion: "baseline", dueDate: addDays(today, 1) });
    expect(await worklist(w.as.mentor)).toEqual([
      expect.objectContaining({
        kind: "form",
        requestId: expect.any(String),
        title: "Fyll i SDQ (lärare), före nätverksmöte 1",
        dueDate: addDays(today, 1),
        status: "due_soon",
      }),
    ]);
  });

  it("moves the baseline to network meeting 1 once planned, and asks for ORS and SRS at it", async () => {
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    await ok(
      w.as.coordB.post(`/api/cases/${w.caseId}/meetings`, {
        kind: "network_meeting_1",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      }),
      201,
    );
    const on = stockholmDate(startsAt);
    const list = await schedule();
    expect(baseline(list, "self")).toMatchObject({ dueDate: on, status: "due_soon" });
    const sessions = list.filter((m) => m.occasion === "meeting");
    expect(sessions.map((m) => [m.instrument, m.version, m.meetingKind, m.dueDate])).toEqual([
      ["ors", "CORS", "network_meeting_1", on],
      ["srs", "CSRS", "network_meeting_1", on],
    ]);
  });

  it("counts an answered SDQ as done and schedules the next one six months later", async () => {
    const open = (await ok(w.family.guardianA.get("/api/family/instruments"))).requests[0];
    await ok(
      submitAsFamily(w.family.guardianA, open.id, { form: "sdq-parent", answers: SDQ_TICKS }),
      201,
    );
    const list = await schedule();
    expect(baseline(list, "parent")).toMatchObject({ status: "done", doneOn: today });
    expect(list.find((m) => m.occasion === "periodic")).toMatchObject({
      informant: "parent",
      dueDate: addMonths(today, 6),
      status: "upcoming",
    });
  });

  it("follows the tenant's own schedule, set by an administrator", async () => {
    const url = "/api/admin/instrument-settings";
    expect((await w.as.coordA.patch(url, { schedule: { sdqEveryMonths: 3 } })).status).toBe(403);
    const bad = await w.admin.patch(url, { schedule: { sdqEveryMonths: 0 } });
    expect(bad.status).toBe(400);
    const saved = await ok(
      w.admin.patch(url, { schedule: { sdqEveryMonths: 3, sessionInstruments: ["ors"] } }),
    );
    expect(saved.schedule).toMatchObject({ sdqEveryMonths: 3, sdqAtClosure: true });
    expect(saved.thresholds).toEqual({
      orsClinicalCutoff: 25,
      orsYouthClinicalCutoff: 28,
      corsClinicalCutoff: 32,
      orsReliableChange: 5,
      srsAlertBelow: 36,
      sdqTotalImprovement: 3,
    });
    const list = await schedule();
    expect(list.find((m) => m.occasion === "periodic")?.dueDate).toBe(addMonths(today, 3));
    expect(list.filter((m) => m.instrument === "srs")).toEqual([]);
  });
});
