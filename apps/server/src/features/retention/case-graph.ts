import { type RawBuilder, sql, type Transaction, type Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";

// Everything that belongs to one collaboration case, as (table, condition on the case id), in an
// order that deletes children before their parents. The archive copy reads these rows and the
// closed-case rule deletes them; case-graph.test.ts fails when a table that references a case
// (or one of these tables) by foreign key is missing here.

type Condition = (caseId: string) => RawBuilder<boolean>;

const via =
  (column: string, parent: string, parentColumn = "case_id"): Condition =>
  (id) =>
    sql<boolean>`${sql.raw(column)} in (select id from ${sql.raw(parent)} where ${sql.raw(parentColumn)} = ${id})`;

const viaPlan = (column = "plan_id"): Condition => via(column, "plan");

export interface CaseTable {
  table: string;
  where: Condition;
}

export const CASE_TABLES: CaseTable[] = [
  { table: "consent_request_answer", where: via("request_id", "consent_request") },
  { table: "consent_request_unit", where: via("request_id", "consent_request") },
  { table: "consent_request", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "family_request", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "consent_unit", where: via("consent_id", "consent") },
  {
    table: "meeting_invitee",
    where: (id) =>
      sql<boolean>`(${via("meeting_id", "meeting")(id)} or ${via("case_member_id", "case_member")(id)})`,
  },
  { table: "meeting_minutes_correction", where: via("meeting_id", "meeting") },
  { table: "meeting_family_invitee", where: via("meeting_id", "meeting") },
  { table: "meeting_notice", where: via("meeting_id", "meeting") },
  { table: "meeting_decision_task", where: (id) => sql<boolean>`case_id = ${id}` },
  {
    table: "instrument_response",
    where: (id) =>
      sql<boolean>`request_id in (select id from instrument_request where case_id = ${id} or meeting_id in (select id from meeting where case_id = ${id}))`,
  },
  {
    table: "instrument_request",
    where: (id) =>
      sql<boolean>`(case_id = ${id} or meeting_id in (select id from meeting where case_id = ${id}))`,
  },
  {
    table: "plan_goal_assessment",
    where: (id) =>
      sql<boolean>`follow_up_id in (select f.id from plan_follow_up f join plan p on p.id = f.plan_id where p.case_id = ${id})`,
  },
  { table: "plan_action_note", where: viaPlan() },
  { table: "plan_family_comment", where: viaPlan() },
  { table: "plan_follow_up", where: viaPlan() },
  { table: "plan_agreement", where: viaPlan() },
  { table: "plan_action", where: viaPlan() },
  { table: "plan_handover", where: viaPlan() },
  { table: "plan_version", where: viaPlan() },
  { table: "plan_draft", where: viaPlan() },
  { table: "plan_draft_revision", where: viaPlan() },
  { table: "plan", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "meeting", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "consent", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "attachment", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "case_event", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "case_involved_unit", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "network_map_entry", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "emergency_access", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "case_member", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "legal_hold", where: (id) => sql<boolean>`case_id = ${id}` },
  { table: "cases", where: (id) => sql<boolean>`id = ${id}` },
];

/**
 * Tables that reference a case but are not the case's own record: the link is cut, the row stays
 * (an attendance escalation is attendance data, with its own rule).
 */
export const CASE_LINKS_CUT: { table: string; column: string }[] = [
  { table: "attendance_escalation", column: "case_id" },
  // Early support that led to the request is the early-support team's, with its own rule.
  { table: "early_support_contact", column: "case_id" },
];

/** Binary columns are described, not copied, in JSON (the archive stores the files apart). */
const BINARY = new Set(["data"]);

/** The case's rows per table, as the archive copy keeps them. */
export async function readCaseRows(db: Kysely<Database> | Transaction<Database>, caseId: string) {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of [...CASE_TABLES].reverse()) {
    const result = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(t.table)} where ${t.where(caseId)}`.execute(db);
    out[t.table] = result.rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) =>
          BINARY.has(k) && v instanceof Uint8Array ? [k, { bytes: v.byteLength }] : [k, v],
        ),
      ),
    );
  }
  return out;
}

/** Deletes the case and everything of it; returns the rows removed per table (counts only). */
export async function deleteCase(trx: Transaction<Database>, caseId: string) {
  const removed: Record<string, number> = {};
  // Agreed plan versions refuse deletion except in a retention run (migration 4010).
  await sql`select set_config('kring.retention', 'on', true)`.execute(trx);
  for (const link of CASE_LINKS_CUT)
    await sql`update ${sql.table(link.table)} set ${sql.ref(link.column)} = null where ${sql.ref(link.column)} = ${caseId}`.execute(
      trx,
    );
  for (const t of CASE_TABLES) {
    const result = await sql`delete from ${sql.table(t.table)} where ${t.where(caseId)}`.execute(
      trx,
    );
    const n = Number(result.numAffectedRows ?? 0);
    if (n > 0) removed[t.table] = n;
  }
  return removed;
}
