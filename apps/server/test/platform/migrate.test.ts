import { describe, expect, it } from "vitest";
import { splitSqlStatements } from "../../src/platform/db/migrate";

describe("SQL migration splitter", () => {
  it("splits on statement ends but keeps $$ bodies whole and drops comment lines", () => {
    const text = [
      "-- a comment;",
      "CREATE TABLE a (x int);",
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$",
      "BEGIN",
      "  RAISE EXCEPTION 'no';",
      "END;",
      "$$;",
      "CREATE INDEX i ON a (x);",
    ].join("\n");
    const parts = splitSqlStatements(text);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toContain("RAISE EXCEPTION 'no';");
    expect(parts[1]!.endsWith("$$;")).toBe(true);
  });
});
