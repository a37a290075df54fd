/**
 * Errors of the attendance rules. Both carry a Swedish text next to the English one because
 * the people who configure a staircase and read its results work in Swedish. Messages never
 * contain attendance figures of a pupil, only field names and the offending value's shape.
 */

/** One problem found in a staircase configuration. */
export interface ConfigIssue {
  /** Dotted path of the field, e.g. "steps[1].triggers[0].thresholdPercent". */
  readonly path: string;
  /** Stable machine-readable code, e.g. "range" or "unknown_field". */
  readonly code: string;
  readonly message: string;
  readonly messageSv: string;
}

/** Thrown when a staircase that fails `validateStaircase` is used for evaluation. */
export class StaircaseConfigError extends Error {
  override readonly name = "StaircaseConfigError";
  readonly messageSv: string;

  constructor(readonly issues: readonly ConfigIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (+${issues.length - 1})` : "";
    super(`Invalid staircase: ${first ? `${first.path}: ${first.message}` : "unknown"}${more}`);
    this.messageSv = `Ogiltig närvarotrappa: ${first ? `${first.path}: ${first.messageSv}` : "okänt fel"}${more}`;
  }
}

/** Thrown for unusable attendance days, evaluation dates or a stored pupil state. */
export class AttendanceInputError extends Error {
  override readonly name = "AttendanceInputError";

  constructor(
    message: string,
    /** The same problem in Swedish, for display to staff. */
    readonly messageSv: string,
    /** Path of the offending field, e.g. "days[3].validAbsenceMinutes". */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A short, data-free rendering of a rejected value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (typeof value === "string") {
    return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  }
  if (Array.isArray(value)) return "[…]";
  return typeof value === "object" ? "{…}" : typeof value;
}
