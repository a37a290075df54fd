import { type Expression, type SqlBool, sql } from "kysely";
import type { CaseListQuery } from "@kring/contracts";
import { badRequest } from "../../platform/http/errors";

type Sort = CaseListQuery["sort"];

/**
 * Where the last page ended, in the order's own keys. The time is kept to the microsecond as the
 * database holds it (a JS Date would round it to the millisecond and skip or repeat rows).
 */
interface Position {
  sort: Sort;
  acute: boolean;
  at: string;
  id: string;
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The requested time as the cursor keeps it: UTC, six decimals, the same on both databases. */
export const positionAt = sql<string>`to_char(c.requested_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export function encodeCursor(p: Position) {
  return Buffer.from(JSON.stringify([p.sort, p.acute, p.at, p.id])).toString("base64url");
}

const badCursor = () =>
  badRequest(
    "bad_cursor",
    "Sidan kunde inte hämtas: länken till nästa sida är ogiltig. Ladda om listan.",
    "The page could not be read: the link to the next page is not valid. Reload the list.",
  );

/** The cursor the client sent back; anything it did not get from us is a 400, never a 500. */
export function decodeCursor(cursor: string, sort: Sort): Position {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(value) || value.length !== 4) throw badCursor();
  const [s, acute, at, id] = value as unknown[];
  // A cursor of another order would resume at a place that order never reached.
  if (s !== sort || typeof acute !== "boolean") throw badCursor();
  if (typeof at !== "string" || !AT.test(at) || Number.isNaN(Date.parse(at))) throw badCursor();
  if (typeof id !== "string" || !UUID.test(id)) throw badCursor();
  return { sort, acute, at, id };
}

/** The order of each sort, always ending in the id so that no two rows tie. */
export const ORDER: Record<
  Sort,
  { column: "c.acute" | "c.requested_at" | "c.id"; desc: boolean }[]
> = {
  acute: [
    { column: "c.acute", desc: true },
    { column: "c.requested_at", desc: true },
    { column: "c.id", desc: true },
  ],
  newest: [
    { column: "c.requested_at", desc: true },
    { column: "c.id", desc: true },
  ],
  oldest: [
    { column: "c.requested_at", desc: false },
    { column: "c.id", desc: false },
  ],
};

/** The rows after the position in the sort's order (a row comparison, all keys one direction). */
export function after(p: Position): Expression<SqlBool> {
  const at = sql`${p.at}::timestamptz`;
  const id = sql`${p.id}::uuid`;
  switch (p.sort) {
    case "acute":
      return sql<SqlBool>`(c.acute, c.requested_at, c.id) < (${p.acute}, ${at}, ${id})`;
    case "newest":
      return sql<SqlBool>`(c.requested_at, c.id) < (${at}, ${id})`;
    case "oldest":
      return sql<SqlBool>`(c.requested_at, c.id) > (${at}, ${id})`;
  }
}
