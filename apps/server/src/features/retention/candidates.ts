import { sql, type Kysely } from "kysely";
import type { Database } from "../../platform/db/schema";
import { type RetentionRule, type TenantRule, cutoff } from "./rules";

// What each rule would remove now, in groups: a case, a term of attendance, a day of sessions,
// import files or audit entries. A group's key and description carry no personal data (a case
// is named by its id and its closing date only), so the preview and the record can show them.

export interface Candidate {
  rule: RetentionRule;
  itemKey: string;
  description: string;
  itemCount: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const nextDay = (key: string) => day(new Date(Date.parse(`${key}T00:00:00Z`) + 86_400_000));

/** The last day of a term: the spring term ends 30 June, the autumn term 31 December. */
export function termEnd(termKey: string): Date {
  const [year, term] = termKey.split("-");
  return new Date(`${year}-${term === "VT" ? "06-30" : "12-31"}T23:59:59Z`);
}
export function termRange(termKey: string): [string, string] {
  const [year, term] = termKey.split("-");
  return term === "VT" ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
}

async function caseCandidates(
  db: Kysely<Database>,
  tenantId: string,
  rule: TenantRule,
  now: Date,
): Promise<Candidate[]> {
  const stage = rule.rule === "closed_case" ? "closed" : "declined";
  const rows = await db
    .selectFrom("cases")
    .select(["id", sql<Date>`coalesce(closed_at, updated_at)`.as("ended_at")])
    .where("tenant_id", "=", tenantId)
    .where("stage", "=", stage)
    .where(sql<boolean>`coalesce(closed_at, updated_at) < ${cutoff(rule, now)}`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("legal_hold")
            .select("case_id")
            .whereRef("legal_hold.case_id", "=", "cases.id"),
        ),
      ),
    )
    .orderBy("ended_at")
    .execute();
  return rows.map((r) => ({
    rule: rule.rule,
    itemKey: r.id,
    description: `${stage === "closed" ? "Ärende avslutat" : "Förfrågan avslagen"} ${day(new Date(r.ended_at))}`,
    itemCount: 1,
  }));
}

async function termCandidates(db: Kysely<Database>, tenantId: string, rule: TenantRule, now: Date) {
  const before = cutoff(rule, now);
  const rows = await sql<{ term: string; n: number }>`
    select extract(year from date)::int || case when extract(month from date) <= 6 then '-VT' else '-HT' end as term,
           count(*)::int as n
    from attendance_lesson where tenant_id = ${tenantId} and date < ${day(before)}
    group by 1 order by 1`.execute(db);
  return rows.rows
    .filter((r) => termEnd(r.term) < before)
    .map((r) => ({
      rule: rule.rule,
      itemKey: r.term,
      description: `Närvaro ${r.term.endsWith("VT") ? "vårterminen" : "höstterminen"} ${r.term.slice(0, 4)}`,
      itemCount: r.n,
    }));
}

/** Whole days that ended before the cut-off, with how many rows each holds. */
async function dayCandidates(
  rule: TenantRule,
  now: Date,
  query: (before: Date) => Promise<{ day: string; n: number }[]>,
  label: string,
) {
  const before = cutoff(rule, now);
  const rows = await query(new Date(`${day(before)}T00:00:00Z`));
  return rows.map((r) => ({
    rule: rule.rule,
    itemKey: r.day,
    description: `${label} ${r.day}`,
    itemCount: r.n,
  }));
}

const byDay =
  (db: Kysely<Database>, tenantId: string, table: string, column: string, extra = sql``) =>
  async (before: Date) =>
    (
      await sql<{ day: string; n: number }>`
        select to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as n
        from ${sql.table(table)} where tenant_id = ${tenantId} and ${sql.ref(column)} < ${before} ${extra}
        group by 1 order by 1`.execute(db)
    ).rows;

/** Participations that ended, and suggestions handled, per day (issue #22). */
const leisureDays = (db: Kysely<Database>, tenantId: string) => async (before: Date) =>
  (
    await sql<{ day: string; n: number }>`
      select day, count(*)::int as n from (
        select to_char(ended_on, 'YYYY-MM-DD') as day from offer_participant
        where tenant_id = ${tenantId} and ended_on < ${day(before)}
        union all
        select to_char(handled_at at time zone 'UTC', 'YYYY-MM-DD') from offer_suggestion
        where tenant_id = ${tenantId} and handled_at < ${before}) d
      group by 1 order by 1`.execute(db)
  ).rows;

export async function candidatesFor(
  db: Kysely<Database>,
  tenantId: string,
  rule: TenantRule,
  now: Date,
): Promise<Candidate[]> {
  switch (rule.rule) {
    case "closed_case":
    case "declined_request":
      return caseCandidates(db, tenantId, rule, now);
    case "attendance_lessons":
      return termCandidates(db, tenantId, rule, now);
    case "expired_sessions":
      return dayCandidates(
        rule,
        now,
        byDay(db, tenantId, "user_session", "last_seen_at"),
        "Inloggningar senast använda",
      );
    case "import_files": {
      const uploads = await dayCandidates(
        rule,
        now,
        byDay(db, tenantId, "attendance_upload", "saved_at"),
        "Importfiler uppladdade",
      );
      const jobs = await dayCandidates(
        rule,
        now,
        byDay(db, tenantId, "attendance_import_job", "updated_at", sql`and status <> 'running'`),
        "Importrapporter från",
      );
      return mergeDays([...uploads, ...jobs], "Importfiler och importrapporter");
    }
    case "audit_entries":
      return dayCandidates(rule, now, byDay(db, tenantId, "audit_event", "at"), "Loggposter från");
    case "leisure_participation":
      return dayCandidates(
        rule,
        now,
        leisureDays(db, tenantId),
        "Avslutat deltagande i aktiviteter",
      );
    case "closed_early_support": {
      const contacts = await dayCandidates(
        rule,
        now,
        byDay(db, tenantId, "early_support_contact", "closed_at", sql`and status <> 'open'`),
        "",
      );
      const asks = await dayCandidates(
        rule,
        now,
        byDay(db, tenantId, "plan_start_ask", "done_at"),
        "",
      );
      return mergeDays([...contacts, ...asks], "Tidigt stöd och frågor om plan avslutade");
    }
  }
}

/** One group per day for two kinds of row: the key is the day, the count both together. */
function mergeDays(candidates: Candidate[], label: string) {
  const merged = new Map<string, Candidate>();
  for (const c of candidates) {
    const had = merged.get(c.itemKey);
    merged.set(c.itemKey, {
      ...c,
      description: `${label} ${c.itemKey}`,
      itemCount: (had?.itemCount ?? 0) + c.itemCount,
    });
  }
  return [...merged.values()].sort((a, b) => (a.itemKey < b.itemKey ? -1 : 1));
}

export { nextDay };
