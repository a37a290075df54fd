// "Vi vill ha stöd" (issue 19.3): a guardian raises a request from the family view; it lands in
// the intake queue with the guardian's digital consent, and the family follows its status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../support/test-app";
import { type CaseWorld, caseWorld, familyAccount, step } from "../support/case-fixture";

let t: TestApp;
let w: CaseWorld;
let guardian: Client;
let child: Client;
beforeAll(async () => {
  t = await createTestApp();
  w = await caseWorld(t.db, t.app);
  guardian = await familyAccount(t.db, t.app, w, "guardianA", "guardian", w.guardians[0]!);
  child = await familyAccount(t.db, t.app, w, "child", "child", w.childId);
});
afterAll(() => t.close());

const url = () => `/api/family/children/${w.childId}/support-requests`;
const request = {
  worry: "Alva vill inte gå till skolan och har ont i magen varje morgon.",
  contactWay: "phone",
  contact: "070-123 45 67",
  contactTime: "efter 16",
  consent: true,
};

describe("Vi vill ha stöd", () => {
  let caseId: string;

  it("a guardian raises a request; it waits for assessment with their digital consent", async () => {
    const res = await guardian.post(url(), request);
    expect(res.status).toBe(201);
    expect(res.json.status).toBe("received");
    caseId = res.json.id;
    const row = await t.db
      .selectFrom("cases")
      .select(["stage", "raised_by_role", "concern", "version"])
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ stage: "assessment", raised_by_role: "guardian", version: 2 });
    const consent = await t.db
      .selectFrom("consent")
      .select(["method", "given_by", "recorded_by"])
      .where("case_id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(consent.method).toBe("digital");
    expect(consent.given_by).toEqual([
      { kind: "guardian", guardianId: w.guardians[0], name: "Anna Testsson" },
    ]);
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["child_id", "details"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "case.create")
      .where("entity_id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(audit.child_id).toBe(w.childId);
  });

  it("the intake roles find it in their queue with how to contact the family", async () => {
    for (const intake of [w.as.coordA, w.as.social]) {
      const queue = await intake.get("/api/cases/intake");
      expect(queue.json.cases.map((c: { id: string }) => c.id)).toContain(caseId);
    }
    const detail = await w.as.coordA.get(`/api/cases/${caseId}`);
    expect(detail.status).toBe(200);
    expect(detail.json.familyContact).toEqual({
      guardianName: "Anna Testsson",
      contactWay: "phone",
      contact: "070-123 45 67",
      contactTime: "efter 16",
    });
    expect(detail.json.raisedBy.role).toBe("guardian");
    // The school is not told: the request is the family's, to intake.
    expect((await w.as.mentor.get(`/api/cases/${caseId}`)).status).toBe(403);
    expect((await w.as.principal.get(`/api/cases/${caseId}`)).status).toBe(403);
  });

  it("the family sees its status, and it moves when intake accepts", async () => {
    const before = await guardian.get(url());
    expect(before.status).toBe(200);
    expect(before.json.mayRaise).toBe(true);
    expect(before.json.requests).toMatchObject([
      { id: caseId, status: "received", raisedBy: "Anna Testsson", worry: request.worry },
    ]);
    // The child sees it, but cannot raise one.
    const seen = await child.get(url());
    expect([seen.json.mayRaise, seen.json.requests.length]).toEqual([false, 1]);
    const accepted = await step(w.as.coordA, caseId, { type: "accept" });
    expect(accepted.status).toBe(200);
    const after = await guardian.get(url());
    expect(after.json.requests[0].status).toBe("started");
  });

  it("refuses the child, a request without consent, and another family's child", async () => {
    expect((await child.post(url(), request)).status).toBe(403);
    const noConsent = await guardian.post(url(), { ...request, consent: false });
    expect(noConsent.status).toBe(400);
    const short = await guardian.post(url(), { ...request, worry: "Hjälp" });
    expect(short.status).toBe(400);
    const other = await t.db
      .insertInto("child")
      .values({
        tenant_id: w.tenant.tenantId,
        personal_number: "201001019999",
        given_name: "Annan",
        family_name: "Familj",
        birth_date: "2010-01-01",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const foreign = await guardian.post(
      `/api/family/children/${other.id}/support-requests`,
      request,
    );
    expect(foreign.status).toBe(404);
  });

  it("a parent without custody cannot raise one", async () => {
    await t.db
      .updateTable("child_guardian")
      .set({ custody: false })
      .where("guardian_id", "=", w.guardians[0]!)
      .execute();
    expect((await guardian.post(url(), request)).status).toBe(404);
    await t.db
      .updateTable("child_guardian")
      .set({ custody: true })
      .where("guardian_id", "=", w.guardians[0]!)
      .execute();
  });
});

describe("Vi vill ha stöd where the municipality needs every guardian's consent", () => {
  let v: CaseWorld;
  let anna: Client;
  let erik: Client;
  const intakeSees = async (caseId: string) =>
    ((await v.as.coordA.get("/api/cases/intake")).json.cases as { id: string }[]).some(
      (c) => c.id === caseId,
    );
  const statusFor = async (client: Client, caseId: string) =>
    (
      (await client.get(`/api/family/children/${v.childId}/support-requests`)).json.requests as {
        id: string;
        status: string;
      }[]
    ).find((r) => r.id === caseId)?.status;
  const questionsOf = async (client: Client) =>
    (await client.get(`/api/family/children/${v.childId}/consent-requests`)).json.requests;

  beforeAll(async () => {
    v = await caseWorld(t.db, t.app);
    await t.db
      .insertInto("consent_rules")
      .values({ tenant_id: v.tenant.tenantId, all_guardians_required: true })
      .execute();
    anna = await familyAccount(t.db, t.app, v, "vAnna", "guardian", v.guardians[0]!);
    erik = await familyAccount(t.db, t.app, v, "vErik", "guardian", v.guardians[1]!);
  });

  it("records the asking guardian's yes and asks the other guardian; intake sees it only after", async () => {
    const res = await anna.post(`/api/family/children/${v.childId}/support-requests`, request);
    expect(res.status).toBe(201);
    expect(res.json.status).toBe("awaiting_consent");
    const caseId = res.json.id as string;
    expect(
      await t.db.selectFrom("consent").select("id").where("case_id", "=", caseId).execute(),
    ).toEqual([]);
    expect(await intakeSees(caseId)).toBe(false);
    expect(await statusFor(anna, caseId)).toBe("awaiting_consent");
    // Anna has said yes; Erik is asked in his family view, as the family's own request.
    const annas = await questionsOf(anna);
    expect(annas[0]).toMatchObject({ myAnswer: "given", mayAnswer: false, fromFamily: true });
    const eriks = await questionsOf(erik);
    expect(eriks).toMatchObject([
      {
        status: "open",
        fromFamily: true,
        myAnswer: null,
        mayAnswer: true,
        waitingFor: ["Erik Testsson"],
        answers: [{ name: "Anna Testsson", answer: "given" }],
      },
    ]);
    const given = await erik.post(
      `/api/family/children/${v.childId}/consent-requests/${eriks[0].id}/answer`,
      { answer: "given" },
    );
    expect(given.json).toEqual({ status: "given" });
    const consent = await t.db
      .selectFrom("consent")
      .select(["method", "given_by"])
      .where("case_id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(consent.method).toBe("digital");
    expect(
      (consent.given_by as unknown as { guardianId: string }[]).map((g) => g.guardianId).sort(),
    ).toEqual([...v.guardians].sort());
    expect(await intakeSees(caseId)).toBe(true);
    expect(await statusFor(erik, caseId)).toBe("received");
  });

  it("never reaches intake when the other guardian says no", async () => {
    const res = await anna.post(`/api/family/children/${v.childId}/support-requests`, {
      ...request,
      worry: "Alva sover dåligt och är mycket ledsen på kvällarna.",
    });
    const caseId = res.json.id as string;
    const open = (await questionsOf(erik)).find((q: { status: string }) => q.status === "open");
    const refused = await erik.post(
      `/api/family/children/${v.childId}/consent-requests/${open.id}/answer`,
      { answer: "refused" },
    );
    expect(refused.json).toEqual({ status: "refused" });
    expect(await intakeSees(caseId)).toBe(false);
    expect(await statusFor(anna, caseId)).toBe("not_sent");
  });

  it("says whom to contact when the other guardian cannot sign in, and records nothing", async () => {
    await t.db
      .updateTable("guardian")
      .set({ user_id: null, personal_number: null })
      .where("id", "=", v.guardians[1]!)
      .execute();
    const before = await t.db.selectFrom("cases").select("id").execute();
    const res = await anna.post(`/api/family/children/${v.childId}/support-requests`, request);
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("family_cannot_answer");
    expect(res.json.detail ?? res.json.title).toMatch(/Contact the school or social services/);
    expect((await t.db.selectFrom("cases").select("id").execute()).length).toBe(before.length);
  });
});
