// The indicators' raw counts per area, from the facts of each case. Pure: the repository reads
// the facts, protect.ts hides small counts afterwards. Dates are civil dates (Europe/Stockholm);
// a deadline is met on its last day ("within 7 days" includes day 7).
import {
  addDays,
  addMonths,
  addYears,
  type CaseState,
  type CivilDate,
  type DeadlineRules,
  daysBetween,
} from "@kring/domain/cases";
import { LEAD_SEGMENTS, type LeadStep, leadId } from "./indicators";
import {
  DEFAULT_MEASURE_RULES,
  type MeasureRules,
  type OutcomeFacts,
  countOutcomes,
} from "./compute-outcomes";

export interface CaseFacts {
  /** The area of the unit that raised the request (null: a unit outside every area). */
  areaId: string | null;
  state: CaseState;
  /** The day the request was sent for assessment (its first `submit` event). */
  submittedOn: CivilDate | null;
  /** The day the first SDQ of the case was submitted, by any informant. */
  firstSdqOn: CivilDate | null;
  /** For the outcome indicators (compute-outcomes.ts); without it a case counts in none. */
  outcomes?: OutcomeFacts;
}

export interface Period {
  from: CivilDate;
  to: CivilDate;
}

/** A count pair (share, ratio) or a list of durations in days (lead times). */
export interface RawFigure {
  numerator: number;
  denominator: number;
  days: number[];
}

export type AreaFigures = Map<string, RawFigure>;

const within = (date: CivilDate | undefined | null, p: Period): date is CivilDate =>
  !!date && date >= p.from && date <= p.to;
const onOrBefore = (date: CivilDate | undefined | null, limit: CivilDate) =>
  !!date && date <= limit;

/** Raw figures per area key ("" for cases outside every area). */
export function computeFigures(
  cases: CaseFacts[],
  period: Period,
  today: CivilDate,
  rules: DeadlineRules,
  measureRules: MeasureRules = DEFAULT_MEASURE_RULES,
): Map<string, AreaFigures> {
  const areas = new Map<string, AreaFigures>();
  const figure = (area: string | null, id: string): RawFigure => {
    const key = area ?? "";
    if (!areas.has(key)) areas.set(key, new Map());
    const figures = areas.get(key)!;
    if (!figures.has(id)) figures.set(id, { numerator: 0, denominator: 0, days: [] });
    return figures.get(id)!;
  };
  const count = (area: string | null, id: string, met: boolean) => {
    const f = figure(area, id);
    f.denominator += 1;
    if (met) f.numerator += 1;
  };

  for (const c of cases) {
    const s = c.state;
    const declined = s.stage === "declined";
    if (within(s.requestedOn, period) && !declined) {
      const contactDays = s.acute ? rules.firstContactDaysAcute : rules.firstContactDays;
      const contactDue = addDays(s.requestedOn, contactDays);
      if (s.firstContactOn || contactDue < today)
        count(c.areaId, "contact_within_deadline", onOrBefore(s.firstContactOn, contactDue));
      const planDue = addDays(s.requestedOn, rules.planWithinDays);
      if (s.planAgreedOn || planDue < today)
        count(c.areaId, "sip_within_30_days", onOrBefore(s.planAgreedOn, planDue));
    }

    const nm1 = firstMeeting(s, "network_meeting_1");
    if (within(nm1, period))
      count(c.areaId, "sdq_before_first_meeting", onOrBefore(c.firstSdqOn, nm1));

    if (s.planAgreedOn) {
      const due = addMonths(s.planAgreedOn, rules.evaluationEveryMonths);
      const closedBefore = s.closure && s.closure.on < due;
      if (within(due, period) && due < today && !closedBefore) {
        const evaluated = (s.evaluations ?? []).some((e) => e.on <= due);
        count(c.areaId, "evaluation_at_6_months", evaluated || onOrBefore(s.lastEvaluationOn, due));
      }
    }

    if (s.stage === "closed" && within(s.closure?.on, period) && rules.followUpYears !== null)
      count(
        c.areaId,
        "followed_two_years",
        s.closure.on >= addYears(s.requestedOn, rules.followUpYears),
      );

    for (const action of s.authorityActions) {
      if (!within(action.on, period)) continue;
      const kind = action.kind;
      if (kind === "application") figure(c.areaId, "applications_vs_reports").numerator += 1;
      if (kind === "report_of_concern")
        figure(c.areaId, "applications_vs_reports").denominator += 1;
    }

    const steps: Record<LeadStep, CivilDate | null | undefined> = {
      request: s.requestedOn,
      assessment: c.submittedOn,
      network_meeting_1: nm1,
      plan: s.planAgreedOn,
      closure: s.stage === "closed" ? s.closure?.on : undefined,
    };
    for (const [from, to] of LEAD_SEGMENTS) {
      const start = steps[from];
      const end = steps[to];
      if (!start || !within(end, period) || end < start) continue;
      const days = daysBetween(start, end);
      for (const measure of ["median", "p90"] as const) {
        const f = figure(c.areaId, leadId(from, to, measure));
        f.denominator += 1;
        f.days.push(days);
      }
    }
  }
  countOutcomes(cases, period, today, measureRules, count);
  return areas;
}

function firstMeeting(state: CaseState, kind: string): CivilDate | undefined {
  return state.meetings
    .filter((m) => m.kind === kind)
    .map((m) => m.heldOn)
    .sort()[0];
}

/** The q-quantile (0..1) of whole days by the nearest-rank method: always a day that occurred. */
export function quantile(days: number[], q: number): number | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}
