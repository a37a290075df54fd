import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreOrs, scoreSdq, scoreSrs } from "@kring/domain/instruments";
import { createTestApp, type TestApp } from "../support/test-app";
import {
  type InstrumentWorld,
  SDQ_TICKS,
  instrumentWorld,
  ok,
  send,
  submitAsFamily,
  submitAsMentor,
  toChild,
  toGuardianA,
  toMentor,
} from "./instrument-world";

let t: TestApp;
let w: InstrumentWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await instrumentWorld(t);
});
afterAll(() => t.close());

const stored = (requestId: string) =>
  t.db
    .selectFrom("instrument_response")
    .selectAll()
    .where("request_id", "=", requestId)
    .executeTakeFirst();

describe("submitting a form", () => {
  it("scores a teacher SDQ with the domain's rules and stores the raw answers beside the scores", async () => {
    const id = await send(w, toMentor(w));
    const detail = await ok(w.as.mentor.get(`/api/cases/${w.caseId}/instruments/requests/${id}`));
    expect(detail).toMatchObject({ mayRespond: true, status: "sent", answers: null });
    expect(detail.form).toMatchObject({ layout: "sdq", licensed: false, informant: "teacher" });
    expect(detail.form.impactItems.map((i: { key: string }) => i.key)).toEqual([
      "distress",
      "friendships",
      "classroom",
    ]);

    const body = { form: "sdq-teacher", answers: SDQ_TICKS, impact: [2, 3, null] };
    const result = await ok(submitAsMentor(w, id, body), 201);
    const expected = scoreSdq({
      informant: "teacher",
      answers: SDQ_TICKS as any,
      impact: [2, 3, null],
    });
    expect(result.scores.scores).toEqual({
      emotional: expected.emotional,
      conduct: expected.conduct,
      hyperactivity: expected.hyperactivity,
      peer: expected.peer,
      prosocial: expected.prosocial,
      total: expected.total,
      externalising: expected.externalising,
      internalising: expected.internalising,
      impact: 3,
    });
    expect(result.scores.bands3).toEqual(expected.bands3);

    const row = await stored(id);
    expect(row?.answers).toEqual({ ...body, noDifficulties: false, difficulties: null });
    expect(row?.scores).toEqual(result.scores);
    const after = await ok(w.as.coordB.get(`/api/cases/${w.caseId}/instruments/requests/${id}`));
    expect(after).toMatchObject({ status: "submitted", mayRespond: false, submittedBy: "mentor" });
    expect(after.answers.answers).toEqual(SDQ_TICKS);

    const again = await submitAsMentor(w, id, body);
    expect(again.status).toBe(409);
  });

  it("prorates a scale with two items missing and leaves the total missing when a scale is", async () => {
    const id = await send(w, toMentor(w));
    const answers = [...SDQ_TICKS] as (number | null)[];
    answers[2] = answers[7] = null; // emotional: 3 of 5 answered, still scored
    answers[5] = answers[10] = answers[13] = null; // peer: 2 of 5, missing
    const result = await ok(submitAsMentor(w, id, { form: "sdq-teacher", answers }), 201);
    const expected = scoreSdq({ informant: "teacher", answers: answers as any });
    expect(result.scores.scores.emotional).toBe(expected.emotional);
    expect(result.scores.scores.peer).toBeNull();
    expect(result.scores.scores.total).toBeNull();
    expect(result.scores.scores.impact).toBeNull();
  });

  it("scores the child's CORS and a guardian's SDQ in the family view", async () => {
    const cors = await send(w, toChild("ors"));
    const items = { me: 4.5, family: 6, school: 3.2, everything: 5.1 };
    const result = await ok(submitAsFamily(w.family.child, cors, { form: "cors", items }), 201);
    const expected = scoreOrs({ version: "CORS", items });
    expect(result.scores).toMatchObject({
      instrument: "ors",
      total: expected.total,
      flagged: true,
      // A child's CORS is judged against the children's cut-off, not the adults' 25 (#17.15).
      threshold: 32,
      cutoffGroup: "child",
    });
    expect((await stored(cors))?.answers).toEqual({ form: "cors", items });

    const srs = await send(w, toChild("srs"));
    const srsItems = { relationship: 9, goalsAndTopics: 8.5, approach: 9.5, overall: 8.9 };
    const srsResult = await ok(
      submitAsFamily(w.family.child, srs, { form: "csrs", items: srsItems }),
      201,
    );
    expect(srsResult.scores).toMatchObject({
      total: scoreSrs({ version: "CSRS", items: srsItems }).total,
      flagged: true, // 35.9: under 36, the alliance needs attention
      threshold: 36,
    });

    const sdq = await send(w, toGuardianA(w));
    const parent = await ok(
      submitAsFamily(w.family.guardianA, sdq, {
        form: "sdq-parent",
        answers: SDQ_TICKS,
        difficulties: 0,
      }),
      201,
    );
    expect(parent.scores.scores.impact).toBe(0);
    // The overall answer is stored as given, and "no" stands for no difficulties (#17.14).
    expect((await stored(sdq))?.answers).toMatchObject({ difficulties: 0, noDifficulties: true });
    const severe = await send(w, toGuardianA(w));
    await ok(
      submitAsFamily(w.family.guardianA, severe, {
        form: "sdq-parent",
        answers: SDQ_TICKS,
        difficulties: 3,
        impact: [2, 2, 1, 0, null],
      }),
      201,
    );
    expect((await stored(severe))?.answers).toMatchObject({
      difficulties: 3,
      noDifficulties: false,
    });
  });
});

describe("answers the form cannot take", () => {
  it("answers 400 with item-level paths for wrong values and lengths", async () => {
    const id = await send(w, toMentor(w));
    const bad = [...SDQ_TICKS];
    bad[3] = 3;
    const tooHigh = await submitAsMentor(w, id, { form: "sdq-teacher", answers: bad });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.json.errors.map((e: { path: string }) => e.path)).toContain("body/answers/3");
    const short = await submitAsMentor(w, id, { form: "sdq-teacher", answers: SDQ_TICKS.slice(1) });
    expect(short.status).toBe(400);
    expect(short.json.errors[0].path).toBe("body/answers");
    // A teacher form has three impact questions, not five.
    const impact = await submitAsMentor(w, id, {
      form: "sdq-teacher",
      answers: SDQ_TICKS,
      impact: [0, 0, 0, 0, 0],
    });
    expect(impact.json.errors[0].path).toBe("body/impact");
  });

  it("refuses answers to another form, and VAS marks off the 0-10 line or finer than a millimetre", async () => {
    const id = await send(w, toMentor(w));
    const wrong = await submitAsMentor(w, id, {
      form: "sdq-parent",
      answers: SDQ_TICKS,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json).toMatchObject({
      code: "invalid_answers",
      details: { errors: [{ path: "form" }] },
    });

    const cors = await send(w, toChild("ors"));
    const res = await submitAsFamily(w.family.child, cors, {
      form: "cors",
      items: { me: 10.5, family: 5.55, school: 3, everything: 2 },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "body/items/family",
      "body/items/me",
    ]);
    // Nothing was stored: the request is still open.
    expect(await stored(cors)).toBeUndefined();
  });

  it("refuses to send a form to a respondent who cannot answer as that informant", async () => {
    const post = (body: object) =>
      w.as.coordA.post(`/api/cases/${w.caseId}/instruments/requests`, {
        dueDate: "2026-12-01",
        ...body,
      });
    const selfAsGuardian = await post({ ...toGuardianA(w), informant: "self", version: "11-17" });
    expect(selfAsGuardian.json).toMatchObject({
      status: 400,
      details: { errors: [{ path: "respondent" }] },
    });
    const parentSelfForm = await post({ ...toGuardianA(w), version: "11-17" });
    expect(parentSelfForm.json.details.errors[0].path).toBe("informant");
    const outsider = await post({
      ...toMentor(w),
      respondent: { kind: "professional", userId: w.ids.bupPsych },
    });
    expect(outsider.status).toBe(400);
  });
});

describe("audit", () => {
  it("writes the submission, reads and the sending in the audit log with the child", async () => {
    const id = await send(w, toMentor(w));
    await ok(w.as.coordA.get(`/api/cases/${w.caseId}/instruments`));
    await ok(w.family.guardianA.get("/api/family/instruments"));
    const { responseId } = await ok(
      submitAsMentor(w, id, { form: "sdq-teacher", answers: SDQ_TICKS }),
      201,
    );
    const events = await t.db
      .selectFrom("audit_event")
      .select(["action", "entity_id", "child_id", "actor_user_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "like", "instrument.%")
      .orderBy("seq")
      .execute();
    expect(events).toContainEqual({
      action: "instrument.request.create",
      entity_id: id,
      child_id: w.childId,
      actor_user_id: w.ids.coordA,
    });
    expect(events).toContainEqual({
      action: "instrument.response.submit",
      entity_id: responseId,
      child_id: w.childId,
      actor_user_id: w.ids.mentor,
    });
    expect(events.map((e) => e.action)).toContain("instrument.list");
    expect(events.map((e) => e.action)).toContain("instrument.family.list");
  });
});
