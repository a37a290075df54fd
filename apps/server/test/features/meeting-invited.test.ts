import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitationMessage } from "../../src/features/cases/meeting-invitation";
import { createTestApp, type TestApp } from "../support/test-app";
import { planWorld } from "./plan-world";
import { download, later, parsed, plannedWithFamily } from "./meeting-world";

// The invited of a meeting that changes (issue 19.5): the family with their own invitation, the
// e-mail it goes in, and the worklist that tells the invited of a move or a cancellation.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

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
    const annaIcs = await download(t, w.family.anna, `${family}/meetings/${meetingId}/invitation`);
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
      (await download(t, w.family.anna, `${family}/meetings/${meetingId}/invitation`)).body,
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
