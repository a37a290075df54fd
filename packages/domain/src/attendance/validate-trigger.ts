/** Validation of one trigger; the limits keep the engine's history window small and sane. */
import { ABSENCE_KINDS, THRESHOLD_OPERATORS, TRIGGER_KINDS } from "./config";
import { describeValue } from "./errors";
import { at, number, object, oneOf, type Fields, type Issues } from "./validate-fields";

/** Longer than a school year (about 178 days), so any real window fits. */
export const MAX_WINDOW_SCHOOL_DAYS = 200;
export const MAX_WEEKS = 52;

const KEYS: Record<string, readonly string[]> = {
  absence_share: ["kind", "windowDays", "thresholdPercent", "absenceKind", "operator"],
  consecutive_days: ["kind", "days", "absenceKind"],
  first_unexcused: ["kind"],
  recurring_valid: ["kind", "weeks", "minOccurrences"],
  no_improvement: [
    "kind",
    "weeksAfterPreviousStep",
    "thresholdPercent",
    "operator",
    "windowDays",
    "absenceKind",
  ],
};

const schoolDays = { min: 1, max: MAX_WINDOW_SCHOOL_DAYS, integer: true } as const;
const weeks = { min: 1, max: MAX_WEEKS, integer: true } as const;

/**
 * A threshold must be able both to fire and not to fire: "at least 0 %" would always fire and
 * "over 100 %" never could, and either is almost certainly a typing mistake.
 */
function threshold(issues: Issues, fields: Fields, path: string, optional: boolean): void {
  const before = issues.list.length;
  number(issues, fields, "thresholdPercent", path, { min: 0, max: 100, optional });
  oneOf(issues, fields, "operator", path, THRESHOLD_OPERATORS, true);
  const value = fields.thresholdPercent;
  if (issues.list.length > before || typeof value !== "number") return;
  const strict = fields.operator === ">";
  if ((!strict && value === 0) || (strict && value === 100)) {
    issues.add(
      at(path, "thresholdPercent"),
      "never_or_always",
      `a threshold of ${strict ? "over 100 %" : "at least 0 %"} can never decide anything; use ${strict ? '">=" 100' : '">" 0 for any absence'}`,
      `gränsen ${strict ? "över 100 %" : "minst 0 %"} kan aldrig avgöra något; använd ${strict ? '">=" 100' : '">" 0 för all frånvaro'}`,
    );
  }
}

export function validateTrigger(
  issues: Issues,
  value: unknown,
  path: string,
  stepNumber: number,
): void {
  const kind = (value as { kind?: unknown } | null)?.kind;
  const keys = typeof kind === "string" ? KEYS[kind] : undefined;
  if (!keys) {
    if (object(issues, value, path, ["kind"])) {
      issues.add(
        at(path, "kind"),
        "unknown_kind",
        `unknown trigger kind ${describeValue(kind)}; expected one of ${TRIGGER_KINDS.join(", ")}`,
        `okänd typ av utlösare ${describeValue(kind)}; förväntade något av ${TRIGGER_KINDS.join(", ")}`,
      );
    }
    return;
  }
  const fields = object(issues, value, path, keys);
  if (!fields) return;
  switch (kind) {
    case "absence_share":
      number(issues, fields, "windowDays", path, schoolDays);
      threshold(issues, fields, path, false);
      oneOf(issues, fields, "absenceKind", path, ABSENCE_KINDS);
      return;
    case "consecutive_days":
      number(issues, fields, "days", path, schoolDays);
      oneOf(issues, fields, "absenceKind", path, ABSENCE_KINDS);
      return;
    case "recurring_valid":
      number(issues, fields, "weeks", path, weeks);
      number(issues, fields, "minOccurrences", path, { min: 1, max: 7 * MAX_WEEKS, integer: true });
      return;
    case "no_improvement":
      validateNoImprovement(issues, fields, path, stepNumber);
      return;
  }
}

function validateNoImprovement(
  issues: Issues,
  fields: Fields,
  path: string,
  stepNumber: number,
): void {
  if (stepNumber === 1) {
    issues.add(
      at(path, "kind"),
      "no_previous_step",
      "no_improvement cannot trigger step 1: there is no previous step to improve after",
      "no_improvement kan inte utlösa steg 1: det finns inget tidigare steg att förbättras efter",
    );
  }
  number(issues, fields, "weeksAfterPreviousStep", path, weeks);
  number(issues, fields, "windowDays", path, { ...schoolDays, optional: true });
  oneOf(issues, fields, "absenceKind", path, ABSENCE_KINDS, true);
  if (fields.thresholdPercent === undefined && fields.operator !== undefined) {
    issues.add(
      at(path, "operator"),
      "operator_without_threshold",
      "operator is only allowed together with thresholdPercent",
      "operator får bara anges tillsammans med thresholdPercent",
    );
    return;
  }
  threshold(issues, fields, path, true);
}
