// The steering indicators (issue 20): stable ids, what kind of figure each is, and a short text
// saying how it is computed. The texts are shown next to every figure, so a steering group can
// tell what a number means without asking the analyst.
import { ATTENDANCE_INDICATORS } from "./attendance-indicators";
import { OUTCOME_INDICATORS } from "./outcome-indicators";

/**
 * share: numerator of denominator (value = numerator / denominator);
 * ratio: one count against another (value = numerator / denominator, may exceed 1);
 * days: median or 90th percentile of days (numerator unused, denominator = cases measured).
 */
export type IndicatorKind = "share" | "ratio" | "days";

export interface IndicatorDefinition {
  id: string;
  kind: IndicatorKind;
  sv: string;
  en: string;
}

const share = (id: string, sv: string, en: string): IndicatorDefinition => ({
  id,
  kind: "share",
  sv,
  en,
});

/** The lead-time segments, from one step of the process to the next. */
export const LEAD_SEGMENTS = [
  ["request", "assessment", "förfrågan till bedömning", "request to assessment"],
  [
    "assessment",
    "network_meeting_1",
    "bedömning till nätverksmöte 1",
    "assessment to network meeting 1",
  ],
  [
    "network_meeting_1",
    "plan",
    "nätverksmöte 1 till överenskommen plan",
    "network meeting 1 to agreed plan",
  ],
  ["plan", "closure", "överenskommen plan till avslut", "agreed plan to closure"],
] as const;
export type LeadStep = (typeof LEAD_SEGMENTS)[number][0] | "closure";

export const leadId = (from: string, to: string, measure: "median" | "p90") =>
  `lead_${from}_to_${to}_${measure}`;

const leadTimes: IndicatorDefinition[] = LEAD_SEGMENTS.flatMap(([from, to, sv, en]) => [
  {
    id: leadId(from, to, "median"),
    kind: "days" as const,
    sv: `Median antal dagar från ${sv}, för ärenden där steget nåddes under perioden. Nämnaren är antalet ärenden.`,
    en: `Median days from ${en}, for cases reaching the step in the period. The denominator is the number of cases.`,
  },
  {
    id: leadId(from, to, "p90"),
    kind: "days" as const,
    sv: `90:e percentilen av antal dagar från ${sv} (9 av 10 ärenden gick fortare eller lika fort).`,
    en: `90th percentile of days from ${en} (9 in 10 cases were as fast or faster).`,
  },
]);

export const INDICATORS: IndicatorDefinition[] = [
  share(
    "contact_within_deadline",
    "Förfrågningar under perioden där familjen kontaktades inom 7 dagar (akuta: samma dag); fristens sista dag räknas som inom. Nämnaren är förfrågningar vars frist har gått ut eller som är kontaktade; avböjda räknas inte.",
    "Requests in the period where the family was contacted within 7 days (acute: the same day); the deadline day itself counts as within. The denominator is requests whose deadline has passed or that were contacted; declined requests are left out.",
  ),
  share(
    "sip_within_30_days",
    "Förfrågningar under perioden med en överenskommen plan (SIP) inom 30 dagar från förfrågan. Nämnaren är förfrågningar vars frist har gått ut eller som har en plan; avböjda räknas inte.",
    "Requests in the period with an agreed plan (SIP) within 30 days of the request. The denominator is requests whose deadline has passed or that have a plan; declined requests are left out.",
  ),
  share(
    "sdq_before_first_meeting",
    "Ärenden med nätverksmöte 1 under perioden där minst en SDQ-skattning lämnats senast mötesdagen.",
    "Cases with network meeting 1 in the period where at least one SDQ was submitted on or before the meeting day.",
  ),
  share(
    "evaluation_at_6_months",
    "Ärenden vars första utvärdering (6 månader efter planen) föll inom perioden och som utvärderades senast den dagen. Ärenden avslutade före fristen räknas inte.",
    "Cases whose first evaluation (6 months after the plan) fell due in the period and were evaluated by that day. Cases closed before the deadline are left out.",
  ),
  share(
    "followed_two_years",
    "Ärenden avslutade under perioden som följdes minst den minsta uppföljningstiden (HUB: två år) från förfrågan.",
    "Cases closed in the period that were followed at least the minimum follow-up time (HUB: two years) from the request.",
  ),
  {
    id: "applications_vs_reports",
    kind: "ratio",
    sv: "Ansökningar (familjen ansöker själv om stöd hos socialtjänsten) i förhållande till orosanmälningar, registrerade i ärenden under perioden. Täljaren är ansökningar, nämnaren orosanmälningar.",
    en: "Applications (the family asks social services for support) against reports of concern, recorded in cases in the period. The numerator is applications, the denominator reports of concern.",
  },
  ...leadTimes,
  ...OUTCOME_INDICATORS,
  ...ATTENDANCE_INDICATORS,
];

export const INDICATOR_IDS = INDICATORS.map((i) => i.id);
