/**
 * Danderyd's staircase (domain.md §7), four steps:
 * (1) first unreported absence, or recurring reported absence over 3 weeks: mentor calls pupil
 *     and guardian, follow-up within 2 weeks;
 * (2) still unexplained after 2 weeks: mentor, team and student health map the situation within
 *     2 weeks, 2-week trial of measures;
 * (3) still 15 % absence 2 weeks after step 2: principal assigns student health to investigate
 *     (within 3 weeks), report to the education office;
 * (4) no result after 3 weeks: in-depth analysis, principal reports to social services, monthly
 *     follow-up.
 *
 * Readings where the source is silent (municipal choices, kept visible here):
 * - "recurring" = reported absence on at least 3 school days within 3 weeks, whether in one
 *   stretch or spread out (the law asks about repeated or long absence alike).
 * - "still unexplained": the engine cannot see whether the mentor got an explanation, so it
 *   reads it as "absence has not fallen below the recovery level (5 %)"; step 1 has no
 *   percentage, so no_improvement without a threshold falls back to the recovery percent.
 * - "no result" at step 4 reuses step 3's 15 % (no_improvement without a threshold).
 * - "monthly follow-up" at step 4 becomes a 30-day deadline for the first follow-up.
 */
import type { Staircase } from "../config";

export const DANDERYD_STAIRCASE: Staircase = {
  id: "danderyd",
  name: "Danderyds närvarotrappa",
  steps: [
    {
      number: 1,
      title: "Mentor kontaktar elev och vårdnadshavare",
      actor: "mentor",
      deadlineDays: 14,
      actions: ["Mentor ringer eleven och vårdnadshavaren.", "Uppföljning inom 2 veckor."],
      triggers: [
        { kind: "first_unexcused" },
        { kind: "recurring_valid", weeks: 3, minOccurrences: 3 },
      ],
    },
    {
      number: 2,
      title: "Kartläggning av elevens situation",
      actor: "mentor",
      deadlineDays: 14,
      actions: [
        "Mentor, arbetslag och elevhälsa kartlägger elevens situation inom 2 veckor.",
        "Åtgärder prövas under 2 veckor.",
      ],
      triggers: [{ kind: "no_improvement", weeksAfterPreviousStep: 2 }],
    },
    {
      number: 3,
      title: "Elevhälsan utreder frånvaron",
      actor: "principal",
      deadlineDays: 21,
      actions: [
        "Rektor ger elevhälsan i uppdrag att utreda frånvaron; utredningen ska vara klar inom 3 veckor.",
        "Frånvaron anmäls till utbildningskontoret.",
      ],
      triggers: [{ kind: "no_improvement", weeksAfterPreviousStep: 2, thresholdPercent: 15 }],
      reportToOrganiser: true,
    },
    {
      number: 4,
      title: "Fördjupad analys och anmälan till socialtjänsten",
      actor: "principal",
      deadlineDays: 30,
      actions: [
        "Fördjupad analys av elevens frånvaro.",
        "Rektor gör en anmälan till socialtjänsten.",
        "Uppföljning varje månad.",
      ],
      triggers: [{ kind: "no_improvement", weeksAfterPreviousStep: 3 }],
      reportToSocialServices: true,
    },
  ],
};
