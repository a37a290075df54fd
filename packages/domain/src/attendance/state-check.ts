/**
 * Checks a stored pupil state before it is continued. States come back from the database,
 * possibly written under an older staircase, and continuing from a state that does not fit
 * would put a pupil on a step that does not exist.
 */
import type { Staircase } from "./config";
import { dayNumber } from "./dates";
import { AttendanceInputError, describeValue } from "./errors";
import type { PupilStairState } from "./state";

function fail(en: string, sv: string, field: string): never {
  throw new AttendanceInputError(en, sv, `previous.${field}`);
}

export function checkPreviousState(
  staircase: Staircase,
  previous: PupilStairState,
  asOfDay: number,
): void {
  if (previous.staircaseId !== staircase.id) {
    fail(
      `state belongs to staircase ${describeValue(previous.staircaseId)}, not ${describeValue(staircase.id)}`,
      `tillståndet hör till närvarotrappan ${describeValue(previous.staircaseId)}, inte ${describeValue(staircase.id)}`,
      "staircaseId",
    );
  }
  const n = staircase.steps.length;
  if (!Number.isInteger(previous.step) || previous.step < 0 || previous.step > n) {
    fail(
      `step must be an integer from 0 to ${n}, got ${describeValue(previous.step)}`,
      `steg måste vara ett heltal från 0 till ${n}, fick ${describeValue(previous.step)}`,
      "step",
    );
  }
  const last = dayNumber(previous.lastEvaluated);
  if (last === null) {
    fail(
      "lastEvaluated must be YYYY-MM-DD",
      "lastEvaluated måste anges som ÅÅÅÅ-MM-DD",
      "lastEvaluated",
    );
  }
  if (last > asOfDay) {
    fail(
      "asOf is before the state's lastEvaluated; the engine does not run backwards",
      "asOf ligger före tillståndets lastEvaluated; motorn kan inte gå bakåt i tiden",
      "lastEvaluated",
    );
  }
  const since = previous.since === null ? null : dayNumber(previous.since);
  if (previous.since !== null && since === null) {
    fail(
      "since must be YYYY-MM-DD or null",
      "since måste anges som ÅÅÅÅ-MM-DD eller null",
      "since",
    );
  }
  if (previous.step > 0 && since === null) {
    fail(
      "since is required when the pupil is on a step",
      "since krävs när eleven står på ett steg",
      "since",
    );
  }
  if (typeof previous.invalidAbsenceSeen !== "boolean" || !Array.isArray(previous.history)) {
    fail(
      "invalidAbsenceSeen must be a boolean and history a list",
      "invalidAbsenceSeen måste vara true/false och history en lista",
      "history",
    );
  }
}
