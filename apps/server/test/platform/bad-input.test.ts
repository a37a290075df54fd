import ICAL from "ical.js";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, stockholmDate } from "@kring/domain/cases";
import { inputFaultOf, loggableError } from "../../src/platform/db/database-errors";
import { caseWorld, raiseRequest, step, type CaseWorld } from "../support/case-fixture";
import { createTestApp, loginAs, type Client, type TestApp } from "../support/test-app";

// The malformed requests an adversary found answered with 500 (issue 16), each now refused with
// a clear 400/409 problem, or (video links) accepted and written into a working .ics.

let t: TestApp;
let w: CaseWorld;
let caseId: string;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  w = await caseWorld(t.db, t.app);
  caseId = await raiseRequest(w, [w.units.school, w.units.central, w.units.eht]);
  await step(w.as.mentor, caseId, { type: "submit" });
  await step(w.as.coordA, caseId, { type: "accept" });
  await step(w.as.coordA, caseId, {
    type: "appoint_coordinators",
    leadUserId: w.ids.coordA,
    documentingUserId: w.ids.coordB,
  });
  admin = await loginAs(t.app, await w.tenant.addUser("admin", [["admin", "administrator"]]));
});
afterAll(() => t.close());

const expectProblem = (res: { status: number; json: any }, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.json.code).toBe(code);
  expect(res.json.message.sv).toBeTruthy();
  expect(res.json.message.en).toBeTruthy();
};

describe("text", () => {
  it("refuses a NUL byte, also in the username of an unauthenticated login", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin\u0000", password: "whatever" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toContain("username");
    expectProblem(
      await w.as.mentor.post("/api/cases", {
        childId: w.childId,
        raisedByUnitId: w.units.school,
        concern: "Ledsen\u0000",
        acute: false,
      }),
      400,
      "invalid_input",
    );
  });

  it("refuses a lone surrogate", async () => {
    const res = await w.as.coordA.post(`/api/cases/${caseId}/emergency-access`, {
      category: "risk_to_life_or_health",
      reason: "akut läge, barnet behöver hjälp nu \ud800",
    });
    expectProblem(res, 400, "invalid_input");
    expect(res.json.errors[0].path).toContain("reason");
  });
});

describe("numbers and dates", () => {
  it("refuses a version beyond what the database holds", async () => {
    const res = await w.as.coordA.post(`/api/cases/${caseId}/events`, {
      version: 2147483648,
      event: { type: "record_first_contact" },
    });
    expectProblem(res, 400, "invalid_input");
  });

  it("refuses dates in year 0000 and after 2100", async () => {
    expectProblem(
      await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
        kind: "pre_meeting",
        startsAt: "0000-01-01T09:00:00Z",
        endsAt: "0000-01-01T10:00:00Z",
      }),
      400,
      "invalid_input",
    );
    expectProblem(
      await w.as.coordA.post(`/api/cases/${caseId}/events`, {
        version: 1,
        event: { type: "record_first_contact", on: "2101-01-01" },
      }),
      400,
      "invalid_input",
    );
  });
});

describe("PATCH with nothing to change", () => {
  it("is a 400 for units and users, and changes nothing", async () => {
    expectProblem(
      await admin.patch(`/api/admin/units/${w.units.school}`, {}),
      400,
      "invalid_input",
    );
    expectProblem(await admin.patch(`/api/admin/users/${w.ids.mentor}`, {}), 400, "invalid_input");
    const renamed = await admin.patch(`/api/admin/users/${w.ids.mentor}`, { displayName: "Mia" });
    expect(renamed.status).toBe(200);
  });
});

describe("references", () => {
  it("refuses a consent whose document is no attachment of the child, before writing", async () => {
    const before = await t.db
      .selectFrom("consent")
      .select(sql<number>`count(*)`.as("n"))
      .execute();
    const res = await w.as.coordA.post(`/api/cases/${caseId}/consents`, {
      givenBy: [{ kind: "guardian", guardianId: w.guardians[0] }],
      unitIds: [w.units.school],
      purpose: "Samordnat stöd",
      method: "written",
      documentId: "00000000-0000-4000-8000-000000000000",
    });
    expectProblem(res, 400, "unknown_reference");
    const after = await t.db
      .selectFrom("consent")
      .select(sql<number>`count(*)`.as("n"))
      .execute();
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });
});

describe("a network map entry", () => {
  it("refuses a unit that does not exist, before writing", async () => {
    const res = await w.as.coordA.post(`/api/cases/${caseId}/network-map`, {
      network: "professional",
      sector: "school",
      name: "Skolan",
      closeness: 2,
      unitId: "00000000-0000-4000-8000-000000000000",
    });
    expectProblem(res, 400, "unknown_reference");
  });
});

describe("video links", () => {
  // Meetings are planned from the request day (today) on.
  const soon = addDays(stockholmDate(new Date()), 7);
  const links = [
    ["https://Video.Kommun.SE/room", "https://video.kommun.se/room"],
    ["HTTPS://video.kommun.se/Room", "https://video.kommun.se/Room"],
    ["https://[2001:db8::1]/room", "https://[2001:db8::1]/room"],
    ["https://video_1.kommun.se/room", "https://video_1.kommun.se/room"],
  ] as const;

  it.each(links)("saves %s in normal form and writes it into the .ics", async (link, saved) => {
    const members = (await w.as.coordA.get(`/api/cases/${caseId}`)).json.members;
    const created = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "pre_meeting",
      startsAt: `${soon}T09:00:00+01:00`,
      endsAt: `${soon}T10:00:00+01:00`,
      videoLink: link,
      inviteeMemberIds: [members[1].id],
    });
    expect(created.status).toBe(201);
    const meeting = await w.as.coordA.get(`/api/cases/${caseId}/meetings/${created.json.id}`);
    expect(meeting.json.videoLink).toBe(saved);
    const ics = await w.as.coordA.get(
      `/api/cases/${caseId}/meetings/${created.json.id}/invitations/${members[1].id}`,
    );
    expect(ics.status).toBe(200);
    expect(String(ics.json).replace(/\r\n[ \t]/g, "")).toContain(saved);
    // A calendar program (ical.js) reads the file and finds the link in the event.
    const vevent = new ICAL.Component(ICAL.parse(String(ics.json))).getFirstSubcomponent("vevent");
    expect(new ICAL.Event(vevent!).description).toContain(saved);
  });

  it.each(["sip:room@kommun.se", "mailto:a@kommun.se"])("refuses %s", async (link) => {
    const res = await w.as.coordA.post(`/api/cases/${caseId}/meetings`, {
      kind: "pre_meeting",
      startsAt: `${soon}T09:00:00+01:00`,
      endsAt: `${soon}T10:00:00+01:00`,
      videoLink: link,
    });
    expectProblem(res, 400, "invalid_input");
  });
});

describe("database errors, the last line of defence", () => {
  it("are recognised as input faults and logged without the values they refused", async () => {
    const secret = "Rut Hemligsson 201203152384";
    const caught = await sql`select ${`${secret}\u0000`}::text, ${secret}::date`
      .execute(t.db)
      .catch((e: unknown) => e);
    expect(inputFaultOf(caught)).toBeDefined();
    const logged = JSON.stringify(loggableError(caught));
    expect(logged).not.toContain("Hemligsson");
    expect(logged).not.toContain("201203152384");
    expect(logged).toMatch(/"code":"22/);
  });
});
