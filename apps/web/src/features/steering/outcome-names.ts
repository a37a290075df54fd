// Short names of the outcome indicators and snapshots (server: outcome-indicators.ts). The stage
// and reason names come from the domain's own labels, so they read as on the case pages.
import {
  DECLINE_REASONS,
  DECLINE_REASON_LABELS,
  OPEN_STAGES,
  STAGE_LABELS,
} from "@kring/domain/cases";

function names(language: "sv" | "en", fixed: Record<string, string>): Record<string, string> {
  const open = language === "sv" ? "Öppna ärenden" : "Open cases";
  const declined = language === "sv" ? "Ej samverkansärende" : "Not a collaboration case";
  return {
    ...fixed,
    ...Object.fromEntries(
      OPEN_STAGES.map((s) => [`open_stage_${s}`, `${open}: ${STAGE_LABELS[s][language]}`]),
    ),
    ...Object.fromEntries(
      DECLINE_REASONS.map((r) => [
        `declined_reason_${r}`,
        `${declined}: ${DECLINE_REASON_LABELS[r][language]}`,
      ]),
    ),
  };
}

export const outcomeNamesSv = names("sv", {
  sdq_every_6_months: "SDQ minst var 6:e månad",
  sdq_total_improved: "SDQ totalpoäng förbättrad",
  sdq_left_abnormal: "SDQ ur det avvikande bandet",
  ors_reliable_improvement: "ORS/CORS tillförlitligt förbättrad",
  srs_satisfied: "SRS/CSRS nöjda och delaktiga",
  school_results: "Godkänt i alla ämnen i årskurs 9",
  school_results_year3: "Nått kravnivån i årskurs 3",
});

export const outcomeNamesEn = names("en", {
  sdq_every_6_months: "SDQ at least every 6 months",
  sdq_total_improved: "SDQ total improved",
  sdq_left_abnormal: "SDQ out of the abnormal band",
  ors_reliable_improvement: "ORS/CORS reliably improved",
  srs_satisfied: "SRS/CSRS satisfied and involved",
  school_results: "Passed every subject in year 9",
  school_results_year3: "Met the required level in year 3",
});
