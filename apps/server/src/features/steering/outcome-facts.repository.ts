// What the outcome indicators read besides the case's state (compute-outcomes.ts): the dates of
// steps the state does not keep, the submitted instruments' stored totals, and school results.
// Whole tenant at once, a handful of queries, so a report's cost does not grow per case.
import { type Kysely, sql } from "kysely";
import { type CivilDate, stockholmDate } from "@kring/domain/cases";
import type { SdqInformant } from "@kring/domain/instruments";
import type { Database } from "../../platform/db/schema";
import { instrumentSettingsOf } from "../instruments/instrument-settings";
import type { MeasureRules, Measure, OutcomeFacts } from "./compute-outcomes";

const civil = (at: Date | string) => stockholmDate(new Date(at));
const PASS = ["A", "B", "C", "D", "E"];

interface Steps {
  coordinatorsOn: CivilDate | null;
  endedOn: CivilDate[];
  reopenedOn: CivilDate[];
}

/** Outcome facts per case id, for the given cases (id and child). */
export async function outcomeFacts(
  db: Kysely<Database>,
  tenantId: string,
  cases: { id: string; childId: string }[],
): Promise<Map<string, OutcomeFacts>> {
  const [events, measures, grades, year3] = await Promise.all([
    sql<{ case_id: string; kind: string; at: Date | string }>`
      select case_id, kind, at from case_event
      where tenant_id = ${tenantId}
        and kind in ('appoint_coordinators', 'close', 'decline', 'reopen')
      order by at`.execute(db),
    // Totals as the domain's scoring stored them at submission; nothing is scored again here.
    sql<{
      case_id: string;
      instrument: Measure["instrument"];
      informant: SdqInformant;
      submitted_at: Date | string;
      total: string | null;
      band: string | null;
    }>`
      select q.case_id, q.instrument, q.informant, r.submitted_at,
        case when q.instrument = 'sdq' then r.scores -> 'scores' ->> 'total'
          else r.scores ->> 'total' end as total,
        r.scores -> 'bands3' ->> 'total' as band
      from instrument_request q
      join instrument_response r on r.request_id = q.id and r.tenant_id = q.tenant_id
      where q.tenant_id = ${tenantId}
      order by r.submitted_at`.execute(db),
    db
      .selectFrom("school_grade")
      .select(["child_id", "term", "grade"])
      .where("tenant_id", "=", tenantId)
      .where("school_year", "=", 9)
      .execute(),
    db
      .selectFrom("year3_result")
      .select(["child_id", "term", "area", "result"])
      .where("tenant_id", "=", tenantId)
      .execute(),
  ]);

  const steps = new Map<string, Steps>();
  for (const e of events.rows) {
    const s = steps.get(e.case_id) ?? { coordinatorsOn: null, endedOn: [], reopenedOn: [] };
    const on = civil(e.at);
    if (e.kind === "appoint_coordinators") s.coordinatorsOn ??= on;
    else if (e.kind === "reopen") s.reopenedOn.push(on);
    else s.endedOn.push(on);
    steps.set(e.case_id, s);
  }
  const byCase = new Map<string, Measure[]>();
  for (const m of measures.rows) {
    const total = m.total === null ? null : Number(m.total);
    byCase.set(m.case_id, [
      ...(byCase.get(m.case_id) ?? []),
      {
        instrument: m.instrument,
        informant: m.informant,
        on: civil(m.submitted_at),
        total: total !== null && Number.isFinite(total) ? total : null,
        abnormal: m.band === "abnormal",
      },
    ]);
  }
  const year9 = termsOf(grades, (rows) => rows.every((g) => PASS.includes(g.grade)));
  // All three areas met; a missing area or absence is not met.
  const basics = termsOf(
    year3,
    (rows) => new Set(rows.filter((r) => r.result === "met").map((r) => r.area)).size === 3,
  );

  return new Map(
    cases.map((c) => [
      c.id,
      {
        childId: c.childId,
        ...(steps.get(c.id) ?? { coordinatorsOn: null, endedOn: [], reopenedOn: [] }),
        measures: byCase.get(c.id) ?? [],
        year9: (year9.get(c.childId) ?? []).map(([term, ok]) => ({ term, allPassed: ok })),
        year3: (basics.get(c.childId) ?? []).map(([term, ok]) => ({ term, allMet: ok })),
      },
    ]),
  );
}

/** Per child, each term's rows judged by `ok`. */
function termsOf<R extends { child_id: string; term: string }>(
  rows: R[],
  ok: (rows: R[]) => boolean,
): Map<string, [string, boolean][]> {
  const grouped = new Map<string, Map<string, R[]>>();
  for (const r of rows) {
    const terms = grouped.get(r.child_id) ?? new Map<string, R[]>();
    terms.set(r.term, [...(terms.get(r.term) ?? []), r]);
    grouped.set(r.child_id, terms);
  }
  return new Map(
    [...grouped].map(([child, terms]) => [
      child,
      [...terms].map(([term, list]): [string, boolean] => [term, ok(list)]),
    ]),
  );
}

/** The tenant's instrument settings, as the outcome indicators use them. */
export async function measureRulesOf(
  db: Kysely<Database>,
  tenantId: string,
): Promise<MeasureRules> {
  const { schedule, thresholds } = await instrumentSettingsOf(db, tenantId);
  return {
    sdqEveryMonths: schedule.sdqEveryMonths,
    sdqTotalImprovement: thresholds.sdqTotalImprovement,
    orsReliableChange: thresholds.orsReliableChange,
    srsAlertBelow: thresholds.srsAlertBelow,
  };
}
