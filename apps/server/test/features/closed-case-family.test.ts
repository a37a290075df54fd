// A closed or declined case is read-only for everyone (ADR 0020): the family's own routes refuse
// every write with 409 case_read_only, and no "may …" flag the server sends offers a change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { step } from "../support/case-fixture";
import { createTestApp, type TestApp } from "../support/test-app";
import { instrumentWorld, ok, send, SDQ_TICKS, toGuardianA, toMentor } from "./instrument-world";
import { completeContent, planWorld } from "./plan-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// The family moved: an evaluation with the closure, and no early-closure reason needed (ADR 0026).
const CLOSE = {
  type: "close",
  reason: "moved_away",
  reflection: { whatWorked: "Snabb start.", whatGotInTheWay: "Flytten." },
  evaluation: {
    goals: "partly",
    familyView: "Vi flyttar och tar med oss planen.",
    childView: "Jag vill ha det likadant i nya skolan.",
  },
};

const sdqAnswers = { form: "sdq-parent", answers: SDQ_TICKS, impact: [2, 3, null, 1, 0] };

describe("the family on a closed case", () => {
  it("may neither comment nor agree to the plan; the view says so and offers no proposal", async () => {
    const w = await planWorld(t.db, t.app);
    const started = await w.ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
    const saved = await w.ok(
      w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
        revision: started.revision,
        content: completeContent(w),
      }),
    );
    await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/propose`, { revision: saved.revision }),
      204,
    );
    const url = `/api/family/children/${w.childId}`;
    const open = await w.ok(w.family.anna.get(url));
    expect(open).toMatchObject({ readOnly: false, proposal: { revision: saved.revision } });

    const closed = await step(w.as.coordA, w.caseId, CLOSE);
    expect(closed.json, JSON.stringify(closed.json).slice(0, 300)).toMatchObject({
      stage: "closed",
    });
    const view = await w.ok(w.family.anna.get(url));
    expect(view).toMatchObject({ readOnly: true, proposal: null });
    for (const member of [w.family.anna, w.family.alva]) {
      const comment = await member.post(`${url}/comments`, { body: "Vi vill säga något." });
      expect(comment.status).toBe(409);
      expect(comment.json.code).toBe("case_read_only");
    }
    const agree = await w.family.anna.post(`${url}/plan/agree`, { revision: saved.revision });
    expect(agree.status).toBe(409);
    expect(agree.json.code).toBe("case_read_only");
    const stored = await t.db
      .selectFrom("plan_family_comment")
      .select("id")
      .where("body", "=", "Vi vill säga något.")
      .execute();
    expect(stored).toEqual([]);
    // Reading stays open to them, and the printed plan is theirs (no version yet: 404).
    expect((await w.family.anna.get(url)).status).toBe(200);
  });

  it("is not asked to answer a form any more, and its answer is refused", async () => {
    const w = await instrumentWorld(t);
    const forGuardian = await send(w, toGuardianA(w));
    const forMentor = await send(w, toMentor(w));
    const listed = await ok(w.family.guardianA.get("/api/family/instruments"));
    expect(listed.requests.map((r: { id: string }) => r.id)).toEqual([forGuardian]);

    const closed = await step(w.as.coordA, w.caseId, CLOSE);
    expect(closed.json, JSON.stringify(closed.json).slice(0, 300)).toMatchObject({
      stage: "closed",
    });
    expect((await ok(w.family.guardianA.get("/api/family/instruments"))).requests).toEqual([]);
    const detail = await ok(w.family.guardianA.get(`/api/family/instruments/${forGuardian}`));
    expect(detail.status).toBe("cancelled");
    const answer = await w.family.guardianA.post(
      `/api/family/instruments/${forGuardian}/response`,
      sdqAnswers,
    );
    expect(answer.status).toBe(409);
    expect(answer.json.code).toBe("case_read_only");
    const stored = await t.db
      .selectFrom("instrument_request")
      .select("status")
      .where("id", "=", forGuardian)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe("sent");

    // The professionals' flags: nothing to send, answer or record on the closed case.
    const list = await ok(w.as.coordA.get(`/api/cases/${w.caseId}/instruments`));
    expect(list.maySend).toBe(false);
    const mentorsForm = await ok(
      w.as.mentor.get(`/api/cases/${w.caseId}/instruments/requests/${forMentor}`),
    );
    expect(mentorsForm).toMatchObject({ status: "sent", mayRespond: false });
    const outcomes = await ok(w.as.coordA.get(`/api/children/${w.childId}/outcomes`));
    expect(outcomes.mayRecordSchoolOutcomes).toBe(false);
    const detailCase = await ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
    expect(detailCase).toMatchObject({ readOnly: true, allowedEvents: [] });
  });

  it("while the case runs, the same flags offer what the server allows", async () => {
    const w = await instrumentWorld(t);
    const forMentor = await send(w, toMentor(w));
    expect((await ok(w.as.coordA.get(`/api/cases/${w.caseId}/instruments`))).maySend).toBe(true);
    expect(
      (await ok(w.as.mentor.get(`/api/cases/${w.caseId}/instruments/requests/${forMentor}`)))
        .mayRespond,
    ).toBe(true);
    expect(
      (await ok(w.as.coordA.get(`/api/children/${w.childId}/outcomes`))).mayRecordSchoolOutcomes,
    ).toBe(true);
  });
});
