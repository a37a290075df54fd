// Small staircases and a one-call evaluation for rule-by-rule tests.
import {
  evaluatePupil,
  type PupilEvaluation,
  type SchoolDaySummary,
  type Staircase,
  type Step,
  type Trigger,
} from "@kring/domain/attendance";
import { lastDate } from "./fixtures";

export function step(number: number, triggers: Trigger[], extra: Partial<Step> = {}): Step {
  return {
    number,
    title: `Steg ${number}`,
    actor: "mentor",
    deadlineDays: 7 * number,
    actions: [`Åtgärd ${number}`],
    triggers,
    ...extra,
  };
}

/** A staircase whose step i (1-based) has the i-th list of triggers. */
export function staircase(triggers: Trigger[][], extra: Partial<Staircase> = {}): Staircase {
  return {
    id: "test",
    name: "Testtrappa",
    steps: triggers.map((t, i) => step(i + 1, t)),
    ...extra,
  };
}

/** Evaluates the whole list from no state up to its last date. */
export function run(stairs: Staircase, days: readonly SchoolDaySummary[]): PupilEvaluation {
  return evaluatePupil(stairs, days, null, lastDate(days));
}

/** [date, to] for each transition, the compact form most tests assert on. */
export function moves(result: PupilEvaluation): [string, number][] {
  return result.transitions.map((t) => [t.on, t.to]);
}
