/**
 * Eskilstuna's staircase (domain.md §7), three steps:
 * (1) first unexcused absence, 2 weeks' continuous absence, or over 20 % in the last 4 weeks:
 *     mentor contacts guardian;
 * (2) 2 more weeks of high absence: EHT meeting, simple investigation, follow-up within 14 days;
 * (3) 2 more weeks: in-depth investigation, report to the organiser.
 *
 * Readings where the source is silent (municipal choices, kept visible here):
 * - 2 weeks' continuous absence = 10 consecutive school days; 4 weeks = 20 school days.
 * - "over 20 %" is strict (operator ">"), and "high absence" in steps 2 and 3 means the same
 *   over 20 %, measured over the 2 weeks since the previous step.
 * - Steps 1 and 3 name no deadline; 14 days follows the staircase's two-week rhythm, so each
 *   step's actions are due before the next step can be reached.
 */
import type { Staircase } from "../config";

export const ESKILSTUNA_STAIRCASE: Staircase = {
  id: "eskilstuna",
  name: "Eskilstunas närvarotrappa",
  steps: [
    {
      number: 1,
      title: "Mentor kontaktar vårdnadshavare",
      actor: "mentor",
      deadlineDays: 14,
      actions: ["Mentor kontaktar vårdnadshavaren om elevens frånvaro."],
      triggers: [
        { kind: "first_unexcused" },
        { kind: "consecutive_days", days: 10, absenceKind: "any" },
        {
          kind: "absence_share",
          windowDays: 20,
          thresholdPercent: 20,
          operator: ">",
          absenceKind: "any",
        },
      ],
    },
    {
      number: 2,
      title: "EHT-möte och enkel utredning",
      actor: "student_health",
      deadlineDays: 14,
      actions: [
        "Elevhälsoteamet (EHT) håller möte om elevens frånvaro.",
        "Enkel utredning av frånvaron.",
        "Uppföljning inom 14 dagar.",
      ],
      triggers: [
        { kind: "no_improvement", weeksAfterPreviousStep: 2, thresholdPercent: 20, operator: ">" },
      ],
    },
    {
      number: 3,
      title: "Fördjupad utredning och anmälan till huvudmannen",
      actor: "principal",
      deadlineDays: 14,
      actions: [
        "Fördjupad utredning av elevens frånvaro.",
        "Rektor anmäler frånvaron till huvudmannen.",
      ],
      triggers: [
        { kind: "no_improvement", weeksAfterPreviousStep: 2, thresholdPercent: 20, operator: ">" },
      ],
      reportToOrganiser: true,
    },
  ],
};
