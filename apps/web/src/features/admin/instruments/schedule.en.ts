import type { Messages } from "../../../platform/i18n/messages";
import type { scheduleSv } from "./schedule.sv";

export const scheduleEn: Messages<typeof scheduleSv> = {
  intro:
    "Here you decide when Kring proposes ratings in collaboration cases and where the cut-offs lie. Changes apply at once to every open case. The defaults follow the way of working: SDQ before the first network meeting, at closure and at least every six months, ORS and SRS at each meeting.",
  lastSaved: "Last saved {{date}} by {{name}}.",
  defaults: "The settings have not been changed. The defaults apply.",
  sdq: {
    legend: "SDQ – strengths and difficulties",
    informants: "Who fills in the SDQ",
    informantsHint:
      "Each gets the form only where one exists for the child's age. The child rates themself from 11.",
    informant: { parent: "Parent", teacher: "Teacher", self: "The child" },
    beforeMeeting1: "SDQ before network meeting 1",
    beforeMeeting1Hint: "The first SDQ is to be answered before the first network meeting.",
    fallbackDays: "Days to the first SDQ while network meeting 1 is not planned",
    fallbackDaysHint: "Counted from the request. A whole number from 0 to 365.",
    everyMonths: "A new SDQ after this many months",
    everyMonthsHint:
      "From the same person, 1–36 months. Leave empty if the SDQ is not repeated during the case.",
    atClosure: "SDQ at closure",
    atClosureHint: "The case closes with an SDQ from each who fills it in.",
    closureWindow: "Days before closure that count as the closing measurement",
    closureWindowHint:
      "An SDQ answered at most this many days before closure counts. A whole number from 0 to 180.",
  },
  session: {
    legend: "ORS and SRS at meetings",
    instruments: "Ratings the child fills in at meetings",
    instrumentsHint: "CORS and CSRS for children of 6–12, ORS and SRS from 13.",
    instrument: {
      ors: "ORS/CORS – how the child has been",
      srs: "SRS/CSRS – how the child found the meeting",
    },
    meetingKinds: "At which meetings",
  },
  reminders: {
    legend: "Reminders",
    dueSoon: "Show a rating as due soon this many days ahead",
    dueSoonHint: "A whole number from 0 to 60.",
  },
  thresholds: {
    legend: "Cut-offs",
    intro: "Points above 0 and at most 40. Decimals are fine, for example 6.6.",
    corsClinicalCutoff: "Clinical cut-off for CORS, children 6-12",
    corsClinicalCutoffHint:
      "A CORS total below the cut-off counts as in the clinical range. Default 32 (Duncan et al. 2006).",
    orsYouthClinicalCutoff: "Clinical cut-off for ORS, adolescents 13-17",
    orsYouthClinicalCutoffHint:
      "Applies to ORS from someone under 18. Default 28 (Duncan et al. 2006).",
    orsClinicalCutoff: "Clinical cut-off for ORS, adults",
    orsClinicalCutoffHint:
      "An ORS total below the cut-off counts as in the clinical range. Default 25, the published adult cut-off.",
    orsReliableChange: "Reliable change in ORS",
    orsReliableChangeHint:
      "This many points of change count as a real improvement or deterioration. Default 5.",
    srsAlertBelow: "Alert threshold for SRS",
    srsAlertBelowHint:
      "An SRS total below the threshold shows that the alliance with the child needs attention. Default 36.",
    sdqTotalImprovement: "Improvement in the SDQ total",
    sdqTotalImprovementHint:
      "A total difficulties score this many points lower (latest against first SDQ) counts as improved in the steering figures. Default 3.",
  },
  hints: {
    sdqBaselineFallbackDays: "Enter a whole number from 0 to 365.",
    sdqEveryMonths: "Enter a whole number from 1 to 36, or leave empty.",
    sdqClosureWindowDays: "Enter a whole number from 0 to 180.",
    dueSoonDays: "Enter a whole number from 0 to 60.",
    corsClinicalCutoff: "Enter a number above 0 and at most 40.",
    orsYouthClinicalCutoff: "Enter a number above 0 and at most 40.",
    orsClinicalCutoff: "Enter a number above 0 and at most 40.",
    orsReliableChange: "Enter a number above 0 and at most 40.",
    srsAlertBelow: "Enter a number above 0 and at most 40.",
    sdqTotalImprovement: "Enter a number above 0 and at most 40.",
  },
  summary_one: "Correct {{count}} entry before saving:",
  summary_other: "Correct {{count}} entries before saving:",
  save: "Save the settings",
  saved: "The rating schedule is saved.",
  conflict: {
    title: "Someone else has saved the settings",
    by: "{{name}} saved {{date}}, while you were editing. This changed:",
    none: "No values changed.",
    reload: "Get the saved values",
    reloadHint: "Your changes are dropped. Make them again and save.",
  },
  value: { yes: "yes", no: "no", none: "none", empty: "none" },
};
