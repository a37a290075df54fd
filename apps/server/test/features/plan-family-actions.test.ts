import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";
import { readPdf } from "../support/pdf-reader";
import { completeContent, planWorld } from "./plan-world";
import type { PlanContent } from "@kring/domain/plans";

// Issue #17.13: a guardian or the child may be responsible for an action (Västbas: "vem gör vad
// och när" includes the family), shown as such in the plan, the family's view and the print.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("family members responsible for actions", () => {
  it("offers the guardians and the child, and shows them as such on the page, in the family view and the PDF", async () => {
    const w = await planWorld(t.db, t.app);
    const started = await w.ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
    const detail = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan`));
    const members = detail.draft.familyMembers as {
      kind: string;
      guardianId: string | null;
      name: string;
    }[];
    expect(members.map((m) => m.kind)).toEqual(["guardian", "guardian", "child"]);
    const anna = members.find((m) => m.name === "Anna Testsson")!;
    const child = members.find((m) => m.kind === "child")!;

    const content: PlanContent = completeContent(w);
    const base = content.goals[0]!.actions[0]!;
    content.goals[0]!.actions.push(
      {
        ...base,
        id: "a-kvallar",
        description: "Skärmfria kvällar från klockan 21",
        responsibleUnit: null,
        responsiblePerson: {
          userId: null,
          name: anna.name,
          family: { kind: "guardian", guardianId: anna.guardianId! },
        },
      },
      {
        ...base,
        id: "a-saga-till",
        description: "Säger till mentorn när en dag känns för svår",
        responsibleUnit: null,
        responsiblePerson: { userId: null, name: child.name, family: { kind: "child" } },
      },
    );
    const saved = await w.ok(
      w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
        revision: started.revision,
        content,
      }),
    );
    await w.ok(
      w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft/agreements`, {
        revision: saved.revision,
        parties: w.guardians.map((guardianId) => ({ kind: "guardian", guardianId })),
      }),
    );
    const agreed = await w.ok(w.as.coordA.get(`/api/cases/${w.caseId}/plan`));
    expect(agreed.current.content.goals[0].actions[2].responsiblePerson).toEqual({
      userId: null,
      name: "Anna Testsson",
      family: { kind: "guardian", guardianId: anna.guardianId },
    });

    const view = await w.ok(w.family.erik.get(`/api/family/children/${w.childId}`));
    const whos = view.plan.goals[0].actions.map((a: { who: string }) => a.who);
    expect(whos).toEqual([
      "nurse",
      "bup",
      "Anna Testsson (vårdnadshavare)",
      `${child.name} (barnet)`,
    ]);

    for (const edition of ["family", "professional"]) {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/cases/${w.caseId}/plan/pdf?edition=${edition}`,
        headers: { cookie: w.as.coordA.cookie },
      });
      const text = (await readPdf(res.rawPayload)).pages.map((p) => p.text).join(" ");
      expect(text.replace(/\s+/g, " ")).toContain(": Anna Testsson (vårdnadshavare).");
      expect(text.replace(/\s+/g, " ")).toContain(`: ${child.name} (barnet).`);
    }
  });

  it("refuses a guardian who is not the child's, and a family member with an account id", async () => {
    const w = await planWorld(t.db, t.app);
    const other = await planWorld(t.db, t.app);
    const started = await w.ok(w.as.coordA.post(`/api/cases/${w.caseId}/plan/draft`), 201);
    const save = (person: object) => {
      const content = completeContent(w);
      content.goals[0]!.actions[0]!.responsiblePerson = person as never;
      return w.as.coordA.patch(`/api/cases/${w.caseId}/plan/draft`, {
        revision: started.revision,
        content,
      });
    };
    const stranger = await save({
      userId: null,
      name: "Någon annans förälder",
      family: { kind: "guardian", guardianId: other.guardians[0] },
    });
    expect(stranger.status).toBe(400);
    expect(stranger.json.code).toBe("unknown_reference");
    const withAccount = await save({
      userId: w.ids.nurse,
      name: "Alva",
      family: { kind: "child" },
    });
    expect(withAccount.status).toBe(400);
    const unknownKind = await save({ userId: null, name: "X", family: { kind: "cousin" } });
    expect(unknownKind.status).toBe(400);
  });
});
