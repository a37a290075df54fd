import { type Kysely, sql } from "kysely";
import type { Database } from "../../src/platform/db/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COVERED, NOT_PERSONAL, TABLE_TITLES } from "../../src/features/extract/extract-coverage";
import { CASE_LINKS_CUT, CASE_TABLES } from "../../src/features/retention/case-graph";
import { createTestApp, type TestApp } from "../support/test-app";

// The register extract and retention must know every table that holds a person's data. These
// tests read the database's own catalogue: a new table with a child, guardian or user column, or
// a new table hanging off a case, fails here until it is added to the lists.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PERSON_TABLES = ["child", "guardian", "app_user"];
const PERSON_NAME = /(^|_)(child|person|user|guardian)_id$/;

async function foreignKeys(db: Kysely<Database> = t.db) {
  const rows = await sql<{ table: string; column: string; target: string }>`
    select kcu.table_name as table, kcu.column_name as column, ccu.table_name as target
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on tc.constraint_name = kcu.constraint_name and tc.table_schema = kcu.table_schema
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`.execute(db);
  return rows.rows;
}

/** Person columns (by name or by foreign key) that the extract does not cover. */
async function uncovered(db: Kysely<Database>) {
  const columns = await sql<{ table: string; column: string }>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = 'public'`.execute(db);
  const personal = new Set<string>();
  for (const c of columns.rows)
    if (PERSON_NAME.test(c.column)) personal.add(`${c.table}.${c.column}`);
  for (const fk of await foreignKeys(db))
    if (PERSON_TABLES.includes(fk.target)) personal.add(`${fk.table}.${fk.column}`);
  const covered = new Set(COVERED.map((c) => `${c.table}.${c.column}`));
  const existing = new Set(columns.rows.map((c) => `${c.table}.${c.column}`));
  return {
    missing: [...personal].filter((k) => !covered.has(k) && !(k in NOT_PERSONAL)).sort(),
    // A listed column that is not there (renamed) would be silently skipped.
    stale: [...covered].filter((k) => !existing.has(k)),
  };
}

describe("what the register extract covers", () => {
  it("covers every column that names a child, guardian or user, by name or by foreign key", async () => {
    const { missing, stale } = await uncovered(t.db);
    expect(missing, "add these to COVERED in features/extract/extract-coverage.ts").toEqual([]);
    expect(stale).toEqual([]);
    // Each table has a plain Swedish title for the person's PDF.
    expect(COVERED.map((c) => c.table).filter((t) => !TABLE_TITLES[t])).toEqual([]);
  });

  it("fails for a new table with a child or user reference that is not covered", async () => {
    // The same check, against a table made inside a transaction that is rolled back.
    class Rollback extends Error {}
    let missing: string[] = [];
    await t.db
      .transaction()
      .execute(async (trx) => {
        await sql`create table pupil_note (id uuid primary key, tenant_id uuid, pupil uuid references child(id), author_user_id uuid)`.execute(
          trx,
        );
        missing = (await uncovered(trx)).missing;
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
    expect(missing).toEqual(["pupil_note.author_user_id", "pupil_note.pupil"]);
  });
});

describe("what retention removes with a case", () => {
  it("knows every table that hangs off a case", async () => {
    const fks = await foreignKeys();
    const inGraph = new Set(CASE_TABLES.map((c) => c.table));
    const cut = new Set(CASE_LINKS_CUT.map((l) => `${l.table}.${l.column}`));
    const missing = fks
      .filter(
        (fk) =>
          inGraph.has(fk.target) && !inGraph.has(fk.table) && !cut.has(`${fk.table}.${fk.column}`),
      )
      .map((fk) => `${fk.table}.${fk.column} -> ${fk.target}`);
    expect(
      missing,
      "add these to CASE_TABLES (or CASE_LINKS_CUT) in features/retention/case-graph.ts",
    ).toEqual([]);
    // Children before parents: no table is deleted after a table it references.
    const order = new Map(CASE_TABLES.map((c, i) => [c.table, i]));
    const late = fks.filter(
      (fk) =>
        order.has(fk.table) &&
        order.has(fk.target) &&
        fk.table !== fk.target &&
        order.get(fk.table)! > order.get(fk.target)!,
    );
    expect(late.map((fk) => `${fk.table} after ${fk.target}`)).toEqual([]);
  });
});
