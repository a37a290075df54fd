/** Validation of a whole staircase, typically JSON edited by a municipality's administrator. */
import { ACTORS, type Staircase } from "./config";
import { StaircaseConfigError, type ConfigIssue } from "./errors";
import * as check from "./validate-fields";
import { MAX_WINDOW_SCHOOL_DAYS, validateTrigger } from "./validate-trigger";

export const MAX_STEPS = 10;

export type StaircaseValidation =
  | { readonly ok: true; readonly staircase: Staircase }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

const STAIRCASE_KEYS = ["id", "name", "steps", "absentDayFraction", "recovery"];
const STEP_KEYS = [
  "number",
  "title",
  "actor",
  "deadlineDays",
  "actions",
  "triggers",
  "reportToOrganiser",
  "reportToSocialServices",
];

function validateStep(issues: check.Issues, value: unknown, index: number): void {
  const path = `steps[${index}]`;
  const step = check.object(issues, value, path, STEP_KEYS);
  if (!step) return;
  if (step.number !== index + 1) {
    issues.add(
      check.at(path, "number"),
      "order",
      `must be ${index + 1}: steps are numbered 1, 2, 3… in order`,
      `måste vara ${index + 1}: stegen numreras 1, 2, 3… i ordning`,
    );
  }
  check.text(issues, step, "title", path);
  check.oneOf(issues, step, "actor", path, ACTORS);
  check.number(issues, step, "deadlineDays", path, { min: 0, max: 365, integer: true });
  const actions = check.list(issues, step, "actions", path, ["action", "en åtgärd"]);
  actions?.forEach((action, i) => {
    if (typeof action !== "string" || action.trim() === "") {
      const at = check.at(check.at(path, "actions"), i);
      issues.add(at, "required", "must be a non-empty text", "måste vara en icke-tom text");
    }
  });
  const triggers = check.list(issues, step, "triggers", path, ["trigger", "en utlösare"]);
  triggers?.forEach((trigger, i) => {
    validateTrigger(issues, trigger, check.at(check.at(path, "triggers"), i), index + 1);
  });
  check.optionalBoolean(issues, step, "reportToOrganiser", path);
  check.optionalBoolean(issues, step, "reportToSocialServices", path);
}

/** Checks untrusted input and lists every problem found, with English and Swedish texts. */
export function validateStaircase(input: unknown): StaircaseValidation {
  const issues = new check.Issues();
  const root = check.object(issues, input, "", STAIRCASE_KEYS);
  if (root) {
    check.text(issues, root, "id", "");
    check.text(issues, root, "name", "");
    check.number(issues, root, "absentDayFraction", "", {
      min: 0,
      max: 1,
      aboveMin: true,
      optional: true,
    });
    if (root.recovery !== undefined) {
      const recovery = check.object(issues, root.recovery, "recovery", [
        "windowDays",
        "recoveryPercent",
      ]);
      if (recovery) {
        check.number(issues, recovery, "windowDays", "recovery", {
          min: 1,
          max: MAX_WINDOW_SCHOOL_DAYS,
          integer: true,
          optional: true,
        });
        // 0 would mean "never leave the staircase".
        check.number(issues, recovery, "recoveryPercent", "recovery", {
          min: 0,
          max: 100,
          aboveMin: true,
          optional: true,
        });
      }
    }
    const steps = check.list(issues, root, "steps", "", ["step", "ett steg"]);
    if (steps && steps.length > MAX_STEPS) {
      issues.add(
        "steps",
        "too_many",
        `must have at most ${MAX_STEPS} steps`,
        `får ha högst ${MAX_STEPS} steg`,
      );
    }
    steps?.forEach((step, i) => validateStep(issues, step, i));
  }
  return issues.list.length === 0
    ? { ok: true, staircase: input as Staircase }
    : { ok: false, issues: issues.list };
}

/** The staircase itself when valid; otherwise throws StaircaseConfigError with every issue. */
export function parseStaircase(input: unknown): Staircase {
  const result = validateStaircase(input);
  if (!result.ok) throw new StaircaseConfigError(result.issues);
  return result.staircase;
}
