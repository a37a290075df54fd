import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";
import { agreedPlan, completeContent, planWorld } from "./plan-world";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("writing and agreeing the plan", () => {
  it("refuses to agree a plan without the SIP parts, with the list of what is missing", async () => {
    const w = await planWorld(t.db, t.app);
    const started = await w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`);
    expect(started.status).toBe(201);
    const res = await w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/agreements`, {
      revision: started.json.revision,
      parties: [{ kind: "guardian", guardianId: w.guardians[0] }],
    });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe("plan_incomplete");
    expect(res.json.details.missing.map((m: { code: string }) => m.code)).toEqual(
      expect.arrayContaining([
        "interventions",
        "measures_by_others",
        "overall_responsibility",
        "goals",
      ]),
    );
    expect(res.json.message.sv).toContain("huvudansvaret");
    const detail = await w.as.coordA.get(`/api/cases/${w.caseId}/plan`);
    expect(detail.json.draft.gaps.length).toBeGreaterThan(0);
    expect(detail.json.current).toBeNull();
  });

  it("agrees an immutable version once every guardian agrees, and moves the case", async () => {
    const w = await planWorld(t.db, t.app);
    const started = await w.ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
    const saved = await w.ok(
      w.as.coordB.patch(`/api/cases/${w.caseId}/plan/draft`, {
        revision: started.revision,
        content: completeContent(w),
      }),
    );
    const first = await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/agreements`, {
        revision: saved.revision,
        parties: [{ kind: "guardian", guardianId: w.guardians[0] }],
      }),
    );
    expect(first).toMatchObject({
      agreed: false,
      versionNumber: null,
      missing: [expect.objectContaining({ name: "Erik Testsson" })],
    });
    const second = await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/agreements`, {
        revision: saved.revision,
        parties: [{ kind: "guardian", guardianId: w.guardians[1] }],
      }),
    );
    expect(second).toMatchObject({ agreed: true, versionNumber: 1 });
    const c = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
    expect(c.stage).toBe("interventions");
    expect(c.deadlines.find((d: { kind: string }) => d.kind === "plan").status).toBe("done");
    const detail = await w.ok(w.as.nurse.get(`/api/cases/${w.caseId}/plan`));
    expect(detail.draft).toBeNull();
    expect(detail.current.agreement.map((a: { name: string }) => a.name)).toEqual([
      "Anna Testsson",
      "Erik Testsson",
    ]);
    expect(detail.actions.map((a: { actionId: string }) => a.actionId).sort()).toEqual([
      "a-samtal",
      "a-sömn",
    ]);
    // The database itself refuses to change an agreed version.
    await expect(
      t.db.updateTable("plan_version").set({ agreed_on: "2020-01-01" }).execute(),
    ).rejects.toThrow();
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "plan.draft_start",
        "plan.draft_save",
        "plan.agreement_record",
        "plan.agree",
        "plan.read",
        "case.read",
      ]),
    );
  });

  it("asks the child to agree from the age the tenant's consent rules set", async () => {
    const w = await planWorld(t.db, t.app);
    // Alva is 12; the tenant lets a child speak alone from 12, so she is a party too.
    await t.db
      .insertInto("consent_rules")
      .values({ tenant_id: w.tenant.tenantId, child_alone_from_age: 12 })
      .execute();
    const started = await w.ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
    const saved = await w.ok(
      w.as.coordB.patch(`/api/cases/${w.caseId}/plan/draft`, {
        revision: started.revision,
        content: completeContent(w),
      }),
    );
    const guardians = await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/agreements`, {
        revision: saved.revision,
        parties: w.guardians.map((guardianId) => ({ kind: "guardian", guardianId })),
      }),
    );
    expect(guardians).toMatchObject({ agreed: false, versionNumber: null });
    expect(guardians.missing).toEqual([expect.objectContaining({ kind: "child" })]);
    const child = await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/agreements`, {
        revision: saved.revision,
        parties: [{ kind: "child" }],
      }),
    );
    expect(child).toMatchObject({ agreed: true, versionNumber: 1 });
  });

  it("keeps every version and compares two side by side", async () => {
    const w = await planWorld(t.db, t.app);
    expect(await agreedPlan(w)).toBe(1);
    const revised = completeContent(w);
    revised.goals[0]!.text = "Alva är i skolan varje dag.";
    revised.goals[0]!.actions.pop();
    revised.leadUnit = { unitId: w.units.school, name: "Skolan" };
    expect(await agreedPlan(w, revised)).toBe(2);
    const detail = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan`));
    expect(detail.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    const cmp = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan/compare?a=1&b=2`));
    expect(cmp.a.content.goals[0].text).toBe("Alva är i skolan minst fyra dagar i veckan.");
    expect(cmp.b.content.goals[0].text).toBe("Alva är i skolan varje dag.");
    expect(cmp.changes).toEqual(
      expect.arrayContaining([
        { section: "plan", kind: "changed", field: "leadUnit" },
        { section: "goal", kind: "changed", id: "g-skola", fields: ["text"] },
        expect.objectContaining({ section: "action", kind: "removed", id: "a-sömn" }),
      ]),
    );
    const timeline = (await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}`))).timeline.map(
      (e: { kind: string }) => e.kind,
    );
    expect(timeline).toEqual(expect.arrayContaining(["agree_plan", "plan_revised"]));
    expect((await w.as.coordA.get(`/api/cases/${w.caseId}/plan/compare?a=1&b=9`)).status).toBe(404);
  });

  it("answers a stale edit with 409 and what the other person changed", async () => {
    const w = await planWorld(t.db, t.app);
    const started = await w.ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
    const content = completeContent(w);
    await w.ok(
      w.as.coordB.patch(`/api/cases/${w.caseId}/plan/draft`, {
        revision: started.revision,
        content,
      }),
    );
    const stale = await w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
      revision: started.revision,
      content: { ...content, needs: "Min version" },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.details.savedBy).toBe("coordB");
    expect(stale.json.details.changes).toEqual(
      expect.arrayContaining([
        { section: "plan", kind: "changed", field: "needs" },
        expect.objectContaining({ section: "goal", kind: "added", id: "g-skola" }),
      ]),
    );
    // The same changes in words for the conflict notice (#17.12).
    expect(stale.json.details.words).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: "g-skola",
          sv: "Nytt mål: Alva är i skolan minst fyra dagar i veckan.",
        }),
      ]),
    );
    expect((await w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`)).status).toBe(409);
  });

  it("lets only the network write, and follows the case's access rule", async () => {
    const w = await planWorld(t.db, t.app);
    await agreedPlan(w);
    expect((await w.as.analyst.get(`/api/cases/${w.caseId}/plan`)).status).toBe(403);
    expect((await w.family.anna.get(`/api/cases/${w.caseId}/plan`)).status).toBe(403);
    // The mentor raised the request: sees its status only, neither reads nor writes the plan.
    expect((await w.as.mentor.get(`/api/cases/${w.caseId}/plan`)).json.code).toBe(
      "raiser_status_only",
    );
    expect((await w.as.mentor.post(`/api/cases/${w.caseId}/plan/draft`)).status).toBe(403);
    const bad = await w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
      revision: 1,
      content: { needs: 3 },
    });
    expect(bad.status).toBe(400);
    // The psychologist joins the network; once consent for BUP is withdrawn, the plan is closed to them.
    await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/members`, {
        role: "participant",
        userId: w.ids.bupPsych,
        unitId: w.units.bup,
      }),
      204,
    );
    expect((await w.as.bupPsych.get(`/api/cases/${w.caseId}/plan`)).status).toBe(200);
    const c = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}`));
    await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/consents/${c.consents[0].id}/withdraw`, {
        reason: "Familjen vill inte längre",
      }),
      204,
    );
    expect((await w.as.bupPsych.get(`/api/cases/${w.caseId}/plan`)).status).toBe(403);
    expect((await w.as.bupPsych.get(`/api/cases/${w.caseId}/plan/fhir`)).status).toBe(403);
  });
});
