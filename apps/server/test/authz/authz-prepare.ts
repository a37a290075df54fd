import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../src/platform/db/schema";
import type { Ctx } from "./authz-harness";

// What a write consumes (a member removed, a consent withdrawn, an entry deleted) is copied
// fresh for each request, so every subject meets the same world and a refusal is about access.

type Table =
  "case_member" | "consent" | "network_map_entry" | "instrument_request" | "plan_handover";

/** Copies a row with a new id (and the given changes); returns the copy's id. */
export async function cloneRow(
  db: Kysely<Database>,
  table: Table,
  id: string,
  changes: Record<string, unknown>,
): Promise<string> {
  const row = (await db
    .selectFrom(table)
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow()) as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...row, ...changes, id: randomUUID() };
  // JSON columns come back parsed; arrays would otherwise be sent as PostgreSQL arrays.
  for (const [k, v] of Object.entries(copy))
    if (v !== null && typeof v === "object" && !(v instanceof Date)) copy[k] = JSON.stringify(v);
  await db
    .insertInto(table)
    .values(copy as never)
    .execute();
  return copy.id as string;
}

export async function caseVersion(ctx: Ctx): Promise<number> {
  const row = await ctx.db
    .selectFrom("cases")
    .select("version")
    .where("id", "=", ctx.refs.caseId)
    .executeTakeFirstOrThrow();
  return row.version;
}

export async function meetingVersion(ctx: Ctx): Promise<number> {
  const row = await ctx.db
    .selectFrom("meeting")
    .select("version")
    .where("id", "=", ctx.refs.meetingId)
    .executeTakeFirstOrThrow();
  return row.version;
}

export async function draftRevision(ctx: Ctx): Promise<number> {
  const row = await ctx.db
    .selectFrom("plan_draft as d")
    .innerJoin("plan as p", "p.id", "d.plan_id")
    .select("d.revision")
    .where("p.case_id", "=", ctx.refs.caseId)
    .executeTakeFirst();
  return row?.revision ?? 1;
}
