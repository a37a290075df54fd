// The raw figures of the outcome indicators (outcome-indicators.ts), from each case's facts.
// Pure, like compute.ts, which calls it with its own counter.
import {
  DECLINE_REASONS,
  OPEN_STAGES,
  type CaseState,
  type CaseStage,
  type CivilDate,
  type DeclineReason,
  addMonths,
} from "@kring/domain/cases";
import {
  ORS_DEFAULT_RELIABLE_CHANGE,
  SDQ_DEFAULT_TOTAL_IMPROVEMENT,
  SRS_DEFAULT_ALERT_BELOW,
  type SdqInformant,
  orsReliableChange,
} from "@kring/domain/instruments";
import type { CaseFacts, Period } from "./compute";
import { declinedReasonId, openStageId } from "./outcome-indicators";

/** One submitted form, with what its scoring (the domain's, at submission) stored. */
export interface Measure {
  instrument: "sdq" | "ors" | "srs";
  informant: SdqInformant;
  on: CivilDate;
  /** SDQ total difficulties, ORS or SRS total; null when the form could not give one. */
  total: number | null;
  /** SDQ only: the total's three-band category was "abnormal". */
  abnormal: boolean;
}

/** What the outcome indicators need of a case besides its state. */
export interface OutcomeFacts {
  childId: string;
  /** The first `appoint_coordinators` step: the state keeps no date for it. */
  coordinatorsOn: CivilDate | null;
  /** Days the case was closed or declined, and reopened (a reopened state forgets its end). */
  endedOn: CivilDate[];
  reopenedOn: CivilDate[];
  measures: Measure[];
  /** The child's school results per term (VT2026, HT2025 ...), the same in each of its cases. */
  year9: { term: string; allPassed: boolean }[];
  year3: { term: string; allMet: boolean }[];
}

/** The tenant's instrument settings the indicators follow. */
export interface MeasureRules {
  sdqEveryMonths: number | null;
  sdqTotalImprovement: number;
  orsReliableChange: number;
  srsAlertBelow: number;
}
export const DEFAULT_MEASURE_RULES: MeasureRules = {
  sdqEveryMonths: 6,
  sdqTotalImprovement: SDQ_DEFAULT_TOTAL_IMPROVEMENT,
  orsReliableChange: ORS_DEFAULT_RELIABLE_CHANGE,
  srsAlertBelow: SRS_DEFAULT_ALERT_BELOW,
};

type Count = (area: string | null, id: string, met: boolean) => void;
const last = <T>(list: T[]) => list[list.length - 1];
const latestOn = (dates: (CivilDate | undefined | null)[], limit: CivilDate) =>
  dates
    .filter((d): d is CivilDate => !!d && d <= limit)
    .sort()
    .at(-1);

/** Whether the case was open on a day: requested, and not ended since its last reopening. */
export function openOn(c: CaseFacts, o: OutcomeFacts, day: CivilDate): boolean {
  const s = c.state;
  if (s.requestedOn > day) return false;
  const ended = latestOn(
    [
      ...o.endedOn,
      s.closure?.on,
      s.declined?.on,
      ...s.authorityActions.filter((a) => a.closedCase).map((a) => a.on),
    ],
    day,
  );
  const reopened = latestOn(o.reopenedOn, day);
  return !ended || (!!reopened && reopened >= ended);
}

/**
 * The stage of an open case on a day. Today it is the stage itself; before, it is read from the
 * dated steps, as `stageBeforeEnd` reads where a case ended.
 */
export function stageOn(c: CaseFacts, o: OutcomeFacts, day: CivilDate, today: CivilDate) {
  const s: CaseState = c.state;
  if (day >= today && s.stage !== "closed" && s.stage !== "declined") return s.stage;
  const by = (d: CivilDate | undefined | null) => !!d && d <= day;
  const evaluated = latestOn(
    [s.evaluationStartedOn, ...(s.evaluations ?? []).map((e) => e.on)],
    day,
  );
  const held = (kind: string) => s.meetings.some((m) => m.kind === kind && by(m.heldOn));
  let stage: CaseStage = "request";
  if (evaluated && !(by(s.planRevisedOn) && s.planRevisedOn! >= evaluated)) stage = "evaluation";
  else if (by(s.planAgreedOn)) stage = "interventions";
  else if (held("network_meeting_2")) stage = "network_meeting_2";
  else if (held("network_meeting_1")) stage = "network_meeting_1";
  else if (held("pre_meeting")) stage = "pre_meeting";
  else if (by(s.firstContactOn)) stage = "first_contact";
  else if (by(o.coordinatorsOn)) stage = "coordinators_appointed";
  else if (by(c.submittedOn)) stage = "assessment";
  return stage;
}

/** The first and latest totals of one informant's series, preferring informants in order. */
function firstAndLatest(ms: Measure[], order: SdqInformant[], to: CivilDate) {
  for (const informant of order) {
    const series = ms.filter((m) => m.informant === informant && m.total !== null && m.on <= to);
    if (series.length >= 2) return { first: series[0]!, latest: last(series)! };
  }
  return null;
}

/** A term's last day: VT runs January-June, HT July-December (as the steering periods). */
export const termEnd = (term: string) =>
  `${term.slice(2)}-${term.startsWith("VT") ? "06-30" : "12-31"}`;

export function countOutcomes(
  cases: CaseFacts[],
  period: Period,
  today: CivilDate,
  rules: MeasureRules,
  count: Count,
) {
  const within = (d: CivilDate | undefined | null): d is CivilDate =>
    !!d && d >= period.from && d <= period.to;
  const asOf = period.to < today ? period.to : today;
  const snapshot = asOf >= period.from;
  // A child counts once for school results, in the area of their latest case (not declined).
  const childCases = new Map<string, CaseFacts[]>();

  for (const c of cases) {
    const o = c.outcomes;
    if (!o) continue;
    const s = c.state;
    if (s.stage === "declined" && within(s.declined?.on)) {
      const reason: DeclineReason = s.declined?.reasonCode ?? "other";
      for (const r of DECLINE_REASONS) count(c.areaId, declinedReasonId(r), r === reason);
    }
    if (s.stage !== "declined")
      childCases.set(o.childId, [...(childCases.get(o.childId) ?? []), c]);
    if (snapshot && openOn(c, o, asOf)) {
      const stage = stageOn(c, o, asOf, today);
      for (const st of OPEN_STAGES) count(c.areaId, openStageId(st), st === stage);
      const nm1 = s.meetings
        .filter((m) => m.kind === "network_meeting_1")
        .map((m) => m.heldOn)
        .sort()[0];
      const months = rules.sdqEveryMonths;
      if (months !== null && nm1 && addMonths(nm1, months) <= asOf) {
        const sdq = latestOn(
          o.measures.filter((m) => m.instrument === "sdq").map((m) => m.on),
          asOf,
        );
        count(c.areaId, "sdq_every_6_months", !!sdq && addMonths(sdq, months) >= asOf);
      }
    }
    const sdq = firstAndLatest(
      o.measures.filter((m) => m.instrument === "sdq"),
      ["parent", "self", "teacher"],
      period.to,
    );
    if (sdq && within(sdq.latest.on)) {
      count(
        c.areaId,
        "sdq_total_improved",
        sdq.first.total! - sdq.latest.total! >= rules.sdqTotalImprovement,
      );
      if (sdq.first.abnormal) count(c.areaId, "sdq_left_abnormal", !sdq.latest.abnormal);
    }
    const ors = firstAndLatest(
      o.measures.filter((m) => m.instrument === "ors"),
      ["self", "parent", "teacher"],
      period.to,
    );
    if (ors && within(ors.latest.on))
      count(
        c.areaId,
        "ors_reliable_improvement",
        orsReliableChange(ors.first.total!, ors.latest.total!, {
          threshold: rules.orsReliableChange,
        }) === "improved",
      );
    const srs = last(o.measures.filter((m) => m.instrument === "srs" && within(m.on)));
    if (srs && srs.total !== null)
      count(c.areaId, "srs_satisfied", srs.total >= rules.srsAlertBelow);
  }

  for (const list of childCases.values()) {
    const o = list[0]!.outcomes!;
    // The child's latest case requested by the term's end, for the latest term in the period.
    const count1 = (id: string, results: { term: string; ok: boolean }[]) => {
      const found = results
        .map((r) => ({ ...r, end: termEnd(r.term) }))
        .filter((r) => within(r.end))
        .sort((a, b) => b.end.localeCompare(a.end))
        .map((r) => ({ r, c: latestCase(list, r.end) }))
        .find((x) => x.c);
      if (found) count(found.c!.areaId, id, found.r.ok);
    };
    count1(
      "school_results",
      o.year9
        .filter((r) => r.term.startsWith("VT"))
        .map((r) => ({ term: r.term, ok: r.allPassed })),
    );
    count1(
      "school_results_year3",
      o.year3.map((r) => ({ term: r.term, ok: r.allMet })),
    );
  }
}

const latestCase = (list: CaseFacts[], by: CivilDate) =>
  list
    .filter((c) => c.state.requestedOn <= by)
    .sort((a, b) => a.state.requestedOn.localeCompare(b.state.requestedOn))
    .at(-1);
