// The experience log (issue 20.3, ADR 0042): the tenant's themes, reflections with themes saved
// at closure, the log without anything identifying, the small-count rule, and the steering
// group's conclusion coming back in its owner's worklist until followed up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app";
import { raiseRequest, step } from "../support/case-fixture";
import { type ExperienceWorld, experienceWorld } from "./experience-world";

let t: TestApp;
let w: ExperienceWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await experienceWorld(t);
}, 180_000);
afterAll(() => t.close());

const EVALUATION = {
  goals: "partly",
  familyView: "Det har blivit lite bättre hemma.",
  childView: "Skolan är bättre nu.",
};

async function themes() {
  const res = await w.as.coordA.get("/api/experience/themes");
  expect(res.status).toBe(200);
  return res.json as {
    themes: { id: string; name: string; archived: boolean }[];
    organisations: { id: string; name: string }[];
  };
}
const themeId = async (name: string) => (await themes()).themes.find((x) => x.name === name)!.id;

describe("themes", () => {
  it("starts from the defaults; the administrator adds, renames and archives", async () => {
    const first = await themes();
    expect(first.themes.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        "samverkan",
        "skolans anpassningar",
        "väntetider",
        "delaktighet",
        "övergångar",
      ]),
    );
    expect(first.organisations.map((o) => o.name)).toContain("Testkommun");
    expect((await w.as.coordA.post("/api/admin/experience-themes", { name: "x" })).status).toBe(
      403,
    );
    const made = await w.admin.post("/api/admin/experience-themes", { name: "Fritiden" });
    expect(made.status).toBe(201);
    const twice = await w.admin.post("/api/admin/experience-themes", { name: "fritiden" });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe("theme_exists");
    const renamed = await w.admin.patch(`/api/admin/experience-themes/${made.json.id}`, {
      name: "Fritid och föreningsliv",
    });
    expect(renamed.json).toEqual({
      id: made.json.id,
      name: "Fritid och föreningsliv",
      archived: false,
    });
    const archived = await w.admin.patch(`/api/admin/experience-themes/${made.json.id}`, {
      archived: true,
    });
    expect(archived.json.archived).toBe(true);
    expect((await themes()).themes.at(-1)).toMatchObject({ id: made.json.id, archived: true });
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "like", "experience.theme%")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "experience.theme_created",
      "experience.theme_updated",
      "experience.theme_updated",
    ]);
  });
});

describe("reflections at closure", () => {
  it("saves the themes and the organisation chosen, and refuses themes not the tenant's", async () => {
    const caseId = await raiseRequest(w, [w.units.school, w.units.eht, w.units.central]);
    expect((await step(w.as.mentor, caseId, { type: "submit" })).status).toBe(200);
    expect((await step(w.as.coordA, caseId, { type: "accept" })).status).toBe(200);
    const appointed = await step(w.as.coordA, caseId, {
      type: "appoint_coordinators",
      leadUserId: w.ids.coordA,
      documentingUserId: w.ids.coordB,
    });
    expect(appointed.status).toBe(200);
    const { organisations, themes: all } = await themes();
    const archived = all.find((x) => x.archived)!.id;
    const close = (themeIds: string[]) =>
      step(w.as.coordA, caseId, {
        type: "close",
        reason: "family_declined",
        evaluation: EVALUATION,
        reflection: {
          whatWorked: "Ett gemensamt möte tidigt.",
          whatGotInTheWay: "Lång väntan på en tid hos elevhälsan.",
          themeIds,
          organisationId: organisations[0]!.id,
        },
      });
    const refused = await close([archived]);
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe("unknown_theme");
    const closed = await close([await themeId("väntetider"), await themeId("samverkan")]);
    expect(closed.status, JSON.stringify(closed.json)).toBe(200);
    const row = await t.db
      .selectFrom("cases")
      .select("state")
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect((row.state as any).closure.reflection).toEqual({
      whatWorked: "Ett gemensamt möte tidigt.",
      whatGotInTheWay: "Lång väntan på en tid hos elevhälsan.",
      themeIds: [await themeId("väntetider"), await themeId("samverkan")],
      organisationId: organisations[0]!.id,
    });
  }, 60_000);
});

describe("the experience log", () => {
  const reflection = (n: number, themeIds: string[]) => ({
    whatWorked: `Samverkan med fritidsgården fungerade (${n}).`,
    whatGotInTheWay: `Skolans anpassningar kom sent (${n}).`,
    themeIds,
  });
  let caseIds: string[] = [];
  beforeAll(async () => {
    const samverkan = await themeId("samverkan");
    const months = ["2026-03-10", "2026-03-12", "2026-03-20", "2026-03-25", "2026-03-30"].concat(
      ["2026-04-02", "2026-04-10", "2026-04-20"],
      ["2026-05-05", "2026-05-06"],
    );
    caseIds = [];
    for (const [n, on] of months.entries())
      caseIds.push(await w.addClosed(on, reflection(n, [samverkan])));
  });
  const log = (query: string) => w.as.analyst.get(`/api/experience/log?${query}`);

  it("hides a theme x area x month with fewer than 5 reflections; a coarser period shows them", async () => {
    const months = await log("from=2026-01-01&to=2026-06-30&grain=month");
    expect(months.status).toBe(200);
    const cells = months.json.cells.map((c: any) => [
      c.themeName,
      c.area,
      c.period,
      c.count,
      c.reflections.length,
    ]);
    expect(cells).toEqual([
      ["samverkan", "Norr", "2026-05", null, 0],
      ["samverkan", "Norr", "2026-04", null, 0],
      ["samverkan", "Norr", "2026-03", 5, 5],
    ]);
    expect(months.json.cells[0].suppressed).toBe(true);
    const term = await log("from=2026-01-01&to=2026-06-30&grain=term");
    expect(term.json.cells).toHaveLength(1);
    expect(term.json.cells[0]).toMatchObject({ period: "2026-vt", count: 10, suppressed: false });
    // The words are in the order of their text, not of the days they were written.
    const worked = term.json.cells[0].reflections.map((r: any) => r.whatWorked);
    expect(worked).toEqual([...worked].sort((a: string, b: string) => a.localeCompare(b)));
  });

  it("shows no case, child, staff or day, and audits the read", async () => {
    const year = await log("from=2026-01-01&to=2026-12-31&grain=year");
    expect(year.status).toBe(200);
    const text = JSON.stringify(year.json.cells);
    for (const id of caseIds) expect(text).not.toContain(id);
    for (const word of ["Alva", "Testsson", "coordA", "coordB", "mentor", "nurse", w.childId])
      expect(text).not.toContain(word);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const cell of year.json.cells)
      expect(Object.keys(cell).sort()).toEqual(
        ["area", "count", "period", "reflections", "suppressed", "themeId", "themeName"].sort(),
      );
    for (const r of year.json.cells.flatMap((c: any) => c.reflections))
      expect(Object.keys(r).sort()).toEqual([
        "organisation",
        "source",
        "whatGotInTheWay",
        "whatWorked",
      ]);
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["child_id"])
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "=", "experience.log_read")
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.every((a) => a.child_id === null)).toBe(true);
  });

  it("lists reflections written at six-month evaluations too", async () => {
    const delaktighet = await themeId("delaktighet");
    for (const n of [1, 2, 3, 4, 5])
      await w.addClosed(`2026-02-0${n}`, reflection(100 + n, [delaktighet]), "evaluation");
    const res = await log(`from=2026-02-01&to=2026-02-28&themeId=${delaktighet}`);
    expect(res.json.cells).toHaveLength(1);
    expect(res.json.cells[0]).toMatchObject({
      themeName: "delaktighet",
      period: "2026-02",
      count: 5,
    });
    expect(res.json.cells[0].reflections.every((r: any) => r.source === "evaluation")).toBe(true);
  });

  it("filters by theme, organisation and area, and refuses people who work with children", async () => {
    const other = await themeId("övergångar");
    const none = await log(`from=2026-01-01&to=2026-06-30&themeId=${other}`);
    expect(none.json.cells).toEqual([]);
    // Only the case closed through the dialog named the organisation: one reflection, hidden.
    const org = (await themes()).organisations[0]!.id;
    const byOrg = await log(`from=2026-01-01&to=2026-12-31&grain=year&organisationId=${org}`);
    expect(byOrg.json.cells.map((c: any) => [c.themeName, c.count, c.suppressed])).toEqual([
      ["samverkan", null, true],
      ["väntetider", null, true],
    ]);
    const south = await log("from=2026-01-01&to=2026-06-30&area=S%C3%B6der");
    expect(south.status).toBe(404);
    const north = await log("from=2026-01-01&to=2026-06-30&grain=term&area=Norr");
    expect(north.json.cells.map((c: any) => [c.themeName, c.count])).toEqual([
      ["delaktighet", 5],
      ["samverkan", 10],
    ]);
    expect(
      (await w.as.mentor.get("/api/experience/log?from=2026-01-01&to=2026-06-30")).status,
    ).toBe(403);
    const reversed = await log("from=2026-06-30&to=2026-01-01");
    expect(reversed.status).toBe(400);
    expect(reversed.json.code).toBe("period_reversed");
  });
});

describe("the steering group's conclusions", () => {
  it("become the owner's worklist item until followed up, and are listed in the log", async () => {
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const body = {
      areaId: w.areaId,
      themeIds: [await themeId("samverkan")],
      saw: "Vi såg att samverkan med fritidsgården lyfts i många avslut.",
      decided: "Vi beslutar att fritidsgården bjuds in till nätverksmöte 1.",
      followUp: "Följs upp på styrgruppens möte i mars.",
      ownerUserId: w.ownerId,
      followUpOn: inThreeDays,
    };
    expect((await w.as.analyst.post("/api/experience/conclusions", body)).status).toBe(403);
    const bad = await w.styr.post("/api/experience/conclusions", {
      ...body,
      ownerUserId: w.childId,
    });
    expect(bad.status).toBe(400);
    const made = await w.styr.post("/api/experience/conclusions", body);
    expect(made.status).toBe(201);

    const items = (await w.owner.get("/api/worklist")).json.items;
    const item = items.find((i: any) => i.kind === "steering_conclusion");
    expect(item).toMatchObject({
      taskId: made.json.id,
      caseId: null,
      childName: null,
      dueDate: inThreeDays,
      status: "due_soon",
    });
    expect(item.title).toContain("fritidsgården bjuds in");

    const listed = (await w.styr.get("/api/experience/log?from=2026-01-01&to=2026-12-31")).json;
    expect(listed.canConclude).toBe(true);
    expect(listed.conclusions[0]).toMatchObject({
      id: made.json.id,
      area: "Norr",
      themes: ["samverkan"],
      ownerName: "owner.rektor",
      followedUpAt: null,
    });

    const path = `/api/experience/conclusions/${made.json.id}/followed-up`;
    expect((await w.as.mentor.post(path, { note: null })).status).toBe(404);
    expect((await w.owner.post(path, { note: "Fritidsgården är nu med från start." })).status).toBe(
      204,
    );
    expect((await w.owner.post(path, { note: null })).status).toBe(409);
    const after = (await w.owner.get("/api/worklist")).json.items;
    expect(after.some((i: any) => i.kind === "steering_conclusion")).toBe(false);
    const done = (await w.as.analyst.get("/api/experience/log?from=2026-01-01&to=2026-12-31")).json;
    expect(done.canConclude).toBe(false);
    expect(done.conclusions[0].followedUpNote).toBe("Fritidsgården är nu med från start.");
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("tenant_id", "=", w.tenant.tenantId)
      .where("action", "like", "experience.conclusion%")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "experience.conclusion_recorded",
      "experience.conclusion_followed_up",
    ]);
  });
});
