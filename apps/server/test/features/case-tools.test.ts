import ICAL from "ical.js";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, stockholmDate } from "@kring/domain/cases";
import { caseWorld, raiseRequest, step } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function appointed() {
  const w = await caseWorld(t.db, t.app);
  const caseId = await raiseRequest(w, [w.units.school, w.units.central, w.units.eht]);
  await step(w.as.mentor, caseId, { type: "submit" });
  await step(w.as.coordA, caseId, { type: "accept" });
  await step(w.as.coordA, caseId, {
    type: "appoint_coordinators",
    leadUserId: w.ids.coordA,
    documentingUserId: w.ids.coordB,
  });
  return { w, caseId };
}

// Meetings are planned from the request day on: a week after today (the test's request day).
const soon = addDays(stockholmDate(new Date()), 7);

describe("meetings", () => {
  it("gives each participant a calendar invitation that names no child", async () => {
    const { w, caseId } = await appointed();
    const members = (await w.as.coordA.get(`/api/cases/${caseId}`)).json.members;
    const created = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "pre_meeting",
      startsAt: `${soon}T09:00:00+01:00`,
      endsAt: `${soon}T10:30:00+01:00`,
      place: "Centrala elevhälsan",
      inviteeMemberIds: [members[1].id],
    });
    const res = await t.app.inject({
      method: "GET",
      url: `/api/cases/${caseId}/meetings/${created.json.id}/invitations/${members[1].id}`,
      headers: { cookie: w.as.coordA.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/calendar");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).toContain("BEGIN:VEVENT");
    expect(res.body).toContain(`DTSTART:${soon.replaceAll("-", "")}T080000Z`);
    expect(res.body).toContain("Förmöte");
    expect(res.body).not.toContain("Alva");
    // Read as a calendar program reads it (ical.js, as in Thunderbird): one event, at that
    // instant, at that place.
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const events = calendar.getAllSubcomponents("vevent");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.startDate.toJSDate().toISOString()).toBe(`${soon}T08:00:00.000Z`);
    expect(event.endDate.toJSDate().toISOString()).toBe(`${soon}T09:30:00.000Z`);
    expect(event.location).toBe("Centrala elevhälsan");
    expect(event.summary).toContain("Förmöte");
    expect(event.uid).toBeTruthy();
  });

  it("refuses a stale meeting edit with 409 and the current minutes", async () => {
    const { w, caseId } = await appointed();
    const created = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "pre_meeting",
      startsAt: `${soon}T09:00:00+01:00`,
      endsAt: `${soon}T10:00:00+01:00`,
    });
    const url = `/api/cases/${caseId}/meetings/${created.json.id}`;
    expect((await w.as.coordA.patch(url, { version: 1, minutes: "A skrev" })).status).toBe(200);
    const stale = await w.as.coordB.patch(url, { version: 1, minutes: "B skrev" });
    expect(stale.status).toBe(409);
    expect(stale.json.details.current.minutes).toBe("A skrev");
  });

  it("refuses, when it is planned, a meeting before the request", async () => {
    const { w, caseId } = await appointed();
    const dayBefore = addDays(stockholmDate(new Date()), -1);
    const res = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "pre_meeting",
      startsAt: `${dayBefore}T09:00:00+01:00`,
      endsAt: `${dayBefore}T10:00:00+01:00`,
    });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe("meeting_before_request");
    expect(res.json.message.sv).toContain(stockholmDate(new Date()));
    const detail = await w.as.coordA.get(`/api/cases/${caseId}`);
    expect(detail.json.meetings).toEqual([]);
  });

  it("refuses a meeting that ends before it starts", async () => {
    const { w, caseId } = await appointed();
    const res = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "pre_meeting",
      startsAt: `${soon}T10:00:00+01:00`,
      endsAt: `${soon}T09:00:00+01:00`,
    });
    expect(res.status).toBe(400);
  });
});

describe("network map and attachments", () => {
  it("draws the private and professional network around the child", async () => {
    const { w, caseId } = await appointed();
    await w.as.coordA.post(`/api/cases/${caseId}/network-map`, {
      network: "private",
      sector: "family",
      name: "Mormor",
      relation: "mormor",
      closeness: 1,
    });
    await w.as.coordA.post(`/api/cases/${caseId}/network-map`, {
      network: "professional",
      sector: "school",
      name: "Mentor",
      relation: "mentor",
      closeness: 2,
    });
    const map = (await w.as.coordB.get(`/api/cases/${caseId}/network-map`)).json;
    expect(map.childName).toBe("Alva");
    expect(map.entries.map((e: { name: string }) => e.name)).toEqual(["Mormor", "Mentor"]);
    expect(
      (
        await w.as.coordA.post(`/api/cases/${caseId}/network-map`, {
          network: "private",
          sector: "family",
          name: "X",
          closeness: 7,
        })
      ).status,
    ).toBe(400);
  });

  it("keeps a scanned consent form and refuses files that are not what they claim", async () => {
    const { w, caseId } = await appointed();
    const pdf = Buffer.from("%PDF-1.4\n% signed consent\n").toString("base64");
    const up = await w.as.coordA.post(`/api/cases/${caseId}/attachments`, {
      filename: "samtycke.pdf",
      contentType: "application/pdf",
      data: pdf,
    });
    expect(up.status).toBe(201);
    const down = await t.app.inject({
      method: "GET",
      url: `/api/cases/${caseId}/attachments/${up.json.id}`,
      headers: { cookie: w.as.coordA.cookie },
    });
    expect(down.headers["content-type"]).toContain("application/pdf");
    expect(down.headers["cache-control"]).toBe("no-store");
    expect(down.rawPayload.toString("base64")).toBe(pdf);
    const fake = await w.as.coordA.post(`/api/cases/${caseId}/attachments`, {
      filename: "x.pdf",
      contentType: "application/pdf",
      data: Buffer.from("hello").toString("base64"),
    });
    expect(fake.status).toBe(400);
  });
});

describe("worklist", () => {
  it("shows the lead coordinator an overdue first contact", async () => {
    const { w, caseId } = await appointed();
    // The request was raised ten days ago and nobody has contacted the family.
    await sql`update cases set state = jsonb_set(state, '{requestedOn}', to_jsonb(to_char(now() - interval '10 days', 'YYYY-MM-DD'))) where id = ${caseId}`.execute(
      t.db,
    );
    const items = (await w.as.coordA.get("/api/worklist")).json.items;
    expect(items[0]).toMatchObject({
      kind: "deadline",
      caseId,
      status: "overdue",
      title: expect.stringContaining("kontakt"),
      titleEn: expect.stringContaining("contact"),
    });
    expect((await w.as.mentor.get("/api/worklist")).json.items).toEqual([]);
  });

  it("keeps an unsent request's contact deadline: the raiser's task, the intake's once passed", async () => {
    const w = await caseWorld(t.db, t.app);
    const caseId = await raiseRequest(w, null);
    const mentorItems = async () => (await w.as.mentor.get("/api/worklist")).json.items;
    const intakeItems = async () => (await w.as.coordA.get("/api/worklist")).json.items;
    expect(await mentorItems()).toEqual([]);
    expect(await intakeItems()).toEqual([]);
    // Never sent for assessment, and the first contact (7 days) is two days late.
    await sql`update cases set state = jsonb_set(state, '{requestedOn}', to_jsonb(to_char(now() - interval '9 days', 'YYYY-MM-DD'))) where id = ${caseId}`.execute(
      t.db,
    );
    expect(await mentorItems()).toEqual([
      expect.objectContaining({
        kind: "raised_request",
        caseId,
        childName: expect.stringContaining("Alva"),
        title: expect.stringContaining("Skicka förfrågan till bedömning"),
        status: "overdue",
      }),
    ]);
    // The intake roles cannot read the request (no consent): the raiser and unit, no child.
    const [item] = await intakeItems();
    expect(item).toMatchObject({
      kind: "unsent_request",
      caseId: null,
      childName: null,
      title: expect.stringContaining("har inte skickats till bedömning"),
      status: "overdue",
    });
    expect(JSON.stringify(item)).not.toContain("Alva");
    await step(w.as.mentor, caseId, { type: "submit" });
    expect((await intakeItems()).map((i: { kind: string }) => i.kind)).not.toContain(
      "unsent_request",
    );
  });
});
