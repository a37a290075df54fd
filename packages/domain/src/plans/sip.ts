// What a plan must hold before it can be agreed. The legal minimum for a SIP (SoL 2 kap. 7 §,
// HSL 16 kap. 4 §) comes first; the network's own quality rules (goals, dates) follow.
import { compareCivilDates, isCivilDate } from "../cases/civil-date";
import { allActions, isBlank, type PlanContent } from "./content";

export const SIP_PARTS = [
  "interventions",
  "responsibilities",
  "measures_by_others",
  "overall_responsibility",
] as const;
export type SipPart = (typeof SIP_PARTS)[number];

export const CONTENT_RULES = ["goals", "goal_text", "action_text", "action_dates"] as const;
export type ContentRule = (typeof CONTENT_RULES)[number];

export interface PlanGap {
  code: SipPart | ContentRule;
  /** true when the law requires it for a SIP. */
  legal: boolean;
  messageSv: string;
  messageEn: string;
  /** The goals or actions concerned, when the gap is in some of them. */
  ids: string[];
}

const MESSAGES: Record<SipPart | ContentRule, { sv: string; en: string }> = {
  interventions: {
    sv: "Planen saknar insatser: skriv minst en åtgärd under ett mål.",
    en: "The plan has no interventions: add at least one action under a goal.",
  },
  responsibilities: {
    sv: "Det saknas vilken verksamhet som ansvarar för en eller flera insatser (eller att familjen gör dem).",
    en: "Which organisation is responsible is missing for one or more interventions (or that the family takes them).",
  },
  measures_by_others: {
    sv: "Ange åtgärder som andra vidtar (t.ex. skolans anpassningar), eller att inga sådana finns.",
    en: "State the measures others take (e.g. the school's adjustments), or that there are none.",
  },
  overall_responsibility: {
    sv: "Ange vilken verksamhet som har huvudansvaret för planen.",
    en: "State which organisation has overall responsibility for the plan.",
  },
  goals: { sv: "Planen har inga mål.", en: "The plan has no goals." },
  goal_text: { sv: "Ett mål saknar text.", en: "A goal has no text." },
  action_text: { sv: "En åtgärd saknar beskrivning.", en: "An action has no description." },
  action_dates: {
    sv: "En åtgärd saknar startdatum eller uppföljningsdatum, eller har datum i fel ordning.",
    en: "An action lacks a start or follow-up date, or its dates are out of order.",
  },
};

function gap(code: SipPart | ContentRule, ids: string[] = []): PlanGap {
  const legal = (SIP_PARTS as readonly string[]).includes(code);
  return { code, legal, messageSv: MESSAGES[code].sv, messageEn: MESSAGES[code].en, ids };
}

/** The parts the law requires for a SIP that the plan lacks (empty: legally complete). */
export function missingSipParts(plan: PlanContent): PlanGap[] {
  const actions = allActions(plan);
  const gaps: PlanGap[] = [];
  if (actions.length === 0) gaps.push(gap("interventions"));
  // The law asks which organisation (huvudman) answers for each intervention. What the family
  // does themselves (a guardian's or the child's action) is no organisation's.
  const unowned = actions
    .filter((a) => isBlank(a.responsibleUnit?.name) && !a.responsiblePerson?.family)
    .map((a) => a.id);
  if (unowned.length) gaps.push(gap("responsibilities", unowned));
  const measures = plan.measuresByOthers.filter((m) => !isBlank(m.description));
  if (measures.length === 0 && !plan.noMeasuresByOthers) gaps.push(gap("measures_by_others"));
  if (isBlank(plan.leadUnit?.name)) gaps.push(gap("overall_responsibility"));
  return gaps;
}

function datesOutOfOrder(a: {
  startDate: string | null;
  endDate: string | null;
  followUpDate: string | null;
}) {
  if (!isCivilDate(a.startDate) || !isCivilDate(a.followUpDate)) return true;
  if (a.endDate !== null && !isCivilDate(a.endDate)) return true;
  if (a.endDate && compareCivilDates(a.endDate, a.startDate) < 0) return true;
  return compareCivilDates(a.followUpDate, a.startDate) < 0;
}

/** Everything that stops the plan being agreed: the legal gaps, then the content rules. */
export function agreementBlockers(plan: PlanContent): PlanGap[] {
  const gaps = missingSipParts(plan);
  if (plan.goals.length === 0) gaps.push(gap("goals"));
  const untitled = plan.goals.filter((g) => isBlank(g.text)).map((g) => g.id);
  if (untitled.length) gaps.push(gap("goal_text", untitled));
  const blank = allActions(plan)
    .filter((a) => isBlank(a.description))
    .map((a) => a.id);
  if (blank.length) gaps.push(gap("action_text", blank));
  const badDates = allActions(plan)
    .filter(datesOutOfOrder)
    .map((a) => a.id);
  if (badDates.length) gaps.push(gap("action_dates", badDates));
  return gaps;
}
