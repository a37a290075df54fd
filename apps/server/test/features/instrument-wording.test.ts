import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";
import {
  type InstrumentWorld,
  instrumentWorld,
  ok,
  send,
  toChild,
  toMentor,
} from "./instrument-world";

let t: TestApp;
let w: InstrumentWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await instrumentWorld(t);
});
afterAll(() => t.close());

// Made-up texts in the file format of docs/instrument-wording.md (never the licensed wording).
const sdqForm = (edition: string) => ({
  title: `Testformulär ${edition}`,
  instructions: "Kryssa i ett alternativ per påstående.",
  options: ["Test A", "Test B", "Test C"],
  items: Array.from({ length: 25 }, (_, i) => `Testpåstående ${i + 1} (${edition})`),
  difficultiesQuestion: "Testfråga om svårigheter",
  difficultiesOptions: ["T0", "T1", "T2", "T3"],
  impactItems: { distress: "Test oro", friendships: "Test kamrater", classroom: "Test skola" },
  impactOptions: ["P0", "P1", "P2", "P3"],
});
const sdqFile = (edition: string) => ({
  format: "kring.instrument-wording/1",
  instrument: "sdq",
  language: "sv",
  source: `Testutgåva ${edition}`,
  forms: { "teacher-4-17": sdqForm(edition) },
});
const upload = (client: InstrumentWorld["admin"], body: unknown) =>
  client.post("/api/admin/instrument-wording", body);

describe("licensed wording", () => {
  it("replaces the placeholders for that instrument, form and language only", async () => {
    const id = await send(w, toMentor(w));
    const url = `/api/cases/${w.caseId}/instruments/requests/${id}`;
    const before = await ok(w.as.mentor.get(url));
    expect(before.form).toMatchObject({ licensed: false, title: "SDQ 4-17, lärare" });
    expect(before.form.items[0].text).toBe("Påstående 1");

    expect(await ok(upload(w.admin, sdqFile("1")))).toEqual({
      instrument: "sdq",
      language: "sv",
      forms: ["teacher-4-17"],
    });
    const after = await ok(w.as.mentor.get(url));
    expect(after.form).toMatchObject({ licensed: true, title: "Testformulär 1" });
    expect(after.form.items[24].text).toBe("Testpåstående 25 (1)");
    expect(after.form.options).toEqual(["Test A", "Test B", "Test C"]);
    expect(after.form.impactItems).toEqual([
      { key: "distress", text: "Test oro" },
      { key: "friendships", text: "Test kamrater" },
      { key: "classroom", text: "Test skola" },
    ]);
    // English and the other instruments keep their placeholders.
    expect((await ok(w.as.mentor.get(`${url}?language=en`))).form.licensed).toBe(false);
    const cors = await send(w, toChild("ors"));
    const child = await ok(w.family.child.get(`/api/family/instruments/${cors}`));
    expect(child.form.items[0]).toEqual({
      key: "me",
      label: "Skala 1 (jag)",
      low: "0 (lägst)",
      high: "10 (högst)",
    });
  });

  it("replaces the whole earlier upload of the same instrument and language", async () => {
    await ok(upload(w.admin, sdqFile("2")));
    const id = await send(w, toMentor(w));
    const detail = await ok(w.as.mentor.get(`/api/cases/${w.caseId}/instruments/requests/${id}`));
    expect(detail.form.items[0].text).toBe("Testpåstående 1 (2)");
    const status = await ok(w.admin.get("/api/admin/instrument-wording"));
    expect(status.loaded).toEqual([
      expect.objectContaining({ instrument: "sdq", language: "sv", source: "Testutgåva 2" }),
    ]);
  });

  it("refuses a malformed file with item-level errors, and anyone but an administrator", async () => {
    const broken = sdqFile("3");
    broken.forms["teacher-4-17"].items = broken.forms["teacher-4-17"].items.slice(1);
    const res = await upload(w.admin, broken);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].path).toBe("body/forms/teacher-4-17/items");
    const unknownForm = await upload(w.admin, {
      ...sdqFile("3"),
      forms: { "self-4-17": sdqForm("3") },
    });
    expect(unknownForm.status).toBe(400);
    const empty = await upload(w.admin, { ...sdqFile("3"), forms: {} });
    expect(empty.status).toBe(400);
    expect((await upload(w.as.coordA, sdqFile("3"))).status).toBe(403);
    expect((await w.as.coordA.get("/api/admin/instrument-wording")).status).toBe(403);
  });

  it("audits each upload without copying the texts into the log", async () => {
    const events = await t.db
      .selectFrom("audit_event")
      .select(["details"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "instrument.wording.load")
      .execute();
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain("Testpåstående");
  });
});
