import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingIcs } from "../../src/features/cases/meeting-ics";
import { createTestApp, type TestApp } from "../support/test-app";
import { agreedPlan, planWorld } from "./plan-world";
import { download, expectFolded, later, parsed, plannedWithFamily } from "./meeting-world";

// Meetings that can change (issue 19.5): cancelled with a reason, moved, iTIP-correct invitations,
// attendance, and decisions that become the owner's worklist items (the invited: meeting-invited).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("meeting invitations (iTIP)", () => {
  it("are REQUEST with ORGANIZER and ATTENDEE, raise SEQUENCE on a move and CANCEL on cancelling", async () => {
    const w = await planWorld(t.db, t.app);
    const { meetingId, url, nurse } = await plannedWithFamily(w);
    const first = await download(t, w.as.coordA, `${url}/invitations/${nurse.id}`);
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
    const b = parsed((await download(t, w.as.coordA, `${url}/invitations/${nurse.id}`)).body);
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
    const third = await download(t, w.as.coordA, `${url}/invitations/${nurse.id}`);
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
