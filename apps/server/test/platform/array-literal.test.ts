import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrayLiteral } from "../../src/platform/db/array-literal";
import type { DatabaseHandle } from "../../src/platform/db/connect";
import { createTestDatabase } from "../support/test-database";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const roundTrip = async (values: (string | null)[]) => {
  const r = await sql<{
    v: string | null;
  }>`select unnest(${arrayLiteral(values)}::text[]) as v`.execute(handle.db);
  return r.rows.map((row) => row.v);
};

describe("array literals for bulk writes", () => {
  it("gives the database back every text exactly, the awkward ones too", async () => {
    const values = [
      "plain",
      "",
      "NULL",
      "null",
      null,
      'a "quoted" word',
      "back\\slash\\",
      "comma, and {braces}",
      " leading and trailing ",
      "tab\tnew\nline",
      "Åsa Ölund-Ärlig",
      "{}",
    ];
    expect(await roundTrip(values)).toEqual(values);
  });

  it("keeps numbers, keys and dates typed, and an empty column empty", async () => {
    const r = await sql<{ n: number; d: string; u: string }>`select * from unnest(
      ${arrayLiteral([1, -2, null])}::int[], ${arrayLiteral(["2025-08-18", null, "2026-01-07"])}::date[],
      ${arrayLiteral(["00000008-0000-4000-8000-000000000001", null, null])}::uuid[]) t(n, d, u)`.execute(
      handle.db,
    );
    expect(r.rows).toEqual([
      { n: 1, d: "2025-08-18", u: "00000008-0000-4000-8000-000000000001" },
      { n: -2, d: null, u: null },
      { n: null, d: "2026-01-07", u: null },
    ]);
    const empty = await sql<{ n: number }>`select count(*)::int as n
      from unnest(${arrayLiteral([])}::int[])`.execute(handle.db);
    expect(empty.rows[0]!.n).toBe(0);
  });

  it("refuses a number the database could not read back", () => {
    expect(() => arrayLiteral([Number.NaN])).toThrow(/finite/);
  });
});
