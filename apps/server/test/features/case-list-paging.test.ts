import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseWorld, raiseRequest, step } from "../support/case-fixture";
import { createTestApp, type Client, type TestApp } from "../support/test-app";

let t: TestApp;
let w: CaseWorld;
/** The mentor's own requests, and requests the mentor did not raise (another school, an area). */
let mine: string[];
let others: string[];
let area: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await caseWorld(t.db, t.app);
  mine = [];
  for (let i = 0; i < 7; i++) {
    const id = await raiseRequest(w, [w.units.school, w.units.central], i % 3 === 0);
    // Sent for assessment: in the central coordinators' intake queue, and visible to them.
    if (i < 5) await step(w.as.mentor, id, { type: "submit" });
    mine.push(id);
  }
  // Requested at the same instant to the microsecond (ties broken by the id), and a microsecond
  // apart (a cursor rounded to the millisecond would skip or repeat these).
  const at = ["2026-03-01 08:00:00.123456+00", "2026-03-01 08:00:00.123457+00"];
  for (const [i, id] of mine.entries())
    await sql`update cases set requested_at = ${at[i % 2]}::timestamptz where id = ${id}::uuid`.execute(
      t.db,
    );
  // Another school in an area of its own: the same requests cloned as raised there by its
  // principal, with their consents; the mentor holds no way into them.
  const tid = w.tenant.tenantId;
  area = (
    await t.db
      .insertInto("area")
      .values({ tenant_id: tid, organisation_id: w.tenant.organisationId, name: "Norra" })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  const school2 = await w.tenant.addUnit("school2", "school");
  await t.db.updateTable("unit").set({ area_id: area }).where("id", "=", school2).execute();
  const principal2 = await w.tenant.addUser("principal2", [["school2", "principal"]]);
  const p2 = (
    await t.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", principal2)
      .executeTakeFirstOrThrow()
  ).id;
  others = [];
  for (const template of mine.slice(0, 4)) {
    const clone = await sql<{ id: string }>`insert into cases (tenant_id, child_id,
        raised_by_user_id, raised_by_unit_id, raised_by_role, requested_at, concern, acute, stage,
        state)
      select tenant_id, child_id, ${p2}::uuid, ${school2}::uuid, 'principal',
        requested_at + interval '1 day', concern, acute, stage, state
      from cases where id = ${template}::uuid returning id`.execute(t.db);
    const id = clone.rows[0]!.id;
    const consent = await sql<{ id: string }>`insert into consent (tenant_id, child_id, case_id,
        purpose, given_by, valid_from, method)
      select tenant_id, child_id, ${id}::uuid, purpose, given_by, valid_from, method
      from consent where case_id = ${template}::uuid returning id`.execute(t.db);
    for (const unit of [school2, w.units.central])
      await t.db
        .insertInto("consent_unit")
        .values({ tenant_id: tid, consent_id: consent.rows[0]!.id, unit_id: unit })
        .execute();
    others.push(id);
  }
});
afterAll(() => t.close());

interface Page {
  cases: { id: string; stage: string; acute: boolean; requestedAt: string }[];
  total: number;
  nextCursor: string | null;
}

/** Every page of a list, walked with the cursor, `limit` rows at a time. */
async function walk(client: Client, path: string, params: Record<string, string>, limit = 2) {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const q = new URLSearchParams({ ...params, limit: String(limit) });
    if (cursor) q.set("cursor", cursor);
    const res = await client.get(`${path}?${q}`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const page = res.json as Page;
    pages.push(page);
    cursor = page.nextCursor;
    expect(pages.length).toBeLessThan(50);
  } while (cursor);
  return { pages, ids: pages.flatMap((p) => p.cases.map((c) => c.id)) };
}

/** The order's keys as the database holds them (microseconds), to check the walk's order. */
async function keysOf(ids: string[]) {
  const rows = await sql<{ id: string; acute: boolean; at: string }>`select id, acute,
      to_char(requested_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as at
    from cases where id in (${sql.join(ids.map((id) => sql`${id}::uuid`))})`.execute(t.db);
  return new Map(rows.rows.map((r) => [r.id, r]));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("paging the case lists", () => {
  it("walks every case once, in the sort's order, with the total on each page", async () => {
    const all = [...mine.slice(0, 5), ...others];
    for (const sort of ["acute", "newest", "oldest"] as const) {
      const { pages, ids } = await walk(w.as.coordA, "/api/cases", { sort });
      expect(new Set(ids).size, `no duplicates (${sort})`).toBe(ids.length);
      expect([...ids].sort(), `no gaps (${sort})`).toEqual([...all].sort());
      expect(pages.length).toBe(Math.ceil(all.length / 2));
      for (const p of pages) expect(p.total).toBe(all.length);
      const keys = await keysOf(ids);
      const expected = [...ids].sort((x, y) => {
        const a = keys.get(x)!;
        const b = keys.get(y)!;
        if (sort === "oldest") return cmp(a.at, b.at) || cmp(a.id, b.id);
        const acute = sort === "acute" ? Number(b.acute) - Number(a.acute) : 0;
        return acute || cmp(b.at, a.at) || cmp(b.id, a.id);
      });
      expect(ids, `order (${sort})`).toEqual(expected);
    }
  });

  it("filters by stage, acute and the raising unit's area, the total counting the filtered", async () => {
    const byStage = await walk(w.as.coordA, "/api/cases", { stage: "assessment" }, 3);
    expect(byStage.ids.sort()).toEqual([...mine.slice(0, 5), ...others].sort());
    const acute = await walk(w.as.mentor, "/api/cases", { acute: "true" });
    const acuteIds = mine.filter((_, i) => i % 3 === 0);
    expect(acute.ids.sort()).toEqual(acuteIds.sort());
    expect(acute.pages[0]!.total).toBe(acuteIds.length);
    const notAcute = await walk(w.as.mentor, "/api/cases", { acute: "false" });
    expect(notAcute.ids.sort()).toEqual(mine.filter((_, i) => i % 3 !== 0).sort());
    const inArea = await walk(w.as.coordA, "/api/cases", { area: area });
    expect(inArea.ids.sort()).toEqual([...others].sort());
    const requests = await walk(w.as.mentor, "/api/cases", { stage: "request" });
    expect(requests.ids.sort()).toEqual(mine.slice(5).sort());
    const none = await walk(w.as.coordA, "/api/cases", { stage: "closed" });
    expect(none.ids).toEqual([]);
    expect(none.pages[0]!.total).toBe(0);
  });

  it("leaves access as it was: the mentor pages through their own requests only", async () => {
    const { ids, pages } = await walk(w.as.mentor, "/api/cases", {}, 3);
    expect(ids.sort()).toEqual([...mine].sort());
    expect(pages[0]!.total).toBe(mine.length);
    // Someone with no way in sees an empty first page and no cursor.
    const outside = await w.as.bupPsych.get("/api/cases?limit=1");
    expect(outside.json).toEqual({ cases: [], total: 0, nextCursor: null });
    // A cursor taken from the coordinator's list opens nothing more to the mentor.
    const first = await w.as.coordA.get("/api/cases?limit=1&sort=newest");
    const rest = await walk(w.as.mentor, "/api/cases", {
      sort: "newest",
      cursor: first.json.nextCursor as string,
    });
    for (const id of rest.ids) expect(mine).toContain(id);
  });

  it("pages the intake queue, and refuses it to others", async () => {
    const { ids, pages } = await walk(w.as.coordA, "/api/cases/intake", {});
    expect(ids.sort()).toEqual([...mine.slice(0, 5), ...others].sort());
    expect(pages[0]!.total).toBe(9);
    expect((await w.as.mentor.get("/api/cases/intake?limit=5")).status).toBe(403);
  });

  it("answers bad paging and filters with a 400 problem, never a 500", async () => {
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const first = await w.as.coordA.get("/api/cases?limit=1");
    const good = first.json.nextCursor as string;
    const id = mine[0]!;
    const bad = [
      "cursor=not-a-cursor",
      `cursor=${encode({ a: 1 })}`,
      `cursor=${encode(["acute", true, "yesterday", id])}`,
      `cursor=${encode(["acute", "yes", "2026-03-01T08:00:00.123456Z", id])}`,
      `cursor=${encode(["acute", true, "2026-13-45T08:00:00.123456Z", id])}`,
      `cursor=${encode(["acute", true, "2026-03-01T08:00:00.123456Z", "x'; drop table cases"])}`,
      // A cursor of one order used with another.
      `cursor=${good}&sort=oldest`,
      `cursor=${"a".repeat(400)}`,
      "limit=0",
      "limit=201",
      "limit=ten",
      "sort=due",
      "stage=nowhere",
      "area=north",
      "acute=maybe",
    ];
    for (const query of bad) {
      const res = await w.as.coordA.get(`/api/cases?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers["content-type"], query).toMatch(/^application\/problem\+json/);
      expect(["bad_cursor", "invalid_input"], query).toContain(res.json.code);
    }
    // The same cursor with its own order reads on.
    expect((await w.as.coordA.get(`/api/cases?limit=1&cursor=${good}`)).status).toBe(200);
  });
});
