// The case-based outcome indicators of issue 20 (SDQ, ORS, SRS, school results) and the
// snapshots of open cases by stage and declined requests by reason. Every one is a share, so the
// web pages, targets, exports and small-count protection treat them like the others; a snapshot
// is one share per stage or reason, whose numerator is that stage's (reason's) count.
import {
  DECLINE_REASONS,
  DECLINE_REASON_LABELS,
  OPEN_STAGES,
  STAGE_LABELS,
} from "@kring/domain/cases";
import type { IndicatorDefinition } from "./indicators";

export const openStageId = (stage: string) => `open_stage_${stage}`;
export const declinedReasonId = (reason: string) => `declined_reason_${reason}`;

/** Indicators that split one whole, protected together (protect-groups.ts). */
export const OUTCOME_GROUPS: string[][] = [
  OPEN_STAGES.map(openStageId),
  DECLINE_REASONS.map(declinedReasonId),
];

const share = (id: string, sv: string, en: string): IndicatorDefinition => ({
  id,
  kind: "share",
  sv,
  en,
});

const AT_END_SV =
  "periodens sista dag (eller i dag, om perioden inte är slut); ett ärende som avslutats och öppnats igen räknas som öppet bara de dagar det var öppet";
const AT_END_EN =
  "the period's last day (or today, if the period has not ended); a case closed and reopened counts as open only on the days it was open";

export const OUTCOME_INDICATORS: IndicatorDefinition[] = [
  share(
    "sdq_every_6_months",
    `Ärenden öppna på ${AT_END_SV}, där nätverksmöte 1 hölls minst 6 månader tidigare (kommunens intervall för SDQ), och där den senaste SDQ-skattningen (från någon uppgiftslämnare) lämnades högst 6 månader före den dagen; skattningen exakt 6 månader före räknas som i tid. Ärenden utan SDQ räknas som inte i tid.`,
    `Cases open on ${AT_END_EN}, whose network meeting 1 was held at least 6 months earlier (the tenant's SDQ interval), where the latest SDQ (from any informant) was submitted at most 6 months before that day; one exactly 6 months before counts as in time. Cases without any SDQ count as not in time.`,
  ),
  share(
    "sdq_total_improved",
    "Ärenden där en SDQ lämnades under perioden och samma slags uppgiftslämnare (helst vårdnadshavare, annars barnet självt, annars läraren) har lämnat minst två med totalpoäng: andel där den senaste totalpoängen (till periodens slut) är minst kommunens gräns (förval 3 poäng) lägre än den första. Poängen är de som räknades när formuläret lämnades.",
    "Cases with an SDQ submitted in the period where the same kind of informant (the parent's if possible, else the child's own, else the teacher's) has given at least two with a total score: the share whose latest total (up to the period's end) is at least the tenant's threshold (default 3 points) below the first. Scores are those computed when the form was submitted.",
  ),
  share(
    "sdq_left_abnormal",
    "Av ärendena i SDQ-förbättringen: de vars första totalpoäng låg i det avvikande bandet (tre band, uppgiftslämnarens gränser): andel vars senaste totalpoäng inte längre gör det.",
    "Of the cases in the SDQ improvement figure, those whose first total was in the abnormal band (three bands, the informant's cut-offs): the share whose latest total no longer is.",
  ),
  share(
    "ors_reliable_improvement",
    "Ärenden där barnet (annars en annan uppgiftslämnare) lämnat minst två ORS/CORS, den senaste under perioden: andel där den senaste summan är tillförlitligt bättre än den första (minst kommunens gräns för tillförlitlig förändring, förval 5 poäng).",
    "Cases where the child (else another informant) gave at least two ORS/CORS, the latest in the period: the share whose latest total is reliably better than the first (at least the tenant's reliable-change threshold, default 5 points).",
  ),
  share(
    "srs_satisfied",
    "Ärenden med minst en SRS/CSRS under perioden: andel där den senaste under perioden är lika med eller över kommunens gräns för samarbetet (förval 36), HLT:s nöjda och delaktiga.",
    "Cases with at least one SRS/CSRS in the period: the share whose latest in the period is at or above the tenant's alliance cut-off (default 36), HLT's satisfied and involved.",
  ),
  share(
    "school_results",
    "Barn i ärenden (förfrågan senast terminens sista dag, inte avböjd) med slutbetyg i årskurs 9 registrerade för en vårtermin som slutade under perioden: andel med godkänt betyg (A–E) i alla ämnen som registrerats; streck (-) och F räknas som inte godkänt. Varje barn räknas en gång, i området för sitt senaste ärende.",
    "Children in cases (requested by the term's last day, not declined) with year-9 leaving grades recorded for a spring term that ended in the period: the share with a pass grade (A-E) in every subject recorded; a dash (-) and F count as not passed. Each child counts once, in the area of their latest case.",
  ),
  share(
    "school_results_year3",
    "Barn i ärenden med resultat från de nationella proven i årskurs 3 registrerade för en termin som slutade under perioden: andel som nådde kravnivån i läsning, skrivning och matematik; frånvaro eller saknat resultat räknas som inte nått. Varje barn räknas en gång, i området för sitt senaste ärende.",
    "Children in cases with year-3 national test results recorded for a term that ended in the period: the share who met the required level in reading, writing and mathematics; absence or a missing result counts as not met. Each child counts once, in the area of their latest case.",
  ),
  ...OPEN_STAGES.map((stage) =>
    share(
      openStageId(stage),
      `Öppna ärenden i steget "${STAGE_LABELS[stage].sv}" på ${AT_END_SV}. Täljaren är antalet i steget, nämnaren alla öppna ärenden. Steget läses av från de daterade stegen (kontakt, möten, plan, utvärdering).`,
      `Open cases at the stage "${STAGE_LABELS[stage].en}" on ${AT_END_EN}. The numerator is the number at the stage, the denominator all open cases. The stage is read from the dated steps (contact, meetings, plan, evaluation).`,
    ),
  ),
  ...DECLINE_REASONS.map((reason) =>
    share(
      declinedReasonId(reason),
      `Förfrågningar som bedömdes som inte samverkansärende under perioden med skälet "${DECLINE_REASON_LABELS[reason].sv}". Täljaren är antalet med skälet, nämnaren alla sådana beslut; beslut från före skälkoderna räknas som Annat skäl, och ett beslut som ändrats genom att ärendet öppnats igen räknas inte.`,
      `Requests found not to be collaboration cases in the period with the reason "${DECLINE_REASON_LABELS[reason].en}". The numerator is the number with the reason, the denominator all such decisions; decisions from before reason codes count as Other reason, and a decision undone by reopening the case is not counted.`,
    ),
  ),
];
