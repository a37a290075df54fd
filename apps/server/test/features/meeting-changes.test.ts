import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, stockholmDate } from "@kring/domain/cases";
import { meetingIcs } from "../../src/features/cases/meeting-ics";
import { invitationMessage } from "../../src/features/cases/meeting-invitation";
import type { Client } from "../support/test-app";
import { createTestApp, type TestApp } from "../support/test-app";
import { agreedPlan, planWorld, type PlanWorld } from "./plan-world";

// Meetings that can change (issue 19.5): cancelled with a reason, moved, the family invited with
// their own iTIP invitation, attendance, and decisions that become the owner's worklist items.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const soon = addDays(stockholmDate(new Date()), 7);
const later = addDays(stockholmDate(new Date()), 9);

async function download(client: Client, url: string) {
  const res = await t.app.inject({ method: "GET", url, headers: { cookie: client.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  const vevent = events[0]!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    event: new ICAL.Event(vevent),
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    status: vevent.getFirstPropertyValue("status"),
    organizer: String(vevent.getFirstPropertyValue("organizer")),
    attendees: vevent.getAllProperties("attendee").map((p) => ({
      value: String(p.getFirstValue()),
      cn: p.getParameter("cn"),
    })),
    dtstamp: vevent.getFirstPropertyValue("dtstamp"),
  };
}

/** Every physical line at most 75 octets and whole UTF-8 (no character split across lines). */
function expectFolded(ics: string) {
  for (const line of ics.split("\r\n")) {
    const bytes = Buffer.from(line, "utf8");
    expect(bytes.length).toBeLessThanOrEqual(75);
    expect(line).not.toContain("\uFFFD");
  }
  expect(ics.endsWith("\r\n")).toBe(true);
}

async function plannedWithFamily(
  w: PlanWorld,
  when = { startsAt: `${soon}T09:00:00+01:00`, endsAt: `${soon}T10:00:00+01:00` },
) {
  const members = (await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}`))).members as {
    id: string;
    userId: string | null;
  }[];
  const nurse = members.find((m) => m.userId === w.ids.nurse)!;
  const created = await w.ok(
    w.as.coordA.post(`/api/cases/${w.caseId}/meetings`, {
      kind: "follow_up",
      ...when,
      place: "Skolans konferensrum, våning två, rum 214 – ingång från gården vid fotbollsplanen",
      inviteeMemberIds: [nurse.id],
      inviteFamily: true,
    }),
    201,
  );
  const url = `/api/cases/${w.caseId}/meetings/${created.id}`;
  return { meetingId: created.id as string, url, nurse };
}

describe("meeting invitations (iTIP)", () => {
  it("are REQUEST with ORGANIZER and ATTENDEE, raise SEQUENCE on a move and CANCEL on cancelling", async () => {
    const w = await planWorld(t.db, t.app);
    const { meetingId, url, nurse } = await plannedWithFamily(w);
    const first = await download(w.as.coordA, `${url}/invitations/${nurse.id}`);
    expect(first.headers["content-type"]).toContain("method=REQUEST");
    expectFolded(first.body);
    const a = parsed(first.body);
    expect(a.method).toBe("REQUEST");
    expect(a.sequence).toBe(0);
    expect(a.status).toBe("CONFIRMED");
    expect(a.event.uid).toBe(`${meetingId}@kring`);
    expect(a.organizer).toMatch(/^(mailto:|urn:uuid:)/);
    expect(a.attendees).toEqual([expect.objectContaining({ cn: "nurse" })]);
    expect(a.dtstamp).toBeTruthy();
    expect(a.event.location).toBe(
      "Skolans konferensrum, våning två, rum 214 – ingång från gården vid fotbollsplanen",
    );
    expect(first.body).not.toContain("RSVP=TRUE");
    expect(first.body).not.toContain("Alva");

    let meeting = await w.ok(w.as.coordA.get(url));
    const moved = await w.ok(
      w.as.coordA.post(`${url}/reschedule`, {
        version: meeting.version,
        startsAt: `${later}T13:00:00+01:00`,
        endsAt: `${later}T14:00:00+01:00`,
        place: "Rektors rum",
      }),
    );
    expect(moved).toMatchObject({ status: "planned", sequence: 1, place: "Rektors rum" });
    expect(moved.movedAt).toBeTruthy();
    const b = parsed((await download(w.as.coordA, `${url}/invitations/${nurse.id}`)).body);
    expect(b).toMatchObject({ method: "REQUEST", sequence: 1 });
    expect(b.event.uid).toBe(a.event.uid);
    expect(b.event.startDate.toJSDate().toISOString()).toBe(`${later}T12:00:00.000Z`);

    meeting = await w.ok(w.as.coordA.get(url));
    const cancelled = await w.ok(
      w.as.coordA.post(`${url}/cancel`, {
        version: meeting.version,
        reason: "Skolsköterskan är sjuk; vi bokar en ny tid.",
      }),
    );
    expect(cancelled).toMatchObject({
      status: "cancelled",
      sequence: 2,
      cancelReason: "Skolsköterskan är sjuk; vi bokar en ny tid.",
    });
    const third = await download(w.as.coordA, `${url}/invitations/${nurse.id}`);
    expect(third.headers["content-type"]).toContain("method=CANCEL");
    const c = parsed(third.body);
    expect(c).toMatchObject({ method: "CANCEL", sequence: 2, status: "CANCELLED" });
    expect(c.event.uid).toBe(a.event.uid);
    expect(c.event.description).toContain("Skolsköterskan är sjuk; vi bokar en ny tid.");

    // A cancelled meeting is neither moved, nor cancelled again, nor edited.
    const again = await w.as.coordA.post(`${url}/reschedule`, {
      version: cancelled.version,
      startsAt: `${later}T13:00:00+01:00`,
      endsAt: `${later}T14:00:00+01:00`,
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("meeting_not_planned");
    const edit = await w.as.coordA.patch(url, { version: cancelled.version, minutes: "x" });
    expect(edit.status).toBe(409);
  });

  it("folds at 75 octets without splitting å, ä or ö, at every position of the boundary", () => {
    for (let pad = 0; pad < 8; pad++) {
      const location = `${"x".repeat(pad)}${"åäö".repeat(40)} Skolgatan`;
      const ics = meetingIcs({
        method: "REQUEST",
        uid: "m-1@kring",
        sequence: 3,
        stamp: new Date("2026-12-07T10:00:00Z"),
        start: new Date("2026-12-14T08:00:00Z"),
        end: new Date("2026-12-14T09:00:00Z"),
        summary: "Kring: Uppföljningsmöte, ärende, åäö; komma",
        description: "Rad ett\nRad två; med, tecken",
        location,
        url: null,
        organizer: { name: "Örjan Åström", email: "orjan@example.se" },
        attendee: { name: "Ärla Öberg", email: null, id: "8f2b8c6e-6a51-4a53-9d59-1d1bf1a3c111" },
      });
      expectFolded(ics);
      expect(ics.split("\r\n").some((l) => l.startsWith(" "))).toBe(true);
      const p = parsed(ics);
      expect(p.event.location).toBe(location);
      expect(p.event.summary).toBe("Kring: Uppföljningsmöte, ärende, åäö; komma");
      expect(p.event.description).toBe("Rad ett\nRad två; med, tecken");
      expect(p.sequence).toBe(3);
      expect(p.organizer).toBe("mailto:orjan@example.se");
      expect(p.attendees[0]).toEqual({
        value: "urn:uuid:8f2b8c6e-6a51-4a53-9d59-1d1bf1a3c111",
        cn: "Ärla Öberg",
      });
    }
  });

  it("may be changed only by those who plan the meeting, and not in a closed case", async () => {
    const w = await planWorld(t.db, t.app);
    const { url } = await plannedWithFamily(w);
    const meeting = await w.ok(w.as.coordA.get(url));
    const byMentor = await w.as.mentor.post(`${url}/cancel`, {
      version: meeting.version,
      reason: "Jag vill inte",
    });
    expect(byMentor.status).toBe(403);
    const noReason = await w.as.coordA.post(`${url}/cancel`, {
      version: meeting.version,
      reason: "  ",
    });
    expect(noReason.status).toBe(400);
    const backwards = await w.as.coordA.post(`${url}/reschedule`, {
      version: meeting.version,
      startsAt: `${later}T13:00:00+01:00`,
      endsAt: `${later}T12:00:00+01:00`,
    });
    expect(backwards.status).toBe(400);
    const stale = await w.as.coordA.post(`${url}/cancel`, {
      version: meeting.version + 1,
      reason: "Gammal version",
    });
    expect(stale.status).toBe(409);
    await t.db.updateTable("cases").set({ stage: "closed" }).where("id", "=", w.caseId).execute();
    const closed = await w.as.coordA.post(`${url}/cancel`, {
      version: meeting.version,
      reason: "För sent",
    });
    expect(closed.status).toBe(409);
    expect(closed.json.code).toBe("case_read_only");
    expect((await w.ok(w.as.coordA.get(url))).mayChange).toBe(false);
  });
});

describe("the family invited", () => {
  it("see their meeting and their own invitation, moved and cancelled, and the child from the tenant's age", async () => {
    const w = await planWorld(t.db, t.app);
    const tenantId = (
      await t.db
        .selectFrom("cases")
        .select("tenant_id")
        .where("id", "=", w.caseId)
        .executeTakeFirstOrThrow()
    ).tenant_id;
    // Alva is 12: not invited at the default age (15); invited where the municipality says 12.
    const { meetingId, url } = await plannedWithFamily(w);
    let meeting = await w.ok(w.as.coordA.get(url));
    expect(meeting.family.map((f: { kind: string; name: string }) => [f.kind, f.name])).toEqual([
      ["guardian", "Anna Testsson"],
      ["guardian", "Erik Testsson"],
    ]);
    const family = `/api/family/children/${w.childId}`;
    expect((await w.ok(w.family.alva.get(family))).meetings).toEqual([]);
    await t.db
      .insertInto("consent_rules")
      .values({ tenant_id: tenantId, child_alone_from_age: 12 })
      .execute();
    meeting = await w.ok(w.as.coordA.post(`${url}/family-invitees`), 200);
    expect(meeting.family.map((f: { kind: string }) => f.kind)).toEqual([
      "guardian",
      "guardian",
      "child",
    ]);

    const annaView = await w.ok(w.family.anna.get(family));
    expect(annaView.meetings).toEqual([
      expect.objectContaining({
        id: meetingId,
        kind: "follow_up",
        status: "planned",
        moved: false,
      }),
    ]);
    const annaIcs = await download(w.family.anna, `${family}/meetings/${meetingId}/invitation`);
    const own = parsed(annaIcs.body);
    expect(own).toMatchObject({ method: "REQUEST", sequence: 0 });
    expect(own.attendees).toEqual([expect.objectContaining({ cn: "Anna Testsson" })]);
    expect(annaIcs.body).not.toContain("Alva");
    expect((await w.ok(w.family.alva.get(family))).meetings).toHaveLength(1);

    meeting = await w.ok(
      w.as.coordA.post(`${url}/reschedule`, {
        version: meeting.version,
        startsAt: `${later}T13:00:00+01:00`,
        endsAt: `${later}T14:00:00+01:00`,
      }),
    );
    expect((await w.ok(w.family.erik.get(family))).meetings[0]).toMatchObject({
      moved: true,
      startsAt: `${later}T12:00:00.000Z`,
    });
    await w.ok(
      w.as.coordA.post(`${url}/cancel`, { version: meeting.version, reason: "Vi byter dag." }),
    );
    expect((await w.ok(w.family.anna.get(family))).meetings[0]).toMatchObject({
      status: "cancelled",
      cancelReason: "Vi byter dag.",
    });
    const cancelled = parsed(
      (await download(w.family.anna, `${family}/meetings/${meetingId}/invitation`)).body,
    );
    expect(cancelled).toMatchObject({ method: "CANCEL", sequence: 2, status: "CANCELLED" });

    // One's own invitation only: a guardian of another child is not found.
    const stranger = await w.family.anna.get(
      `/api/family/children/${crypto.randomUUID()}/meetings/${meetingId}/invitation`,
    );
    expect(stranger.status).toBe(404);
  });

  it("gives e-mail the same invitation without a protected child's place", async () => {
    const w = await planWorld(t.db, t.app);
    const { meetingId } = await plannedWithFamily(w);
    await t.db
      .updateTable("child")
      .set({ protected_identity: true })
      .where("id", "=", w.childId)
      .execute();
    const invitee = await t.db
      .selectFrom("meeting_family_invitee")
      .select(["id", "tenant_id"])
      .where("meeting_id", "=", meetingId)
      .executeTakeFirstOrThrow();
    const message = await invitationMessage(
      t.db,
      invitee.tenant_id,
      meetingId,
      { kind: "family", familyInviteeId: invitee.id },
      { kind: "email" },
    );
    expect(message.method).toBe("REQUEST");
    const p = parsed(message.ics);
    expect(p.event.location).toBeNull();
    expect(p.event.description).toContain("Platsen finns i Kring.");
  });
});

describe("changes in the worklist", () => {
  it("tells the invited of a move and a cancellation, and drops the meeting", async () => {
    const w = await planWorld(t.db, t.app);
    const { url } = await plannedWithFamily(w);
    const items = async () => (await w.ok(w.as.nurse.get("/api/worklist"))).items as any[];
    expect((await items()).filter((i) => i.kind === "meeting")).toHaveLength(1);
    let meeting = await w.ok(w.as.coordA.get(url));
    meeting = await w.ok(
      w.as.coordA.post(`${url}/reschedule`, {
        version: meeting.version,
        startsAt: `${later}T13:00:00+01:00`,
        endsAt: `${later}T14:00:00+01:00`,
      }),
    );
    const movedNotice = (await items()).filter((i) => i.kind === "meeting_notice");
    expect(movedNotice).toEqual([
      expect.objectContaining({
        meetingId: meeting.id,
        title: expect.stringMatching(/^Uppföljningsmöte är flyttat från .* till .*/),
      }),
    ]);
    // Opening the meeting is seeing the notice.
    await w.ok(w.as.nurse.get(url));
    expect((await items()).filter((i) => i.kind === "meeting_notice")).toEqual([]);
    await w.ok(w.as.coordA.post(`${url}/cancel`, { version: meeting.version, reason: "Sjuk." }));
    const after = await items();
    expect(after.filter((i) => i.kind === "meeting")).toEqual([]);
    const cancelledNotice = after.find((i) => i.kind === "meeting_notice");
    expect(cancelledNotice.title).toMatch(/Uppföljningsmöte .* är inställt/);
    expect(
      (await w.as.coordB.post(`/api/meeting-notices/${cancelledNotice.taskId}/seen`)).status,
    ).toBe(404);
    expect(
      (await w.as.nurse.post(`/api/meeting-notices/${cancelledNotice.taskId}/seen`)).status,
    ).toBe(204);
    expect((await items()).filter((i) => i.kind === "meeting_notice")).toEqual([]);
    // The one who cancelled is not told what they did.
    const coordItems = (await w.ok(w.as.coordA.get("/api/worklist"))).items as any[];
    expect(coordItems.filter((i) => i.kind === "meeting_notice")).toEqual([]);
  });
});

describe("held meetings", () => {
  it("record who came, and decisions with an owner and a date become the owner's tasks", async () => {
    const w = await planWorld(t.db, t.app);
    // A follow-up is held once the plan is agreed.
    await agreedPlan(w);
    // Held today: a meeting is recorded as held on or after its day.
    const { url, nurse } = await plannedWithFamily(w, {
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    let meeting = await w.ok(w.as.coordA.get(url));
    const early = await w.as.coordA.post(`${url}/attendance`, {
      members: [{ memberId: nurse.id, attended: true }],
    });
    expect(early.status).toBe(409);
    const half = await w.as.coordA.patch(url, {
      version: meeting.version,
      decisions: [{ text: "Ring BUP", ownerMemberId: nurse.id, dueDate: null }],
    });
    expect(half.status).toBe(400);
    expect(half.json.code).toBe("decision_owner_and_date");
    meeting = await w.ok(
      w.as.coordA.patch(url, {
        version: meeting.version,
        decisions: [
          "Vi ses igen om en månad.",
          { text: "Boka tid hos BUP för bedömning", ownerMemberId: nurse.id, dueDate: later },
        ],
        status: "held",
      }),
    );
    expect(meeting.decisions).toEqual([
      "Vi ses igen om en månad.",
      "Boka tid hos BUP för bedömning",
    ]);
    expect(meeting.decisionItems[1]).toMatchObject({
      ownerName: "nurse",
      dueDate: later,
      task: { doneAt: null },
    });
    expect(meeting.decisionItems[0].task).toBeNull();

    const anna = meeting.family.find((f: { name: string }) => f.name === "Anna Testsson");
    meeting = await w.ok(
      w.as.coordA.post(`${url}/attendance`, {
        members: [{ memberId: nurse.id, attended: true }],
        family: [{ id: anna.id, attended: true }],
      }),
    );
    expect(meeting.invitees[0].attended).toBe(true);
    expect(meeting.family.map((f: { attended: boolean | null }) => f.attended)).toEqual([
      true,
      null,
    ]);
    const stranger = await w.as.coordA.post(`${url}/attendance`, {
      members: [{ memberId: crypto.randomUUID(), attended: true }],
    });
    expect(stranger.status).toBe(400);

    const task = ((await w.ok(w.as.nurse.get("/api/worklist"))).items as any[]).find(
      (i) => i.kind === "meeting_decision",
    );
    expect(task).toMatchObject({
      caseId: w.caseId,
      meetingId: meeting.id,
      title: "Beslut från uppföljningsmöte: Boka tid hos BUP för bedömning",
      dueDate: later,
      // Nine days ahead: upcoming (due soon from a week before).
      status: "upcoming",
    });
    expect(
      ((await w.ok(w.as.mentor.get("/api/worklist"))).items as any[]).filter(
        (i) => i.kind === "meeting_decision",
      ),
    ).toEqual([]);
    const byMentor = await w.as.mentor.post(
      `/api/cases/${w.caseId}/decision-tasks/${task.taskId}/done`,
      { note: null },
    );
    expect(byMentor.status).toBe(403);
    expect(
      (
        await w.as.nurse.post(`/api/cases/${w.caseId}/decision-tasks/${task.taskId}/done`, {
          note: "Tid bokad 12 januari.",
        })
      ).status,
    ).toBe(204);
    expect(
      ((await w.ok(w.as.nurse.get("/api/worklist"))).items as any[]).filter(
        (i) => i.kind === "meeting_decision",
      ),
    ).toEqual([]);
    expect((await w.ok(w.as.coordA.get(url))).decisionItems[1].task).toMatchObject({
      doneBy: "nurse",
      note: "Tid bokad 12 januari.",
    });
  });
});
