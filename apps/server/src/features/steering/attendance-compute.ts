// The attendance indicators' raw counts per area, from each pupil's steps on the staircase.
// Pure, like compute.ts: attendance-facts.repository.ts reads the facts, protect.ts hides small
// counts. A step entry is the day a pupil entered a step; step 0 is the return below the
// threshold (the staircase's recovery rule).
import { type CivilDate, addMonths } from "@kring/domain/cases";
import type { AreaFigures, Period, RawFigure } from "./compute";
import { ATTENDANCE_STEP_IDS, RETURN_WITHIN_MONTHS, stepId } from "./attendance-indicators";

export interface PupilFacts {
  /** The pupil's schools, by the day they started there (area null: outside every area). */
  schools: { areaId: string | null; from: CivilDate }[];
  /** Entries on the staircase, oldest first: the step entered and the day. */
  steps: { step: number; from: CivilDate }[];
}

/** The area of the school a pupil attended on a day: the latest school started by then. */
export function areaOn(pupil: PupilFacts, day: CivilDate): string | null {
  let area: string | null = null;
  let started = "";
  for (const s of pupil.schools)
    if (s.from <= day && s.from >= started) {
      area = s.areaId;
      started = s.from;
    }
  return area;
}

/** The step a pupil stood on at the end of a day (0: not on the staircase). */
function stepOn(pupil: PupilFacts, day: CivilDate): number {
  let step = 0;
  for (const e of pupil.steps) if (e.from <= day) step = e.step;
  return step;
}

/** Adds the attendance figures to the cases' figures, per area key ("" outside every area). */
export function addAttendanceFigures(
  areas: Map<string, AreaFigures>,
  pupils: PupilFacts[],
  period: Period,
  today: CivilDate,
) {
  const figure = (area: string | null, id: string): RawFigure => {
    const key = area ?? "";
    if (!areas.has(key)) areas.set(key, new Map());
    const figures = areas.get(key)!;
    if (!figures.has(id)) figures.set(id, { numerator: 0, denominator: 0, days: [] });
    return figures.get(id)!;
  };
  // A period not yet over is seen up to today: a step planned for tomorrow is not stood on.
  const last = period.to < today ? period.to : today;
  if (period.from > last) return;
  for (const pupil of pupils) {
    const entered = pupil.steps.filter((e) => e.from > period.from && e.from <= last);
    const highest = Math.max(stepOn(pupil, period.from), ...entered.map((e) => e.step));
    // Every step's denominator is the pupils on any step, so the steps split one whole and are
    // protected together (protect-groups.ts).
    if (highest > 0)
      for (const id of ATTENDANCE_STEP_IDS) {
        const f = figure(areaOn(pupil, period.to), id);
        f.denominator += 1;
        if (id === stepId(highest)) f.numerator += 1;
      }

    const climb = pupil.steps.find(
      (e, i) =>
        e.step > 0 &&
        e.from >= period.from &&
        e.from <= period.to &&
        e.step > (pupil.steps[i - 1]?.step ?? 0),
    );
    if (!climb) continue;
    const due = addMonths(climb.from, RETURN_WITHIN_MONTHS);
    const back = pupil.steps.find((e) => e.step === 0 && e.from > climb.from && e.from <= due);
    if (!back && due >= today) continue; // not back yet, but still has time
    const f = figure(areaOn(pupil, climb.from), "attendance_returned_below_threshold");
    f.denominator += 1;
    if (back) f.numerator += 1;
  }
}
