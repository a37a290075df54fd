// Deadlines of one case from the tenant's rules, on civil dates (Europe/Stockholm).
import type { CaseState } from "./case-state";
import {
  addDays,
  addMonths,
  addYears,
  compareCivilDates,
  daysBetween,
  type CivilDate,
} from "./civil-date";
import type { DeadlineRules } from "./deadline-rules";
import type { CaseStage } from "./stages";

export const DEADLINE_KINDS = [
  "first_contact",
  "plan",
  "eht_review",
  "evaluation",
  "follow_up_end",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export type DeadlineStatus = "done" | "upcoming" | "due_soon" | "overdue";

export const DEADLINE_LABELS: Record<DeadlineKind, { sv: string; en: string }> = {
  first_contact: { sv: "Första kontakt med familjen", en: "First contact with the family" },
  plan: { sv: "Handlingsplan klar", en: "Action plan agreed" },
  eht_review: { sv: "Ärendet lyfts i EHT", en: "Case raised in EHT" },
  evaluation: { sv: "Utvärdering", en: "Evaluation" },
  follow_up_end: { sv: "Minsta uppföljningstid slut", en: "Minimum follow-up time ends" },
};

export interface CaseDeadlineFacts {
  stage: CaseStage;
  acute: boolean;
  requestedAt: CivilDate;
  firstContactAt?: CivilDate;
  planAgreedAt?: CivilDate;
  lastEvaluationAt?: CivilDate;
  ehtReviewedAt?: CivilDate;
  /** Required when the stage is `closed`. */
  closedAt?: CivilDate;
}

export interface Deadline {
  kind: DeadlineKind;
  dueDate: CivilDate;
  /** Start of a window (the EHT review: not before `min` days after the plan). */
  earliestDate?: CivilDate;
  doneAt?: CivilDate;
  /** For done deadlines: done after the due date. */
  late?: boolean;
  status: DeadlineStatus;
}

export interface DeadlineOptions {
  /** A deadline this many days away or fewer (today included) is `due_soon`. Default 3. */
  dueSoonDays?: number;
}

export function deadlineFactsOf(state: CaseState): CaseDeadlineFacts {
  const facts: CaseDeadlineFacts = {
    stage: state.stage,
    acute: state.acute,
    requestedAt: state.requestedOn,
  };
  if (state.firstContactOn) facts.firstContactAt = state.firstContactOn;
  if (state.planAgreedOn) facts.planAgreedAt = state.planAgreedOn;
  if (state.lastEvaluationOn) facts.lastEvaluationAt = state.lastEvaluationOn;
  if (state.ehtReviewedOn) facts.ehtReviewedAt = state.ehtReviewedOn;
  if (state.closure) facts.closedAt = state.closure.on;
  return facts;
}

/**
 * The case's deadlines in a fixed order (first contact, plan, EHT review, evaluation, follow-up
 * end). A declined request has none. An open case is judged on `today`; a closed case on its
 * closing date: what was missed before closing stays `overdue`, what was not yet due is dropped.
 * The EHT review and evaluation exist once a plan is agreed; evaluation recurs from the last one.
 * The follow-up end is `done` once the minimum follow-up time has passed.
 */
export function computeDeadlines(
  facts: CaseDeadlineFacts,
  rules: DeadlineRules,
  today: CivilDate,
  options: DeadlineOptions = {},
): Deadline[] {
  if (facts.stage === "declined") return [];
  if (facts.stage === "closed" && !facts.closedAt)
    throw new RangeError("closedAt is required for a closed case");
  const closedAt = facts.stage === "closed" ? facts.closedAt : undefined;
  const reference = closedAt ?? today;
  const dueSoonDays = options.dueSoonDays ?? 3;
  const out: Deadline[] = [];

  const add = (
    kind: DeadlineKind,
    dueDate: CivilDate,
    doneAt?: CivilDate,
    earliestDate?: CivilDate,
  ) => {
    const base = earliestDate ? { kind, dueDate, earliestDate } : { kind, dueDate };
    if (doneAt) {
      out.push({ ...base, doneAt, late: compareCivilDates(doneAt, dueDate) > 0, status: "done" });
      return;
    }
    const daysLeft = daysBetween(reference, dueDate);
    if (daysLeft < 0) out.push({ ...base, status: "overdue" });
    else if (closedAt)
      return; // closed before it fell due
    else out.push({ ...base, status: daysLeft <= dueSoonDays ? "due_soon" : "upcoming" });
  };

  const contactDays = facts.acute ? rules.firstContactDaysAcute : rules.firstContactDays;
  add("first_contact", addDays(facts.requestedAt, contactDays), facts.firstContactAt);
  add("plan", addDays(facts.requestedAt, rules.planWithinDays), facts.planAgreedAt);

  const plan = facts.planAgreedAt;
  if (plan) {
    const review = facts.ehtReviewedAt;
    const reviewDone = review && compareCivilDates(review, plan) >= 0 ? review : undefined;
    const { min, max } = rules.ehtReviewAfterPlanDays;
    add("eht_review", addDays(plan, max), reviewDone, addDays(plan, min));
    add("evaluation", addMonths(facts.lastEvaluationAt ?? plan, rules.evaluationEveryMonths));
  }

  if (rules.followUpYears !== null) {
    const end = addYears(facts.requestedAt, rules.followUpYears);
    if (compareCivilDates(reference, end) >= 0)
      out.push({ kind: "follow_up_end", dueDate: end, doneAt: end, late: false, status: "done" });
    else add("follow_up_end", end);
  }
  return out;
}
