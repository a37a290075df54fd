import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshStatistics } from "../../src/platform/db/statistics";
import { createTestDatabase } from "../support/test-database";

// The lookups the list queries make (issue #23) are index probes, and an embedded database gets
// planner statistics (it has no autovacuum).

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const ID = "00000000-0000-0000-0000-000000000001";

/** The plan with sequential scans priced out: a scan in it means no index can serve the lookup. */
async function planOf(query: string) {
  return handle.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const rows = await sql<Record<string, string>>`${sql.raw(`explain ${query}`)}`.execute(trx);
    return rows.rows.map((r) => Object.values(r)[0]).join("\n");
  });
}

describe("lookups of the list queries", () => {
  it.each([
    [
      "consent by case (the access rule)",
      `select 1 from consent where case_id = '${ID}'`,
      "consent_by_case_idx",
    ],
    [
      "guardian by user (the family view)",
      `select id from guardian where user_id = '${ID}'`,
      "guardian_user_idx",
    ],
    [
      "emergency access by case and user (the access rule)",
      `select 1 from emergency_access where case_id = '${ID}' and user_id = '${ID}'`,
      "emergency_access_case_user_idx",
    ],
    [
      "requests a person raised",
      `select id from cases where raised_by_user_id = '${ID}'`,
      "cases_raised_by_user_idx",
    ],
    [
      "requests raised from a unit",
      `select id from cases where raised_by_unit_id = '${ID}'`,
      "cases_raised_by_unit_idx",
    ],
    [
      "a professional's own children",
      `select child_id from child_professional where user_id = '${ID}'`,
      "child_professional_user_idx",
    ],
  ])("%s is an index probe", async (_, query, index) => {
    // The named index: another one led by a column the lookup lacks would be a full index scan.
    expect(await planOf(query)).toContain(index);
  });
});

describe("planner statistics", () => {
  it("are refreshed on an embedded database, and on PostgreSQL after bulk work when asked", async () => {
    await handle.db
      .insertInto("tenant")
      .values({ name: "Statistik", slug: `statistik-${Date.now()}` })
      .execute();
    const analysed = async () =>
      Number(
        (
          await sql<{ n: number }>`select reltuples::float8 as n from pg_class
            where relname = 'tenant' and relkind = 'r'`.execute(handle.db)
        ).rows[0]!.n,
      );
    await refreshStatistics(handle.db, handle.kind, { alsoOnPostgres: true });
    expect(await analysed()).toBeGreaterThanOrEqual(1);
  });
});
