// The attendance indicators (issue 20, Huddinge): how many pupils stand on each step of the
// attendance staircase, and how many came back below the absence threshold after a step. They
// count pupils, not cases, in the area of the pupil's school.
import type { IndicatorDefinition } from "./indicators";

/** Steps shown one by one; the last id also counts every higher step (a staircase has up to 10). */
export const SHOWN_STEPS = 5;

/** How long after a step a return below the threshold still counts as following the step. */
export const RETURN_WITHIN_MONTHS = 3;

export const stepId = (step: number) => `attendance_step_${Math.min(step, SHOWN_STEPS)}`;

/** The steps split the pupils on the staircase: protected together (protect-groups.ts). */
export const ATTENDANCE_STEP_IDS = Array.from({ length: SHOWN_STEPS }, (_, i) => stepId(i + 1));

const steps: IndicatorDefinition[] = Array.from({ length: SHOWN_STEPS }, (_, i) => {
  const step = i + 1;
  const last = step === SHOWN_STEPS;
  const which = last ? `steg ${step} eller högre` : `steg ${step}`;
  const whichEn = last ? `step ${step} or higher` : `step ${step}`;
  return {
    id: stepId(step),
    kind: "share" as const,
    sv: `Elever vars högsta steg i närvarotrappan under perioden var ${which}, av alla elever som stod på något steg under perioden. Varje elev räknas en gång, i området där elevens skola ligger vid periodens slut. Stegen skyddas som en tabell, så att ett dolt antal inte kan räknas ut ur de andra stegen.`,
    en: `Pupils whose highest step on the attendance staircase in the period was ${whichEn}, out of all pupils on any step in the period. Each pupil counts once, in the area of their school at the end of the period. The steps are protected as one table, so that a hidden count cannot be worked out from the other steps.`,
  };
});

export const ATTENDANCE_INDICATORS: IndicatorDefinition[] = [
  ...steps,
  {
    id: "attendance_returned_below_threshold",
    kind: "share",
    sv: `Elever som tog ett steg upp i närvarotrappan under perioden (skolan började en insats) och som inom ${RETURN_WITHIN_MONTHS} månader därefter var tillbaka under frånvarogränsen (lämnade trappan: frånvaron under trappans återgångsgräns, utan ogiltig frånvaro). Räknas från elevens första steg under perioden, i området där skolan låg då. Nämnaren är elever vars ${RETURN_WITHIN_MONTHS} månader har gått eller som redan är tillbaka.`,
    en: `Pupils who went up a step on the attendance staircase in the period (the school started an intervention) and were back below the absence threshold within ${RETURN_WITHIN_MONTHS} months (left the staircase: absence under its recovery limit, no invalid absence). Counted from the pupil's first step in the period, in the area of their school then. The denominator is pupils whose ${RETURN_WITHIN_MONTHS} months have passed or who are already back.`,
  },
];
