import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseWorld } from "../support/case-fixture";
import { createTestApp, loginAs, type TestApp } from "../support/test-app";
import { addDays, stockholmDate } from "@kring/domain/cases";

// Issue #22, item 3: a leisure activity of the offer with participants enrolled on a guardian's
// consent, sessions with attendance, and the participation on the child's outcomes for those who
// may see the child; the others count participants without names.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function leisureWorld() {
  const w = await caseWorld(t.db, t.app);
  await w.tenant.addUnit("fritid", "leisure");
  await w.tenant.addUnit("school2", "school");
  const as = {
    ...w.as,
    leader: await loginAs(t.app, await w.tenant.addUser("leader", [["fritid", "leisure_leader"]])),
    otherMentor: await loginAs(
      t.app,
      await w.tenant.addUser("mentor2", [["school2", "teacher_mentor"]]),
    ),
  };
  const created = await as.leader.post("/api/offer", {
    unitId: w.tenant.unitId("fritid"),
    name: "Fotboll efter skolan",
    description: "",
    kind: "group",
    leisure: true,
    ageFrom: 9,
    ageTo: 13,
    needs: ["leisure"],
    areaId: null,
    howToGet: "",
    contact: "",
  });
  expect(created.status).toBe(201);
  return { ...w, as, entryId: created.json.id as string };
}

const consent = (childId: string) => ({
  childId,
  consentGivenBy: "Anna Testsson (vårdnadshavare)",
  consentMethod: "written",
  consentOn: "2026-09-01",
});

describe("a leisure activity", () => {
  it("enrols a child only with a guardian's consent, by the activity's staff", async () => {
    const w = await leisureWorld();
    const url = `/api/offer/${w.entryId}/participants`;
    const { consentGivenBy: _, ...withoutConsent } = consent(w.childId);
    expect((await w.as.leader.post(url, withoutConsent)).status).toBe(400);
    expect(
      (await w.as.leader.post(url, { ...consent(w.childId), consentGivenBy: " " })).status,
    ).toBe(400);
    expect((await w.as.mentor.post(url, consent(w.childId))).status).toBe(403);
    const enrolled = await w.as.leader.post(url, consent(w.childId));
    expect(enrolled.status).toBe(201);
    expect((await w.as.leader.post(url, consent(w.childId))).status).toBe(409);
    const row = await t.db
      .selectFrom("offer_participant")
      .select(["consent_given_by", "consent_method", "consent_on", "child_id"])
      .where("id", "=", enrolled.json.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      consent_given_by: "Anna Testsson (vårdnadshavare)",
      consent_method: "written",
      consent_on: "2026-09-01",
      child_id: w.childId,
    });
    const audit = await t.db
      .selectFrom("audit_event")
      .select("child_id")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "offer.enrol")
      .execute();
    expect(audit).toEqual([{ child_id: w.childId }]);
  });

  it("records sessions and attendance, and corrects a mark", async () => {
    const w = await leisureWorld();
    const p = await w.as.leader.post(`/api/offer/${w.entryId}/participants`, consent(w.childId));
    const session = await w.as.leader.post(`/api/offer/${w.entryId}/sessions`, {
      heldOn: "2026-09-08",
      startsAt: "15:00",
      endsAt: "16:30",
      place: "Konstgräsplanen",
    });
    expect(session.status).toBe(201);
    const mark = (present: boolean) =>
      w.as.leader.request("PUT", `/api/offer/${w.entryId}/sessions/${session.json.id}/attendance`, {
        attendance: [{ participantId: p.json.id, present }],
      });
    expect((await mark(false)).status).toBe(204);
    expect((await mark(true)).status).toBe(204);
    const detail = await w.as.leader.get(`/api/offer/${w.entryId}`);
    expect(detail.json.sessions).toEqual([
      expect.objectContaining({
        heldOn: "2026-09-08",
        startsAt: "15:00",
        present: 1,
        absent: 0,
        attendance: [{ participantId: p.json.id, present: true }],
      }),
    ]);
    const bad = await w.as.leader.post(`/api/offer/${w.entryId}/sessions`, {
      heldOn: "2026-09-08",
      startsAt: "16:00",
      endsAt: "15:00",
      place: "",
    });
    expect(bad.status).toBe(400);
    expect(
      (
        await w.as.mentor.post(`/api/offer/${w.entryId}/sessions`, {
          heldOn: "2026-09-08",
          startsAt: "15:00",
          endsAt: "16:00",
          place: "",
        })
      ).status,
    ).toBe(403);
  });

  it("names participants only to those who may see the child, and shows them on the child's outcomes", async () => {
    const w = await leisureWorld();
    const p = await w.as.leader.post(`/api/offer/${w.entryId}/participants`, consent(w.childId));
    const s = await w.as.leader.post(`/api/offer/${w.entryId}/sessions`, {
      heldOn: "2026-09-08",
      startsAt: "15:00",
      endsAt: "16:30",
      place: "Planen",
    });
    await w.as.leader.request("PUT", `/api/offer/${w.entryId}/sessions/${s.json.id}/attendance`, {
      attendance: [{ participantId: p.json.id, present: true }],
    });
    // The child's own school sees the name; a mentor elsewhere counts one participant.
    const principal = await w.as.principal.get(`/api/offer/${w.entryId}`);
    expect(principal.json.participants.map((x: { name: string }) => x.name)).toEqual([
      "Alva Testsson",
    ]);
    const other = await w.as.otherMentor.get(`/api/offer/${w.entryId}`);
    expect(other.json).toMatchObject({
      participants: [],
      hiddenParticipants: 1,
      participantCount: 1,
    });
    expect(other.json.sessions[0].attendance).toEqual([]);
    // The outcomes page: the principal at the child's school sees the participation.
    const outcomes = await w.as.principal.get(`/api/children/${w.childId}/outcomes`);
    expect(outcomes.json.leisure).toEqual([
      {
        entryName: "Fotboll efter skolan",
        from: "2026-09-01",
        to: null,
        sessions: [{ heldOn: "2026-09-08", present: true }],
      },
    ]);
    expect((await w.as.otherMentor.get(`/api/children/${w.childId}/outcomes`)).status).toBe(403);
    expect((await w.as.leader.get(`/api/children/${w.childId}/outcomes`)).status).toBe(403);
    const reads = await t.db
      .selectFrom("audit_event")
      .select(["actor_user_id", "child_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "offer.read")
      .execute();
    // Named to the principal (audited with the child), counted to the other mentor (no child).
    expect(reads.map((r) => r.child_id).sort()).toEqual([w.childId, null]);
  });

  it("takes a suggestion from the staircase page, once the guardian agreed, to the activity's staff", async () => {
    const w = await leisureWorld();
    const url = `/api/attendance/pupils/${w.childId}/offer-suggestions`;
    const body = { entryId: w.entryId, note: "Gillar fotboll.", guardianAgreed: true };
    expect((await w.as.principal.post(url, { ...body, guardianAgreed: false })).status).toBe(400);
    expect((await w.as.otherMentor.post(url, body)).status).toBe(403);
    const made = await w.as.principal.post(url, body);
    expect(made.status).toBe(201);
    expect((await w.as.principal.post(url, body)).status).toBe(409);
    const open = await w.as.leader.get("/api/offer/suggestions");
    expect(open.json.suggestions).toEqual([
      expect.objectContaining({ id: made.json.id, name: "Alva Testsson", note: "Gillar fotboll." }),
    ]);
    // Nobody outside the activity's unit sees the suggestion.
    expect((await w.as.principal.get("/api/offer/suggestions")).json.suggestions).toEqual([]);
    expect((await w.as.principal.get(`/api/offer/${w.entryId}`)).json.suggestions).toEqual([]);
    const enrolled = await w.as.leader.post(`/api/offer/${w.entryId}/participants`, {
      ...consent(w.childId),
      suggestionId: made.json.id,
    });
    expect(enrolled.status).toBe(201);
    expect((await w.as.leader.get("/api/offer/suggestions")).json.suggestions).toEqual([]);
  });

  it("declines a suggestion with a reason that the staircase page then shows", async () => {
    const w = await leisureWorld();
    const url = `/api/attendance/pupils/${w.childId}/offer-suggestions`;
    const made = await w.as.principal.post(url, {
      entryId: w.entryId,
      note: "Vill prova något nytt.",
      guardianAgreed: true,
    });
    expect(made.status).toBe(201);
    const decline = `/api/offer/${w.entryId}/suggestions/${made.json.id}/decline`;
    // A reason is required and must be one of the list; bad input is a problem, not a 500.
    for (const bad of [{}, { reason: "bored" }, { reason: "other", note: "x".repeat(501) }]) {
      const res = await w.as.leader.post(decline, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    }
    // Only the activity's staff answer it; the school may not decline on its behalf.
    const body = { reason: "other_activity", note: "Går redan på scouterna på tisdagar." };
    expect((await w.as.principal.post(decline, body)).status).toBe(403);
    expect((await w.as.leader.post(decline, body)).status).toBe(204);
    expect((await w.as.leader.post(decline, body)).status).toBe(404);

    // The school sees the answer where it suggested the activity; the pupil's other mentor and
    // the activity's staff (who do not see the pupil's attendance) do not.
    const listed = await w.as.principal.get(url);
    expect(listed.status).toBe(200);
    expect(listed.json.suggestions).toEqual([
      expect.objectContaining({
        id: made.json.id,
        entryName: "Fotboll efter skolan",
        outcome: "declined",
        declineReason: "other_activity",
        declineNote: "Går redan på scouterna på tisdagar.",
      }),
    ]);
    expect(listed.json.suggestions[0].handledAt).toBeTruthy();
    expect((await w.as.otherMentor.get(url)).status).toBe(403);
    expect((await w.as.leader.get(url)).status).toBe(403);

    // Audited with the reason's code, not the free text.
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["child_id", "details"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "offer.suggestion_declined")
      .executeTakeFirstOrThrow();
    expect(audit.child_id).toBe(w.childId);
    expect(audit.details).toMatchObject({ reason: "other_activity" });
    expect(JSON.stringify(audit.details)).not.toContain("scouterna");
    const read = await t.db
      .selectFrom("audit_event")
      .select("child_id")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "offer.pupil_suggestions_read")
      .execute();
    expect(read.map((r) => r.child_id)).toEqual([w.childId]);
  });

  it("ends a participation and keeps its history", async () => {
    const w = await leisureWorld();
    const p = await w.as.leader.post(`/api/offer/${w.entryId}/participants`, consent(w.childId));
    expect(
      (await w.as.mentor.post(`/api/offer/${w.entryId}/participants/${p.json.id}/end`)).status,
    ).toBe(403);
    expect(
      (await w.as.leader.post(`/api/offer/${w.entryId}/participants/${p.json.id}/end`)).status,
    ).toBe(204);
    expect((await w.as.leader.get(`/api/offer/${w.entryId}`)).json.participants).toEqual([]);
    const outcomes = await w.as.principal.get(`/api/children/${w.childId}/outcomes`);
    expect(outcomes.json.leisure[0].to).not.toBeNull();
  });

  it("ends a participation on a given day, never a future one", async () => {
    const w = await leisureWorld();
    const p = await w.as.leader.post(`/api/offer/${w.entryId}/participants`, consent(w.childId));
    const end = `/api/offer/${w.entryId}/participants/${p.json.id}/end`;
    const tomorrow = addDays(stockholmDate(new Date()), 1);
    const future = await w.as.leader.post(end, { endedOn: tomorrow });
    expect(future.status).toBe(400);
    expect(future.json.code).toBe("invalid_date");
    expect((await w.as.leader.post(end, { endedOn: "2026-11-30" })).status).toBe(204);
    const outcomes = await w.as.principal.get(`/api/children/${w.childId}/outcomes`);
    expect(outcomes.json.leisure[0].to).toBe("2026-11-30");
  });
});
